package org.itaminer.ingest.ocr.digits;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.itaminer.ingest.ocr.Box;
import org.itaminer.ingest.ocr.Symbol;

/**
 * Reads the Thai digits of numbers again from the page image. Tesseract's Thai models can write only
 * ๐ ๑ ๒ ๓ ๕ (๔ ๖ ๗ ๘ ๙ are missing from their character set), so "พ.ศ. ๒๕๖๖" comes out as "๒๕๒๐๒๐" or
 * the like. For each run of symbols that looks like a number (Thai digits, with the letter ส the models
 * write for ๘, and . / , : - between them), the run's ink is cut from the image, split into glyphs, and
 * each glyph is taken for the nearest digit drawn from Thai fonts ({@link DigitClassifier}). A run whose
 * glyphs are not all digits is left as the engine read it, and named as a doubt; so is a run with a glyph
 * that two digits fit almost equally well.
 */
public final class ThaiDigitRecovery {

    /** Letters with neither rise nor tail: their height on a page is its x-height. */
    private static final String FLAT = "กคงจฉชซฌฑณดตถทธนบพภมยรลวสหอฮ๐๑๓";
    /** Letters the Thai models write for a digit they lack, taken into a number next to a Thai digit. */
    private static final String LOOKALIKES = "ส";
    private static final String SEPARATORS = "./,:-";
    /** The Thai digits the engine's Thai models can write. */
    static final String KNOWN = "๐๑๒๓๕";

    static final boolean DEBUG = Boolean.getBoolean("digits.debug");
    private final DigitClassifier classifier;

    public ThaiDigitRecovery(DigitClassifier classifier) {
        this.classifier = classifier;
    }

    /** A page's lines with their numbers read again, and what could not be trusted. */
    public record Result(List<List<List<Symbol>>> paragraphs, List<NumberDoubt> doubts, int numbers) {
    }

    /**
     * @param image the page image the symbols were read from
     * @param paragraphs the engine's paragraphs of lines of symbols
     */
    public Result recover(BufferedImage image, List<List<List<Symbol>>> paragraphs) {
        double xHeight = xHeight(paragraphs);
        List<NumberDoubt> doubts = new ArrayList<>();
        int[] numbers = {0};
        List<List<List<Symbol>>> out = new ArrayList<>();
        for (List<List<Symbol>> paragraph : paragraphs) {
            List<List<Symbol>> lines = new ArrayList<>();
            for (List<Symbol> line : paragraph) {
                lines.add(recoverLine(image, line, xHeight, doubts, numbers));
            }
            out.add(lines);
        }
        return new Result(out, doubts, numbers[0]);
    }

    private List<Symbol> recoverLine(BufferedImage image, List<Symbol> line, double pageXHeight,
            List<NumberDoubt> doubts, int[] numbers) {
        List<Symbol> out = new ArrayList<>();
        int baseline = baseline(line);
        int i = 0;
        while (i < line.size()) {
            int end = runEnd(line, i);
            if (end > i) {
                numbers[0]++;
                List<Symbol> run = line.subList(i, end);
                List<Symbol> read = readRun(image, run, baseline, pageXHeight, doubts);
                out.addAll(read);
                i = end;
            } else {
                out.add(line.get(i));
                i++;
            }
        }
        return out;
    }

    /** The end (exclusive) of a number starting at {@code start}, or {@code start} when none starts there. */
    static int runEnd(List<Symbol> line, int start) {
        if (!isThaiDigit(line.get(start).text()) && !isLookalike(line.get(start).text())) {
            return start;
        }
        int end = start;
        int lastDigitLike = start;
        boolean thai = false;
        while (end < line.size()) {
            Symbol s = line.get(end);
            String t = s.text();
            if (end > start && s.spaceBefore()) {
                break;
            }
            if (isThaiDigit(t)) {
                thai = true;
                lastDigitLike = end;
            } else if (isLookalike(t)) {
                lastDigitLike = end;
            } else if (!(t.length() == 1 && SEPARATORS.contains(t))) {
                break;
            }
            end++;
        }
        end = lastDigitLike + 1; // separators after the last digit (the "." of "๑.") stay as they are
        if (!thai) {
            return start;
        }
        // a lookalike at either end without a Thai digit beside it is a letter
        return end;
    }

    private List<Symbol> readRun(BufferedImage image, List<Symbol> run, int baseline, double xh,
            List<NumberDoubt> doubts) {
        String before = text(run);
        int left = run.stream().mapToInt(s -> s.box().left()).min().orElseThrow();
        int right = run.stream().mapToInt(s -> s.box().right()).max().orElseThrow();
        int pad = (int) Math.round(1.5 * xh); // the engine's boxes of Thai symbols are often short of the ink
        Ink ink = Ink.of(image, left - pad, (int) (baseline - 2.6 * xh), right + pad, (int) (baseline + 0.6 * xh));
        List<Ink.Blot> glyphs = new ArrayList<>(glyphs(ink.blots(), left, right, baseline, xh));
        // a dot before the first digit or after the last is the engine's own symbol beside the number
        while (!glyphs.isEmpty() && small(glyphs.get(0), xh)) {
            glyphs.remove(0);
        }
        while (!glyphs.isEmpty() && small(glyphs.get(glyphs.size() - 1), xh)) {
            glyphs.remove(glyphs.size() - 1);
        }
        List<Symbol> read = new ArrayList<>();
        StringBuilder after = new StringBuilder();
        List<String> unsure = new ArrayList<>();
        double minConfidence = 100;
        for (Ink.Blot g : glyphs) {
            String text;
            float confidence;
            if (small(g, xh)) {
                text = separatorAt(run, g).orElse(".");
                confidence = 90;
            } else {
                java.util.Optional<String> separator = separatorAt(run, g);
                if (separator.isPresent() && !separator.get().equals(".")) {
                    text = separator.get();
                    confidence = 90;
                } else {
                    DigitReading r = withEngine(classifier.read(GlyphShape.of(ink, g, xh)), run, g);
                    if (DEBUG) { // -Ddigits.debug=true prints each glyph's reading
                        GlyphShape gs = GlyphShape.of(ink, g, xh);
                        System.err.printf("  %s %s %.2f %s %.2f asp %.2f rh %.2f box %dx%d%n", before, r.digit(), r.distance(), r.runnerUp(), r.runnerUpDistance(), gs.aspect(), gs.relativeHeight(), g.width(), g.height());
                    }
                    if (!r.isDigit()) {
                        if (run.size() > 1) { // a lone symbol that is no digit is a letter or a mark misread
                            doubts.add(new NumberDoubt(before, before, "a glyph that is no Thai digit"));
                        }
                        return run;
                    }
                    if (r.doubtful()) {
                        unsure.add(r.digit() + " or " + r.runnerUp());
                    }
                    text = String.valueOf(r.digit());
                    confidence = (float) Math.max(0, Math.min(100, 100 * (1 - r.distance() / (2 * DigitReading.NOT_A_DIGIT))));
                }
            }
            minConfidence = Math.min(minConfidence, confidence);
            after.append(text);
            read.add(new Symbol(text, new Box(g.left(), g.top(), g.right(), g.bottom()), confidence,
                    read.isEmpty() && run.get(0).spaceBefore()));
        }
        if (read.isEmpty() || after.chars().noneMatch(c -> c >= '๐' && c <= '๙')) {
            doubts.add(new NumberDoubt(before, before, "no digit found in the image"));
            return run;
        }
        if (!unsure.isEmpty()) {
            doubts.add(new NumberDoubt(before, after.toString(), String.join(", ", unsure)));
        }
        return read;
    }

    /** The glyphs of a number: blots sitting on the baseline between its ends, joined where they overlap. */
    static List<Ink.Blot> glyphs(List<Ink.Blot> blots, int left, int right, int baseline, double xh) {
        List<Ink.Blot> kept = new ArrayList<>();
        double speck = 0.01 * xh * xh;
        for (Ink.Blot b : blots) {
            double cx = (b.left() + b.right()) / 2.0;
            boolean onBaseline = b.bottom() >= baseline - 0.45 * xh && b.bottom() <= baseline + 0.45 * xh;
            if (b.pixels() >= speck && onBaseline && cx >= left - 0.3 * xh && cx <= right + 0.3 * xh
                    && b.height() <= 2.2 * xh) {
                kept.add(b);
            }
        }
        List<Ink.Blot> merged = new ArrayList<>();
        for (Ink.Blot b : kept) {
            if (!merged.isEmpty()) {
                Ink.Blot last = merged.get(merged.size() - 1);
                int overlap = Math.min(last.right(), b.right()) - Math.max(last.left(), b.left());
                if (overlap >= 0.5 * Math.min(last.width(), b.width())) {
                    merged.set(merged.size() - 1, last.merge(b));
                    continue;
                }
            }
            merged.add(b);
        }
        return merged;
    }

    private static boolean small(Ink.Blot g, double xh) {
        return g.height() < 0.45 * xh && g.width() < 0.45 * xh;
    }

    /**
     * The engine's own digit breaks a near tie between two digits its model has (๑ or ๓, ๐ or ๓): its
     * reading of those is good; only the five digits it lacks are what it gets wrong.
     */
    static DigitReading withEngine(DigitReading r, List<Symbol> run, Ink.Blot g) {
        if (!r.isDigit() || !r.doubtful() || KNOWN.indexOf(r.digit()) < 0 || KNOWN.indexOf(r.runnerUp()) < 0) {
            return r;
        }
        for (Symbol s : run) {
            double cx = s.box().centreX();
            if (s.text().length() == 1 && cx >= g.left() && cx < g.right()) {
                char engine = s.text().charAt(0);
                if (engine == r.runnerUp()) {
                    return new DigitReading(r.runnerUp(), r.distance(), r.digit(), r.distance() + DigitReading.CLOSE_CALL);
                }
                if (engine == r.digit()) {
                    return new DigitReading(r.digit(), r.distance(), r.runnerUp(), r.distance() + DigitReading.CLOSE_CALL);
                }
            }
        }
        return r;
    }

    private static java.util.Optional<String> separatorAt(List<Symbol> run, Ink.Blot g) {
        for (Symbol s : run) {
            double cx = s.box().centreX();
            if (s.text().length() == 1 && SEPARATORS.contains(s.text()) && cx >= g.left() - 1 && cx <= g.right() + 1) {
                return java.util.Optional.of(s.text());
            }
        }
        return java.util.Optional.empty();
    }

    /** The page's x-height: the median height of its flat letters; a tenth of an inch at 200 dpi if none. */
    static double xHeight(List<List<List<Symbol>>> paragraphs) {
        int[] heights = paragraphs.stream().flatMap(List::stream).flatMap(List::stream)
                .filter(s -> s.text().length() == 1 && FLAT.indexOf(s.text().charAt(0)) >= 0)
                .mapToInt(s -> s.box().height()).sorted().toArray();
        return heights.length == 0 ? 20 : Math.max(4, heights[heights.length / 2]);
    }

    /** The line's baseline: the median bottom of its flat letters, or of all its symbols when it has none. */
    static int baseline(List<Symbol> line) {
        int[] bottoms = line.stream().filter(s -> s.text().length() == 1 && FLAT.indexOf(s.text().charAt(0)) >= 0)
                .mapToInt(s -> s.box().bottom()).sorted().toArray();
        if (bottoms.length == 0) {
            bottoms = line.stream().mapToInt(s -> s.box().bottom()).sorted().toArray();
        }
        return bottoms[bottoms.length / 2];
    }

    static boolean isThaiDigit(String t) {
        return !t.isEmpty() && t.chars().allMatch(c -> c >= '๐' && c <= '๙');
    }

    private static boolean isLookalike(String t) {
        return t.length() == 1 && LOOKALIKES.contains(t);
    }

    private static String text(List<Symbol> run) {
        StringBuilder b = new StringBuilder();
        run.forEach(s -> b.append(s.text()));
        return b.toString();
    }

    static String digitsOnly(String s) {
        return Arrays.stream(s.split("")).filter(ThaiDigitRecovery::isThaiDigit).reduce("", String::concat);
    }
}
