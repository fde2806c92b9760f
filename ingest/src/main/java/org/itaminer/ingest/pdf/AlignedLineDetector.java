package org.itaminer.ingest.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the runs of lines that may be a table without rulings: from each line with a gap wider than a word
 * space, the lines that follow it closely in the same type size, as long as another such line comes within a
 * few lines starting at the run's left edge (the lines between are wrapped cells; a line starting further right
 * is one anyway), and after the last one the lines that follow at the run's
 * own line step (the last row's wrapped cells). Each run carries its columns ({@link ColumnGutters}). One run
 * per starting line, top to bottom; the page's layout takes a run only if it starts below the last table read,
 * so a run that is no table lets the next line start one.
 */
final class AlignedLineDetector implements TableDetector<List<TextLine>, LineRun> {

    /** Wrapped lines of one row that may sit between two lines with a wide gap. */
    private static final int MAX_WRAPPED = 4;
    /** Type sizes further apart than this ratio are body text and table, not one table. */
    private static final double SAME_SIZE = 1.2;

    /** @param lines the page's lines outside ruled tables, top to bottom */
    @Override
    public List<LineRun> detect(List<TextLine> lines) {
        List<TextLine> all = List.copyOf(lines);
        boolean[] cut = new boolean[all.size()];
        for (int i = 0; i < all.size(); i++) {
            cut[i] = hasWideGap(all.get(i));
        }
        List<LineRun> runs = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (!cut[i]) {
                continue;
            }
            int lastCut = i;
            double left = all.get(i).x0();
            int wrapped = 0;
            for (int j = i + 1; j < all.size() && close(all, i, j, 3.0); j++) {
                TextLine line = all.get(j);
                if (cut[j]) {
                    lastCut = j;
                    wrapped = 0;
                    left = Math.min(left, line.x0());
                } else if (line.x0() < left + 2 * line.size() && ++wrapped > MAX_WRAPPED) {
                    break; // lines starting in a later column are a cell's wrapped lines: only those at the left count
                }
            }
            int end = lastCut;
            double step = minStep(all, i, lastCut);
            while (step > 0 && end + 1 < all.size() && end + 1 - lastCut <= MAX_WRAPPED && close(all, i, end + 1, 3.0)
                    && all.get(end + 1).baseline() - all.get(end).baseline() <= 1.15 * step) {
                end++;
            }
            runs.add(new LineRun(all, i, end, ColumnGutters.of(all, i, end)));
        }
        return runs;
    }

    /** Line j follows line j-1 within {@code lines} font sizes and has the type size of the run's first line i. */
    private static boolean close(List<TextLine> all, int i, int j, double lines) {
        TextLine a = all.get(j - 1);
        TextLine b = all.get(j);
        double big = Math.max(all.get(i).size(), b.size());
        double small = Math.max(0.1, Math.min(all.get(i).size(), b.size()));
        return b.baseline() - a.baseline() <= lines * Math.max(a.size(), b.size()) && big / small <= SAME_SIZE;
    }

    /** The smallest distance between baselines in lines first..last (a wrapped cell's line step), or 0. */
    private static double minStep(List<TextLine> all, int first, int last) {
        double min = 0;
        for (int k = first + 1; k <= last; k++) {
            double gap = all.get(k).baseline() - all.get(k - 1).baseline();
            if (gap > 0.5 * all.get(k).size() && (min == 0 || gap < min)) {
                min = gap;
            }
        }
        return min;
    }

    static boolean hasWideGap(TextLine line) {
        List<TextLine.Word> words = line.words();
        for (int k = 1; k < words.size(); k++) {
            if (words.get(k).x0() - words.get(k - 1).x1() > ColumnGutters.WIDE_GAP * line.size()) {
                return true;
            }
        }
        return false;
    }
}
