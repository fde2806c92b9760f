package org.itaminer.ingest.ocr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.itaminer.ingest.pdf.StreamTables;
import org.itaminer.ingest.pdf.TextLine;
import org.itaminer.model.layout.Table;

/**
 * Tables printed without rulings (ตารางไม่มีเส้น, or with only a frame or row rules) on a scanned page, from the
 * column alignment of the word boxes outside the ruled grids. The words are handed to the same column finder
 * as a text-layer PDF's ({@link StreamTables}): this class only turns the engine's lines into printed lines.
 * Tesseract reads a borderless table's columns as blocks of their own, so the lines of all its blocks that sit
 * on one baseline are joined into one printed line first. What a scan adds to the PDF path's guards: words with
 * no letter or digit (the edges of boxes and fields) are left out of the alignment, as are lines the engine
 * made of upper marks alone (it does that on a tight line), which go with the table they lie in; and a table
 * needs {@value #MIN_ROWS} rows.
 */
final class BorderlessTables {

    /**
     * The font size (em) of Thai print per height of its letters: a consonant (the median symbol) is 0.6 em
     * high in TH Sarabun, Laksaman and Garuda, so the word space is about a third of this size, as in a PDF.
     */
    static final double EM_PER_LETTER = 1.65;
    /**
     * Lines whose letters are within this ratio of the page's are set in its body size: the engine's symbol
     * boxes jitter (on some lines every box is the line's full height), so only a clearly larger title keeps a
     * size of its own.
     */
    private static final double BODY_SIZE_SPREAD = 1.6;
    /**
     * Rows a table read from a scan needs, its header included: the PDF path takes two, but on a scan a line
     * of misread marks or box edges beside a real line fakes a two-row table too easily.
     */
    static final int MIN_ROWS = 3;
    private static final String BULLETS = "-–—•▪●○◦❖➢➤►▶✓*";
    /** Baselines closer than this share of the letter height are one printed line. */
    private static final double SAME_BASELINE = 0.45;
    /** A line whose letters are under this share of the page's is marks read apart from their line. */
    private static final double SMALL = 0.6;

    /** What was found: the tables with their tops in pixels, and the engine's lines they took. */
    record Found(List<Placed> tables, Set<List<Symbol>> taken) {

        static final Found NONE = new Found(List.of(), Set.of());

        /** Whether the engine's {@code line} went into a table (its words outside ruled grids are not text). */
        boolean took(List<Symbol> line) {
            return taken.contains(line);
        }
    }

    /**
     * @param top the top of the table's first line, in image pixels
     * @param words the words of its cells, each with the row and cell it went into, row by row
     */
    record Placed(int top, Table table, List<CellGrid.PlacedWord> words) {

        Placed {
            words = List.copyOf(words);
        }
    }

    /** A printed line and the engine's word behind each of its words (in the order of {@link TextLine#words()}). */
    private record PrintedLine(TextLine line, List<OcrWord> words) {
    }

    /**
     * One of the engine's lines, its words outside ruled grids.
     *
     * @param noise a line of marks read apart from their letters, of small junk letters or of box edges */
    private record EngineLine(List<Symbol> source, List<OcrWord> words, double baseline, double[] letters,
            boolean noise) {

        EngineLine asNoise() {
            return new EngineLine(source, words, baseline, letters, true);
        }

        double letter() {
            return Math.max(1, median(letters));
        }
    }

    private BorderlessTables() {
    }

    /**
     * The borderless tables among the words of {@code page} that lie outside every grid.
     *
     * @param wordsOf each of the page's lines as words ({@link LineText#words}), made once by the caller
     */
    static Found find(RecognizedPage page, List<CellGrid> grids, Function<List<Symbol>, List<OcrWord>> wordsOf) {
        List<EngineLine> engineLines = new ArrayList<>();
        for (List<List<Symbol>> paragraph : page.paragraphs()) {
            for (List<Symbol> line : paragraph) {
                List<Symbol> free = line.stream().filter(s -> outside(s.box(), grids)).toList();
                if (!free.isEmpty()) {
                    List<OcrWord> words = wordsOf.apply(line).stream().filter(w -> outside(w.box(), grids))
                            .filter(w -> !isRuleFragment(w.text())).toList();
                    engineLines.add(engineLine(line, free, words));
                }
            }
        }
        double body = median(engineLines.stream().filter(l -> !l.noise()).mapToDouble(EngineLine::letter).toArray());
        // marks over a tight line that the engine read as a line of their own come out as small junk letters
        engineLines = engineLines.stream().map(l -> l.letter() < SMALL * body ? l.asNoise() : l).toList();
        List<EngineLine> text = engineLines.stream().filter(l -> !l.noise()).toList();
        if (text.size() < 2) {
            return Found.NONE;
        }
        List<List<EngineLine>> printed = printedLines(text);
        List<PrintedLine> printedLines = printed.stream().map(members -> textLine(members, body)).toList();
        List<TextLine> lines = printedLines.stream().map(PrintedLine::line).toList();
        List<Double> ruledTops = grids.stream().map(g -> (double) g.bounds().top()).toList();
        List<Placed> tables = new ArrayList<>();
        Set<List<Symbol>> taken = Collections.newSetFromMap(new IdentityHashMap<>());
        for (StreamTables.Found found : StreamTables.find(lines, ruledTops)) {
            if (found.table().rows().size() < MIN_ROWS) {
                continue;
            }
            int top = Integer.MAX_VALUE;
            for (EngineLine l : printed.get(found.first())) {
                top = Math.min(top, l.words().stream().mapToInt(w -> w.box().top()).min().orElse(top));
            }
            double bottom = lines.get(found.last()).baseline();
            for (int k = found.first(); k <= found.last(); k++) {
                printed.get(k).forEach(l -> taken.add(l.source()));
            }
            for (EngineLine l : engineLines) {
                if (l.noise() && l.baseline() >= top && l.baseline() <= bottom) {
                    taken.add(l.source());
                }
            }
            tables.add(new Placed(top, found.table(), placed(found, printedLines)));
        }
        return tables.isEmpty() ? Found.NONE : new Found(List.copyOf(tables), taken);
    }

    /**
     * The table's words in the cells the column finder put their text in (carried through it, not matched by
     * text afterwards), row by row and cell by cell, each cell's words in reading order.
     */
    private static List<CellGrid.PlacedWord> placed(StreamTables.Found found, List<PrintedLine> lines) {
        List<CellGrid.PlacedWord> out = new ArrayList<>();
        for (int k = found.first(); k <= found.last(); k++) {
            List<OcrWord> words = lines.get(k).words();
            for (int i = 0; i < words.size(); i++) {
                StreamTables.Place place = found.place(k, i);
                out.add(new CellGrid.PlacedWord(words.get(i), place.row(), place.column()));
            }
        }
        out.sort(Comparator.comparingInt(CellGrid.PlacedWord::row).thenComparingInt(CellGrid.PlacedWord::column));
        return out;
    }

    private static boolean outside(Box box, List<CellGrid> grids) {
        for (CellGrid grid : grids) {
            if (grid.bounds().contains(box.centreX(), box.centreY())) {
                return false;
            }
        }
        return true;
    }

    /** Baseline and letter height from the line's symbols that are letters (not marks above or below). */
    private static EngineLine engineLine(List<Symbol> source, List<Symbol> free, List<OcrWord> words) {
        List<Symbol> letters = free.stream().filter(s -> !isMarks(s.text())).toList();
        boolean noise = letters.isEmpty() || words.isEmpty();
        List<Symbol> basis = noise ? free : letters;
        double baseline = median(basis.stream().mapToDouble(s -> s.box().bottom()).toArray());
        double[] heights = basis.stream().mapToDouble(s -> s.box().height()).toArray();
        return new EngineLine(source, words, baseline, heights, noise);
    }

    /**
     * The engine's lines grouped into printed lines, top to bottom: lines on one baseline whose words do not
     * overlap (the cells of one row, read as separate blocks) are one.
     */
    private static List<List<EngineLine>> printedLines(List<EngineLine> lines) {
        List<EngineLine> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble(EngineLine::baseline));
        List<List<EngineLine>> out = new ArrayList<>();
        for (EngineLine line : sorted) {
            List<EngineLine> home = null;
            for (int k = out.size() - 1; k >= 0 && k >= out.size() - 3; k--) {
                List<EngineLine> candidate = out.get(k);
                EngineLine first = candidate.get(0);
                double letter = Math.min(first.letter(), line.letter());
                if (Math.abs(first.baseline() - line.baseline()) <= SAME_BASELINE * letter
                        && candidate.stream().noneMatch(c -> overlaps(c, line))) {
                    home = candidate;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                out.add(home);
            }
            home.add(line);
        }
        return out;
    }

    private static boolean overlaps(EngineLine a, EngineLine b) {
        int a0 = a.words().get(0).box().left();
        int a1 = a.words().get(a.words().size() - 1).box().right();
        int b0 = b.words().get(0).box().left();
        int b1 = b.words().get(b.words().size() - 1).box().right();
        return a0 < b1 && b0 < a1;
    }

    private static PrintedLine textLine(List<EngineLine> members, double body) {
        List<OcrWord> engineWords = new ArrayList<>();
        double baseline = 0;
        double[] letters = members.stream().flatMapToDouble(l -> Arrays.stream(l.letters())).toArray();
        double letter = Math.max(1, median(letters));
        for (EngineLine l : members) {
            engineWords.addAll(l.words());
            baseline += l.baseline();
        }
        // the same stable order by left edge as the printed words had, so the two lists stay side by side
        engineWords.sort(Comparator.comparingInt(w -> w.box().left()));
        List<TextLine.Word> words = new ArrayList<>();
        Map<OcrWord, Double> baselines = new IdentityHashMap<>();
        members.forEach(l -> l.words().forEach(w -> baselines.put(w, l.baseline())));
        for (OcrWord w : engineWords) {
            Box b = w.box();
            words.add(new TextLine.Word(w.text(), b.left(), b.right(), b.top(), baselines.get(w)));
        }
        boolean bodySize = letter <= body * BODY_SIZE_SPREAD && letter >= body / BODY_SIZE_SPREAD;
        return new PrintedLine(new TextLine(words, baseline / members.size(), EM_PER_LETTER * (bodySize ? body : letter)),
                engineWords);
    }

    /**
     * Whether the word has no letter, digit or list bullet: the edge of a box or field that the ruling finder
     * left ("|", "[", "“"), or specks. It would cover a gutter or make a column of its own.
     */
    static boolean isRuleFragment(String text) {
        return text.codePoints().noneMatch(c -> Character.isLetterOrDigit(c) || BULLETS.indexOf(c) >= 0);
    }

    /** Whether the text is only Thai marks written above or below a letter (vowels, tone marks, thanthakhat). */
    static boolean isMarks(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E3A)
                || (c >= 0x0E47 && c <= 0x0E4E));
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
