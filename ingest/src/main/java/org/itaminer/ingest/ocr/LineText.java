package org.itaminer.ingest.ocr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.itaminer.thai.ThaiChars;
import org.itaminer.thai.ThaiTextNormalizer;

/**
 * Rebuilds a printed line from the engine's words. Thai writes the words of a phrase together and puts a
 * space only between phrases, but Tesseract's word level splits Thai into single characters; joining its
 * words with spaces would give "ม า ต ร ก า ร". So its words are joined where its own line text has no space
 * between them (what its plain-text output prints), and split where it has one or where the boxes are
 * further apart than a wide space (cells of a table read as one line). A split SARA AM (NIKHAHIT + SARA
 * AA, as Tesseract writes it) is composed again.
 */
public final class LineText {

    /** A gap wider than this many median symbol heights is a break whatever the engine's text says. */
    static final double WIDE_GAP = 1.5;

    private LineText() {
    }

    /** The words of one line, left to right. */
    public static List<OcrWord> words(List<Symbol> line) {
        List<OcrWord> words = new ArrayList<>();
        if (line.isEmpty()) {
            return words;
        }
        double wide = WIDE_GAP * medianHeight(line);
        StringBuilder text = new StringBuilder();
        Box box = null;
        double confidence = 0;
        int count = 0;
        for (Symbol s : line) {
            boolean apart = box != null && (s.spaceBefore() || s.box().left() - box.right() > wide);
            if (apart && !splitSaraAm(text, s.text())) {
                words.add(word(text, box, confidence / count));
                text.setLength(0);
                box = null;
                confidence = 0;
                count = 0;
            }
            text.append(s.text());
            box = box == null ? s.box() : box.union(s.box());
            confidence += s.confidence();
            count++;
        }
        words.add(word(text, box, confidence / count));
        return words;
    }

    /**
     * Whether the word so far ends in NIKHAHIT (and tone marks) and the next symbol starts with SARA AA: the two
     * halves of one SARA AM, which Thai never parts; the Thai script model prints a space between them.
     */
    static boolean splitSaraAm(CharSequence word, String next) {
        int end = word.length();
        while (end > 0 && ThaiChars.isToneMark(word.charAt(end - 1))) {
            end--;
        }
        return end > 0 && word.charAt(end - 1) == ThaiChars.NIKHAHIT && !next.isEmpty()
                && next.charAt(0) == ThaiChars.SARA_AA;
    }

    /** The line's text: its words joined by single spaces. */
    public static String text(List<OcrWord> words) {
        return String.join(" ", words.stream().map(OcrWord::text).toList());
    }

    private static OcrWord word(StringBuilder text, Box box, double confidence) {
        return new OcrWord(ThaiTextNormalizer.glyphs().apply(text.toString()), box, confidence);
    }

    /** The median height of the line's symbols (marks are short, so the median is a letter's). */
    static double medianHeight(List<Symbol> line) {
        int[] heights = line.stream().mapToInt(s -> s.box().height()).toArray();
        Arrays.sort(heights);
        return Math.max(1, heights[heights.length / 2]);
    }
}
