package org.itaminer.ingest.ocr.digits;

import java.util.ArrayList;
import java.util.List;

/**
 * The glyphs of a number in a page image (ตัวเลขทีละตัว): the blots of ink on its baseline, grown to the digits
 * that stand against it, joined where they overlap and cut where digits touch.
 */
final class NumberGlyphs {

    /** Digits of one number stand closer than this many x-heights apart; words stand farther. */
    static final double ADJACENT = 0.45;

    private NumberGlyphs() {
    }

    /**
     * The glyphs of a number: blots sitting on the baseline whose centres lie between its ends, then the
     * blots next to them closer than a digit's spacing (the engine's boxes often stop short of the last
     * digit of a line), joined where they overlap.
     */
    static List<Ink.Blot> of(Ink ink, int left, int right, int baseline, double xh) {
        List<Ink.Blot> onLine = new ArrayList<>();
        double speck = 0.01 * xh * xh;
        for (Ink.Blot blot : ink.blots()) {
          for (Ink.Blot b : split(ink, blot, xh)) {
            boolean onBaseline = b.bottom() >= baseline - 0.45 * xh && b.bottom() <= baseline + 0.45 * xh;
            if (b.pixels() >= speck && onBaseline && b.height() <= 2.2 * xh) {
                onLine.add(b);
            }
          }
        }
        onLine.sort(java.util.Comparator.comparingInt(Ink.Blot::left));
        List<Ink.Blot> merged = new ArrayList<>();
        for (Ink.Blot b : onLine) {
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
        int first = -1;
        int last = -1;
        for (int i = 0; i < merged.size(); i++) {
            Ink.Blot b = merged.get(i);
            double cx = (b.left() + b.right()) / 2.0;
            if (cx >= left - 0.3 * xh && cx <= right + 0.3 * xh) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return List.of();
        }
        double spacing = ADJACENT * xh;
        while (first > 0 && !small(merged.get(first - 1), xh)
                && merged.get(first).left() - merged.get(first - 1).right() < spacing) {
            first--;
        }
        while (last < merged.size() - 1 && !small(merged.get(last + 1), xh)
                && merged.get(last + 1).left() - merged.get(last).right() < spacing) {
            last++;
        }
        return merged.subList(first, last + 1);
    }

    /** Wider than this many x-heights, a blot is digits that touch (a bold or tight font, a dark scan). */
    static final double TOUCHING = 1.8;

    /**
     * A blot as wide as two or more digits, cut where the fewest ink pixels stand in a column near each
     * place the cut should be; any other blot as it is.
     */
    static List<Ink.Blot> split(Ink ink, Ink.Blot b, double xh) {
        if (b.width() <= TOUCHING * xh || b.height() < 0.6 * xh) {
            return List.of(b);
        }
        int parts = (int) Math.max(2, Math.round(b.width() / (1.15 * xh)));
        int[] column = new int[b.width()];
        for (int x = 0; x < b.width(); x++) {
            for (int y = b.top(); y < b.bottom(); y++) {
                if (ink.at(b.left() + x, y)) {
                    column[x]++;
                }
            }
        }
        List<Ink.Blot> pieces = new ArrayList<>();
        int from = 0;
        for (int k = 1; k < parts; k++) {
            int target = k * b.width() / parts;
            int reach = Math.max(1, b.width() / (3 * parts));
            int cut = target;
            for (int x = Math.max(from + 1, target - reach); x <= Math.min(b.width() - 2, target + reach); x++) {
                if (column[x] < column[cut]) {
                    cut = x;
                }
            }
            pieces.add(piece(ink, b, from, cut));
            from = cut;
        }
        pieces.add(piece(ink, b, from, b.width()));
        return pieces;
    }

    /** The part of a blot between two columns, shrunk to its ink. */
    private static Ink.Blot piece(Ink ink, Ink.Blot b, int from, int to) {
        int top = Integer.MAX_VALUE;
        int bottom = -1;
        int pixels = 0;
        for (int x = b.left() + from; x < b.left() + to; x++) {
            for (int y = b.top(); y < b.bottom(); y++) {
                if (ink.at(x, y)) {
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y + 1);
                    pixels++;
                }
            }
        }
        return bottom < 0 ? new Ink.Blot(b.left() + from, b.top(), b.left() + to, b.top() + 1, 0, true)
                : new Ink.Blot(b.left() + from, top, b.left() + to, bottom, pixels, true);
    }

    static boolean small(Ink.Blot g, double xh) {
        return g.height() < 0.45 * xh && g.width() < 0.45 * xh;
    }

    /**
     * The baseline as the ink shows it: the median bottom of the letter-sized blots over the number, near
     * the bottom of its own symbols' boxes (the engine's boxes of Thai symbols can end well below or above
     * the ink, and its line across a table's cells joins text at different heights).
     */
    static java.util.OptionalInt inkBaseline(Ink ink, int left, int right, int own, double xh) {
        int[] bottoms = ink.blots().stream().filter(b -> b.height() >= 0.5 * xh && b.height() <= 2.2 * xh)
                .filter(b -> (b.left() + b.right()) / 2.0 >= left && (b.left() + b.right()) / 2.0 <= right)
                .filter(b -> Math.abs(b.bottom() - own) <= xh) // not the line above or below
                .mapToInt(Ink.Blot::bottom).sorted().toArray();
        return bottoms.length == 0 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(bottoms[bottoms.length / 2]);
    }
}
