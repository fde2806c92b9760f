package org.itaminer.ingest.pdf;

import java.util.List;

/**
 * One printed line: its words left to right, in reading space (x to the right, y down). Public so that OCR
 * can hand its word boxes to {@link StreamTables}; page units there are image pixels.
 *
 * @param words the words (runs of glyphs without a space or gap between them)
 * @param baseline the baseline y
 * @param size the largest font size on the line
 */
public record TextLine(List<Word> words, double baseline, double size) {

    /** A word with its extent (top and bottom: its glyphs' top and baseline). */
    public record Word(String text, double x0, double x1, double top, double bottom) {
    }

    public TextLine {
        words = List.copyOf(words);
    }

    String text() {
        // asked for every line and cell line of a page: one word (most cell lines) needs no joining
        if (words.isEmpty()) {
            return "";
        }
        if (words.size() == 1) {
            return words.get(0).text();
        }
        StringBuilder sb = new StringBuilder(words.get(0).text());
        for (int i = 1; i < words.size(); i++) {
            sb.append(' ').append(words.get(i).text());
        }
        return sb.toString();
    }

    double x0() {
        return words.get(0).x0();
    }

    double x1() {
        return words.get(words.size() - 1).x1();
    }

    double top() {
        return baseline - size * 0.8;
    }
}
