package org.itaminer.ingest.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a run of lines printed as a table without rulings, from the gutters that run down it: a
 * gutter is an upright strip that (almost) no word of the run covers, with text on its right in several lines,
 * and in some of them more than a word space of white before that text (a short or empty cell on the left).
 * One line may cross a gutter (a title or a spanning header); prose cannot, its words cover any x. The strip is
 * found however the text beside it is aligned, and however narrow it is in the tightest row, so one tight row
 * no longer merges two columns; a single word space repeated down the lines ("มาตรการที่ 1") is no gutter.
 */
final class ColumnGutters {

    /** A gap wider than this share of the font size is more than a word space. */
    static final double WIDE_GAP = 0.5;
    /** The narrowest gutter, as a share of the font size. */
    private static final double MIN_WIDTH = 0.25;
    private static final double STEP = 0.5;
    private static final int MIN_WIDE = 2;
    /** A word within this share of the font size of a strip's right side starts at its edge. */
    private static final double AT_EDGE = 0.35;
    private static final int MIN_AT_EDGE = 2;
    private static final double CROSS_SHARE = 0.1;
    /** The lines of a run that may be its header (one row, or two with a spanning cell over the second). */
    private static final int HEADER_LINES = 2;

    private ColumnGutters() {
    }

    /**
     * Where the columns of lines {@code first..last} start: the run's left edge, then a line inside each gutter
     * (a word belongs to the column its left edge falls in).
     */
    static List<Double> of(List<TextLine> lines, int first, int last) {
        double size = 0;
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        for (int k = first; k <= last; k++) {
            TextLine line = lines.get(k);
            size = Math.max(size, line.size());
            left = Math.min(left, line.x0());
            right = Math.max(right, line.x1());
        }
        List<Double> columns = new ArrayList<>();
        columns.add(left);
        int bins = (int) Math.ceil((right - left) / STEP);
        if (bins <= 0 || bins > 20_000) {
            return columns;
        }
        int[] cover = new int[bins];
        for (int k = first; k <= last; k++) {
            for (TextLine.Word w : lines.get(k).words()) {
                int from = Math.max(0, (int) Math.floor((w.x0() - left) / STEP));
                int to = Math.min(bins - 1, (int) Math.ceil((w.x1() - left) / STEP) - 1);
                for (int b = from; b <= to; b++) {
                    cover[b]++;
                }
            }
        }
        // white no line crosses first; then, where none was found, white that a few lines cross (a spanning
        // header centred over its columns) - not across a gutter already found, where those few lines are a
        // sparse column's own text
        List<Double> clear = gutters(lines, first, last, cover, 0, left, size, List.of());
        List<Double> crossed = gutters(lines, first, last, cover,
                (int) Math.floor(CROSS_SHARE * (last - first + 1)), left, size, clear);
        columns.addAll(clear);
        columns.addAll(crossed);
        columns.sort(Double::compare);
        return columns;
    }

    /** Gutters where at most {@code allowed} lines cover the strip, leaving out strips holding one of {@code found}. */
    private static List<Double> gutters(List<TextLine> lines, int first, int last, int[] cover, int allowed,
            double left, double size, List<Double> found) {
        List<Double> out = new ArrayList<>();
        int b = 0;
        while (b < cover.length) {
            if (cover[b] > allowed) {
                b++;
                continue;
            }
            int e = b;
            while (e + 1 < cover.length && cover[e + 1] <= allowed) {
                e++;
            }
            double g0 = left + b * STEP;
            double g1 = left + (e + 1) * STEP;
            boolean taken = found.stream().anyMatch(x -> x >= g0 && x <= g1);
            if (!taken && g1 - g0 >= MIN_WIDTH * size && e + 1 < cover.length) {
                double edge = boundary(cover, b, e, left);
                if (supported(lines, first, last, edge, g0, g1, size, allowed == 0)) {
                    out.add(edge);
                }
            }
            b = e + 1;
        }
        return out;
    }

    /**
     * Where in the strip of bins b..e one column ends and the next begins: in the rightmost stretch of it that
     * no word covers, so the words of a line crossing the strip (a spanning header "ไตรมาสที่ 2") stay left of
     * it and a word of the next column starting early (a centred cell) right of it; the strip's middle when
     * every bin is crossed.
     */
    private static double boundary(int[] cover, int b, int e, double left) {
        int k = e;
        while (k >= b && cover[k] > 0) {
            k--;
        }
        if (k < b) {
            return left + (b + e + 1) * STEP / 2;
        }
        int end = k;
        while (k >= b && cover[k] == 0) {
            k--;
        }
        return left + (k + 1 + end + 1) * STEP / 2;
    }

    /**
     * Text right of the strip starting right at its edge in several lines (cell text is set from the column's
     * edge, so a strip that only one line's word space leaves open is none), and in some of them after white
     * wider than a word space (a short or empty cell on the left: "มาตรการที่ 1" down a column is no gutter).
     * A strip that no line of the run covers may rest on the header alone: a schedule's month without a tick
     * on this page ("ต.ค. 65" over empty cells) is a column all the same when one of the run's first
     * {@value #HEADER_LINES} lines starts a word at its edge after more than a word space of white, and no
     * other line starts one in the strip or under that word (a column with cells of its own, centred numbers
     * under a wider header, is found from them).
     */
    private static boolean supported(List<TextLine> lines, int first, int last, double mid, double g0, double g1,
            double size, boolean clear) {
        int near = 0;
        int wide = 0;
        boolean header = false;
        int headerLine = -1;
        double headerRight = 0;
        for (int k = first; k <= last; k++) {
            TextLine line = lines.get(k);
            double before = Double.NaN;
            for (TextLine.Word w : line.words()) {
                if (w.x0() >= mid) {
                    if (w.x0() - g1 <= AT_EDGE * size) {
                        near++;
                        if (Double.isNaN(before) || w.x0() - before > WIDE_GAP * line.size()) {
                            wide++;
                            if (k < first + HEADER_LINES && !Double.isNaN(before)) {
                                header = true;
                                headerLine = k;
                                headerRight = w.x1();
                            }
                        }
                    }
                    break;
                }
                before = w.x1();
            }
        }
        if (near >= MIN_AT_EDGE && wide >= MIN_WIDE) {
            return true;
        }
        return clear && header && near == 1 && nothingUnder(lines, first, last, headerLine, g0, headerRight);
    }

    /** Whether no line of the run but {@code except} starts a word between x0 and x1. */
    private static boolean nothingUnder(List<TextLine> lines, int first, int last, int except, double x0, double x1) {
        for (int k = first; k <= last; k++) {
            if (k == except) {
                continue;
            }
            for (TextLine.Word w : lines.get(k).words()) {
                if (w.x0() >= x0 && w.x0() <= x1) {
                    return false;
                }
            }
        }
        return true;
    }
}
