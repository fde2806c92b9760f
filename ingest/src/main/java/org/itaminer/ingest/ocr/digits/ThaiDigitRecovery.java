package org.itaminer.ingest.ocr.digits;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
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

    /** A digit cut from touching ones is trusted when it is at most this far from its drawn shape. */
    static final double SURE_CUT = 0.8;
    /** Letters with neither rise nor tail: their height on a page is its x-height. */
    private static final String FLAT = "กคงจฉชซฌฑณดตถทธนบพภมยรลวสหอฮ๐๑๓";
    /** Letters the Thai models write for a digit they lack, taken into a number next to a Thai digit. */
    private static final String LOOKALIKES = "ส";
    private static final String SEPARATORS = "./,:-";
    /** The Thai digits the engine's Thai models can write. */
    static final String KNOWN = "๐๑๒๓๕";
    /** How near a lookalike (a Latin letter, a rare Thai letter) must be to a Thai digit to be taken for it. */
    static final double STRICT = 1.0;
    /** Between two digits the engine can write, nearer than this, the engine's choice is taken. */
    static final double ENGINE_TRUST = 0.3;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ThaiDigitRecovery.class);
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
        List<UnsureNumber> unsure = new ArrayList<>();
        int[] numbers = {0};
        List<List<List<Symbol>>> out = new ArrayList<>();
        for (List<List<Symbol>> paragraph : paragraphs) {
            List<List<Symbol>> lines = new ArrayList<>();
            for (List<Symbol> line : paragraph) {
                lines.add(recoverLine(image, line, xHeight, doubts, unsure, numbers));
            }
            out.add(lines);
        }
        List<String> text = out.stream().flatMap(List::stream).map(l -> org.itaminer.ingest.ocr.LineText.text(
                org.itaminer.ingest.ocr.LineText.words(l))).toList();
        java.util.Optional<Integer> year = NumberChecks.commonYear(text);
        for (UnsureNumber u : unsure) {
            doubts.add(year.map(u::nearYear).orElse(u.doubt()));
        }
        return new Result(out, doubts, numbers[0]);
    }

    private List<Symbol> recoverLine(BufferedImage image, List<Symbol> engineLine, double pageXHeight,
            List<NumberDoubt> doubts, List<UnsureNumber> unsure, int[] numbers) {
        List<Symbol> line = NumberWords.splitJoined(engineLine);
        List<Symbol> out = new ArrayList<>();
        int i = 0;
        double wide = 1.5 * medianHeight(line);
        while (i < line.size()) {
            boolean wordStart = i == 0 || line.get(i).spaceBefore()
                    || line.get(i).box().left() - line.get(i - 1).box().right() > wide;
            if (wordStart) { // an item number in lookalikes is taken only when every glyph is clearly a digit
                int wordEnd = NumberWords.wordEnd(line, i, wide);
                java.util.Optional<NumberWords.Item> item = NumberWords.item(line.subList(i, wordEnd));
                if (item.isPresent()) {
                    List<Symbol> number = item.get().number();
                    int before = unsure.size();
                    List<Symbol> read = readRun(image, number, baseline(line, number, pageXHeight), pageXHeight, null,
                            unsure);
                    if (read != number) {
                        if (unsure.size() > before) {
                            unsure.set(before, unsure.get(before).at(out, out.size()));
                        }
                        numbers[0]++;
                        out.addAll(read);
                        out.addAll(item.get().rest());
                        i = wordEnd;
                        continue;
                    }
                }
            }
            int end = runEnd(line, i);
            if (end > i) {
                numbers[0]++;
                List<Symbol> run = line.subList(i, end);
                int before = unsure.size();
                List<Symbol> read = readRun(image, run, baseline(line, run, pageXHeight), pageXHeight, doubts, unsure);
                if (unsure.size() > before) { // its digits are to be found in the line, where a year may change them
                    unsure.set(before, unsure.get(before).at(out, out.size()));
                }
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
            } else if (isLookalike(t) || thai && t.length() == 1 && NumberWords.arabicDigit(t.charAt(0))) {
                lastDigitLike = end; // an Arabic digit among Thai ones is the English model's reading of one it lacks
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

    /**
     * @param doubts where to add the doubts; null for an item number in lookalikes ({@link NumberWords}), which
     *     is taken only when every glyph is clearly a Thai digit and is left silently otherwise
     */
    private List<Symbol> readRun(BufferedImage image, List<Symbol> run, int baseline, double xh,
            List<NumberDoubt> doubts, List<UnsureNumber> unsureNumbers) {
        boolean strict = doubts == null;
        if (strict) {
            doubts = new ArrayList<>();
        }
        String before = text(run);
        int left = run.stream().mapToInt(s -> s.box().left()).min().orElseThrow();
        int right = run.stream().mapToInt(s -> s.box().right()).max().orElseThrow();
        int pad = (int) Math.round(1.5 * xh); // the engine's boxes of Thai symbols are often short of the ink
        int own = run.stream().mapToInt(s -> s.box().bottom()).sorted().toArray()[run.size() / 2];
        Ink ink = Ink.of(image, left - pad, (int) (Math.min(baseline, own) - 3 * xh), right + pad,
                (int) (Math.max(baseline, own) + 1.5 * xh));
        baseline = NumberGlyphs.inkBaseline(ink, left, right, own, xh).orElse(baseline);
        List<Ink.Blot> glyphs = new ArrayList<>(NumberGlyphs.of(ink, left, right, baseline, xh));
        // a dot, or a glyph that is no digit, before the first digit or after the last is not part of the number
        java.util.Map<Ink.Blot, DigitReading> readings = new java.util.HashMap<>();
        java.util.function.Predicate<Ink.Blot> outside = g -> NumberGlyphs.small(g, xh)
                || !readings.computeIfAbsent(g, b -> classifier.read(GlyphShape.of(ink, b, xh))).isDigit();
        while (!glyphs.isEmpty() && outside.test(glyphs.get(0))) {
            glyphs.remove(0);
        }
        while (!glyphs.isEmpty() && outside.test(glyphs.get(glyphs.size() - 1))) {
            glyphs.remove(glyphs.size() - 1);
        }
        String engineDigits = digitsOnly(before);
        long bigGlyphs = glyphs.stream().filter(g -> !NumberGlyphs.small(g, xh)).count();
        int digitIndex = 0;
        List<Symbol> read = new ArrayList<>();
        StringBuilder after = new StringBuilder();
        List<String> unsure = new ArrayList<>();
        List<int[]> alternatives = new ArrayList<>(); // [index in read, the runner-up digit]
        double minConfidence = 100;
        for (Ink.Blot g : glyphs) {
            String text;
            float confidence;
            if (NumberGlyphs.small(g, xh)) {
                text = separatorAt(run, g).orElse(".");
                confidence = 90;
            } else {
                java.util.Optional<String> separator = separatorAt(run, g);
                if (separator.isPresent() && !separator.get().equals(".")) {
                    text = separator.get();
                    confidence = 90;
                } else {
                    // the engine's digit at the same place: by position when it wrote as many digits as there are glyphs
                    java.util.OptionalInt engine = engineDigits.length() == bigGlyphs
                            ? java.util.OptionalInt.of(engineDigits.charAt(digitIndex)) : engineAt(run, g);
                    digitIndex++;
                    DigitReading r = withEngine(readings.computeIfAbsent(g, b -> classifier.read(GlyphShape.of(ink, b, xh))),
                            engine);
                    if (LOG.isTraceEnabled()) { // each glyph's reading, for tuning the classifier
                        GlyphShape gs = GlyphShape.of(ink, g, xh);
                        LOG.trace(String.format(java.util.Locale.ROOT, "%s %s %.2f %s %.2f L%.2f asp %.2f rh %.2f box %dx%d",
                                before, r.digit(), r.distance(), r.runnerUp(), r.runnerUpDistance(), r.letterDistance(),
                                gs.aspect(), gs.relativeHeight(), g.width(), g.height()));
                    }
                    if (strict && (r.distance() > STRICT || r.doubtful())) {
                        return run;
                    }
                    if (!r.isDigit()) {
                        if (run.size() > 1) { // a lone symbol that is no digit is a letter or a mark misread
                            doubts.add(new NumberDoubt(before, before, "a glyph that is no Thai digit"));
                        }
                        return run;
                    }
                    if (r.doubtful()) {
                        unsure.add(r.digit() + " or " + r.runnerUp());
                        alternatives.add(new int[] {read.size(), r.runnerUp()});
                    } else if (g.cut() && (r.distance() > SURE_CUT || r.runnerUpDistance() - r.distance() < 2 * DigitReading.CLOSE_CALL)) {
                        unsure.add(r.digit() + " from digits that touch");
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
        if (before.endsWith(".") && !after.toString().endsWith(".")) { // "a." as one word: its dot stays
            Box last = read.get(read.size() - 1).box();
            read.add(new Symbol(".", new Box(last.right(), last.bottom() - 1, last.right() + 1, last.bottom()), 90f, false));
            after.append('.');
        }
        if (!unsure.isEmpty()) {
            unsureNumbers.add(new UnsureNumber(before, read, alternatives, String.join(", ", unsure)));
        }
        return read;
    }


    /**
     * The engine's own digit breaks a near tie ({@link #ENGINE_TRUST}) between two digits its model has (๑ or
     * ๓, ๐ or ๒): its reading of those is good; only the five digits it lacks are what it gets wrong.
     */
    static DigitReading withEngine(DigitReading r, java.util.OptionalInt engine) {
        if (!r.isDigit() || r.runnerUpDistance() - r.distance() >= ENGINE_TRUST || KNOWN.indexOf(r.digit()) < 0
                || KNOWN.indexOf(r.runnerUp()) < 0 || engine.isEmpty()) {
            return r;
        }
        char e = (char) engine.getAsInt();
        if (e == r.runnerUp()) {
            return new DigitReading(r.runnerUp(), r.distance(), r.digit(), r.distance() + DigitReading.CLOSE_CALL,
                    r.letterDistance());
        }
        if (e == r.digit()) {
            return new DigitReading(r.digit(), r.distance(), r.runnerUp(), r.distance() + DigitReading.CLOSE_CALL,
                    r.letterDistance());
        }
        return r;
    }

    /** The engine's single-digit symbol whose box centre lies over the glyph. */
    private static java.util.OptionalInt engineAt(List<Symbol> run, Ink.Blot g) {
        for (Symbol s : run) {
            double cx = s.box().centreX();
            if (s.text().length() == 1 && isThaiDigit(s.text()) && cx >= g.left() && cx < g.right()) {
                return java.util.OptionalInt.of(s.text().charAt(0));
            }
        }
        return java.util.OptionalInt.empty();
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

    /**
     * The baseline under a number: the median bottom of the flat letters and digits near it. Near, because
     * the engine's line across a table's cells joins text at different heights.
     */
    static int baseline(List<Symbol> line, List<Symbol> run, double xh) {
        int left = run.get(0).box().left();
        int right = run.get(run.size() - 1).box().right();
        int[] near = line.stream().filter(s -> !run.contains(s) && flat(s))
                .filter(s -> s.box().right() >= left - NEAR * xh && s.box().left() <= right + NEAR * xh)
                .mapToInt(s -> s.box().bottom()).sorted().toArray();
        if (near.length >= 3) {
            return near[near.length / 2];
        }
        int[] all = line.stream().filter(ThaiDigitRecovery::flat).mapToInt(s -> s.box().bottom()).sorted().toArray();
        if (all.length == 0) {
            all = line.stream().mapToInt(s -> s.box().bottom()).sorted().toArray();
        }
        return all[all.length / 2];
    }

    private static boolean flat(Symbol s) {
        return s.text().length() == 1 && FLAT.indexOf(s.text().charAt(0)) >= 0;
    }

    /** How far from a number, in x-heights, the letters that give its baseline may stand. */
    static final double NEAR = 6;

    private static double medianHeight(List<Symbol> line) {
        int[] heights = line.stream().mapToInt(s -> s.box().height()).sorted().toArray();
        return Math.max(1, heights[heights.length / 2]);
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
        StringBuilder b = new StringBuilder();
        s.chars().filter(c -> c >= '๐' && c <= '๙').forEach(c -> b.append((char) c));
        return b.toString();
    }
}
