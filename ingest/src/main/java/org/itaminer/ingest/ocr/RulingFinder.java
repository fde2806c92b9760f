package org.itaminer.ingest.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the ruling lines of a page image by run length on the binarised image: a horizontal line is a run
 * of ink far longer than any letter is wide (a morphological opening with a long line element, done as
 * runs). Each pixel counts as ink when it or its neighbour across the line is, so a line scanned a little
 * askew (one pixel of drift every hundred) still gives long runs; runs on neighbouring rows that overlap
 * are one line.
 */
final class RulingFinder {

    /** Gray levels at or below this are ink. */
    static final int INK = 150;
    /** A ruling is at least this share of the image's shorter side (about 7 mm on A4). */
    static final double MIN_SHARE = 1.0 / 30;
    /** Ink gaps up to this many pixels do not cut a run (a broken scan line). */
    static final int GAP = 3;

    private RulingFinder() {
    }

    static List<RuleLine> find(BufferedImage image) {
        BufferedImage gray = Tess4jEngine.gray(image);
        int w = gray.getWidth();
        int h = gray.getHeight();
        byte[] px = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        boolean[] ink = new boolean[w * h];
        for (int i = 0; i < px.length; i++) {
            ink[i] = (px[i] & 0xFF) <= INK;
        }
        int min = Math.max(20, (int) (Math.min(w, h) * MIN_SHARE));
        int thickest = Math.max(8, Math.min(w, h) / 150); // thicker "lines" are filled areas: a photo, a stamp
        List<RuleLine> lines = new ArrayList<>(merge(runs(ink, w, h, true, min), true, thickest));
        lines.addAll(merge(runs(ink, w, h, false, min), false, thickest));
        return lines;
    }

    /** Long runs along rows (horizontal) or columns (vertical). */
    private static List<RuleLine> runs(boolean[] ink, int w, int h, boolean horizontal, int min) {
        int lanes = horizontal ? h : w;
        int length = horizontal ? w : h;
        List<RuleLine> runs = new ArrayList<>();
        for (int lane = 0; lane < lanes; lane++) {
            int start = -1;
            int lastInk = -1;
            for (int p = 0; p <= length; p++) {
                boolean on = p < length && (inkAt(ink, w, h, horizontal, lane, p) || inkAt(ink, w, h, horizontal, lane + 1, p));
                if (on) {
                    if (start < 0) {
                        start = p;
                    }
                    lastInk = p;
                } else if (start >= 0 && (p - lastInk > GAP || p == length)) {
                    if (lastInk + 1 - start >= min) {
                        runs.add(new RuleLine(horizontal, lane, start, lastInk + 1));
                    }
                    start = -1;
                }
            }
        }
        return runs;
    }

    private static boolean inkAt(boolean[] ink, int w, int h, boolean horizontal, int lane, int p) {
        if (horizontal) {
            return lane < h && ink[lane * w + p];
        }
        return lane < w && ink[p * w + lane];
    }

    /**
     * Whether merged runs are a line rather than a filled area: their ink, spread over their length, is at
     * most {@code thickest} lanes deep (a line scanned askew steps across many lanes but is thin at each point).
     */
    private static boolean thin(int[] merged, int thickest) {
        return merged[5] <= (long) thickest * Math.max(1, merged[3] - merged[2]);
    }

    /** Runs on neighbouring lanes whose spans overlap are one line (a line is several pixels thick). */
    private static List<RuleLine> merge(List<RuleLine> runs, boolean horizontal, int thickest) {
        List<RuleLine> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingInt(RuleLine::at));
        List<int[]> open = new ArrayList<>(); // lanes sum, count, from, to, last lane, ink length
        List<RuleLine> lines = new ArrayList<>();
        for (RuleLine run : sorted) {
            int[] into = null;
            for (int[] o : open) {
                if (run.at() - o[4] <= 2 && run.from() <= o[3] && run.to() >= o[2]) {
                    into = o;
                    break;
                }
            }
            if (into == null) {
                open.add(new int[] {run.at(), 1, run.from(), run.to(), run.at(), run.length()});
            } else {
                into[0] += run.at();
                into[1]++;
                into[2] = Math.min(into[2], run.from());
                into[3] = Math.max(into[3], run.to());
                into[4] = run.at();
                into[5] += run.length();
            }
            int lane = run.at();
            open.removeIf(o -> {
                boolean done = lane - o[4] > 2;
                if (done && thin(o, thickest)) {
                    lines.add(new RuleLine(horizontal, o[0] / o[1], o[2], o[3]));
                }
                return done;
            });
        }
        for (int[] o : open) {
            if (thin(o, thickest)) {
                lines.add(new RuleLine(horizontal, o[0] / o[1], o[2], o[3]));
            }
        }
        return lines;
    }
}
