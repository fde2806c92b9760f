package org.itaminer.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups glyph clusters into lines and words by position. Words break at space glyphs and at gaps
 * wider than a fraction of the font size; gaps are measured between base characters only (marks are
 * already part of their base), so Thai marks never get a space before them.
 */
final class LineBuilder {

    /** A gap wider than this share of the font size is a word space even without a space glyph. */
    static final double SPACE_GAP = 0.2;

    private LineBuilder() {
    }

    static List<TextLine> build(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        double lineBaseline = 0;
        double lineSize = 0;
        for (Glyph g : sorted) {
            if (!current.isEmpty() && g.baseline() - lineBaseline > Math.max(1.0, 0.35 * Math.min(lineSize, g.size()))) {
                lines.add(current);
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                lineBaseline = g.baseline();
                lineSize = g.size();
            } else if (!g.space()) {
                lineSize = Math.max(lineSize, g.size());
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            lines.add(current);
        }
        List<TextLine> out = new ArrayList<>(lines.size());
        for (List<Glyph> line : lines) {
            TextLine tl = toLine(line);
            if (tl != null) {
                out.add(tl);
            }
        }
        return out;
    }

    private static TextLine toLine(List<Glyph> line) {
        line.sort(Comparator.comparingDouble(Glyph::x).thenComparingInt(Glyph::seq));
        List<TextLine.Word> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        double x0 = 0;
        double x1 = 0;
        double top = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        double prevRight = -Double.MAX_VALUE;
        boolean pendingSpace = false;
        double size = 0;
        double baselineSum = 0;
        int n = 0;
        for (Glyph g : line) {
            if (g.space()) {
                pendingSpace = true;
                continue;
            }
            size = Math.max(size, g.size());
            baselineSum += g.baseline();
            n++;
            double gap = g.x() - prevRight;
            boolean breakHere = word.length() > 0 && (pendingSpace || gap > SPACE_GAP * g.size());
            if (breakHere) {
                words.add(new TextLine.Word(word.toString(), x0, x1, top, bottom));
                word.setLength(0);
            }
            if (word.length() == 0) {
                x0 = g.x();
                x1 = g.right();
                top = g.top();
                bottom = g.baseline();
            }
            word.append(g.text());
            x1 = Math.max(x1, g.right());
            top = Math.min(top, g.top());
            bottom = Math.max(bottom, g.baseline());
            prevRight = Math.max(prevRight, g.right());
            pendingSpace = false;
        }
        if (word.length() > 0) {
            words.add(new TextLine.Word(word.toString(), x0, x1, top, bottom));
        }
        if (words.isEmpty()) {
            return null;
        }
        return new TextLine(words, baselineSum / n, size);
    }
}
