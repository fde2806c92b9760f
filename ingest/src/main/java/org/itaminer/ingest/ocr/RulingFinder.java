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
    /** Gray levels at or below this next to a ruling are its blurred edge, erased with it. */
    static final int EDGE = 225;
    /** Ink gaps up to this many pixels do not cut a run (a broken scan line). */
    static final int GAP = 2;
    /** A run is a ruling when at least this share of it is ink. */
    static final double SOLID = 0.95;
    /** A ruling is at least this long, in inches (a narrow number column is about half an inch wide). */
    static final double MIN_INCHES = 0.35;

    private RulingFinder() {
    }

    /**
     * The rulings of a page image, and the image without them.
     *
     * @param lines the ruling lines
     * @param withoutRulings a gray copy of the image with the rulings' ink made paper: OCR reads a cell border
     *     as "|" or "l" beside the cell's text, and a glyph touching a ruling is read worse
     */
    record Found(List<RuleLine> lines, BufferedImage withoutRulings) {
    }

    static List<RuleLine> find(BufferedImage image, int dpi) {
        return findAndErase(image, dpi).lines();
    }

    static Found findAndErase(BufferedImage image, int dpi) {
        BufferedImage gray = copy(Tess4jEngine.gray(image));
        int w = gray.getWidth();
        int h = gray.getHeight();
        byte[] px = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        boolean[] ink = new boolean[w * h];
        for (int i = 0; i < px.length; i++) {
            ink[i] = (px[i] & 0xFF) <= INK;
        }
        int min = Math.max(20, (int) Math.round(dpi * MIN_INCHES));
        int thickest = Math.max(8, Math.min(w, h) / 150); // thicker "lines" are filled areas: a photo, a stamp
        List<RuleLine> erase = new ArrayList<>();
        List<RuleLine> lines = new ArrayList<>(merge(runs(ink, w, h, true, min), true, thickest, erase));
        lines.addAll(merge(runs(ink, w, h, false, min), false, thickest, erase));
        for (RuleLine run : erase) {
            // the run's lanes and one either side, down to the faint edge pixels a scanner blurs a line into
            // (left behind, they are read as "." and "," along every border)
            int lanes = run.horizontal() ? h : w;
            for (int lane = Math.max(0, run.at() - 1); lane <= Math.min(lanes - 1, run.at() + 2); lane++) {
                for (int p = run.from(); p < run.to(); p++) {
                    int i = run.horizontal() ? lane * w + p : p * w + lane;
                    if ((px[i] & 0xFF) <= EDGE) {
                        px[i] = (byte) 0xFF;
                    }
                }
            }
        }
        return new Found(lines, gray);
    }

    private static BufferedImage copy(BufferedImage gray) {
        BufferedImage copy = new BufferedImage(gray.getWidth(), gray.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        copy.setData(gray.getRaster());
        return copy;
    }

    /** Long runs along rows (horizontal) or columns (vertical). */
    private static List<RuleLine> runs(boolean[] ink, int w, int h, boolean horizontal, int min) {
        int lanes = horizontal ? h : w;
        int length = horizontal ? w : h;
        List<RuleLine> runs = new ArrayList<>();
        for (int lane = 0; lane < lanes; lane++) {
            int start = -1;
            int lastInk = -1;
            int inked = 0;
            for (int p = 0; p <= length; p++) {
                boolean on = p < length && (inkAt(ink, w, h, horizontal, lane, p) || inkAt(ink, w, h, horizontal, lane + 1, p));
                if (on) {
                    if (start < 0) {
                        start = p;
                        inked = 0;
                    }
                    lastInk = p;
                    inked++;
                } else if (start >= 0 && (p - lastInk > GAP || p == length)) {
                    // a ruling is solid ink; a word's letters touching at the baseline leave gaps
                    if (lastInk + 1 - start >= min && inked >= SOLID * (lastInk + 1 - start)) {
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
    private static List<RuleLine> merge(List<RuleLine> runs, boolean horizontal, int thickest, List<RuleLine> erase) {
        List<RuleLine> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingInt(RuleLine::at));
        List<int[]> open = new ArrayList<>(); // lanes sum, count, from, to, last lane, ink length, group
        List<List<RuleLine>> groups = new ArrayList<>();
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
                open.add(new int[] {run.at(), 1, run.from(), run.to(), run.at(), run.length(), groups.size()});
                groups.add(new ArrayList<>(List.of(run)));
            } else {
                into[0] += run.at();
                into[1]++;
                into[2] = Math.min(into[2], run.from());
                into[3] = Math.max(into[3], run.to());
                into[4] = run.at();
                into[5] += run.length();
                groups.get(into[6]).add(run);
            }
            int lane = run.at();
            open.removeIf(o -> {
                boolean done = lane - o[4] > 2;
                if (done && thin(o, thickest)) {
                    lines.add(new RuleLine(horizontal, o[0] / o[1], o[2], o[3]));
                    erase.addAll(groups.get(o[6]));
                }
                return done;
            });
        }
        for (int[] o : open) {
            if (thin(o, thickest)) {
                lines.add(new RuleLine(horizontal, o[0] / o[1], o[2], o[3]));
                erase.addAll(groups.get(o[6]));
            }
        }
        return lines;
    }
}
