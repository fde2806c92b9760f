package org.itaminer.ingest.ocr.digits;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.ArrayList;
import java.util.List;

/**
 * A region of a page image as ink and paper (หมึก/กระดาษ), cut at a threshold chosen from the region's own
 * gray levels (Otsu's), with its connected blots of ink. A scan's gray changes across a page, so each
 * region is cut at its own threshold.
 */
public final class Ink {

    private final boolean[] ink;
    private final int width;
    private final int height;
    private final int left;
    private final int top;

    private Ink(boolean[] ink, int width, int height, int left, int top) {
        this.ink = ink;
        this.width = width;
        this.height = height;
        this.left = left;
        this.top = top;
    }

    /** The region {@code [left,right) x [top,bottom)} of the image, clipped to it. */
    public static Ink of(BufferedImage image, int left, int top, int right, int bottom) {
        int l = Math.max(0, left);
        int t = Math.max(0, top);
        int w = Math.max(0, Math.min(image.getWidth(), right) - l);
        int h = Math.max(0, Math.min(image.getHeight(), bottom) - t);
        int[] gray = new int[w * h];
        Raster raster = image.getRaster();
        boolean oneBand = raster.getNumBands() == 1;
        int[] pixel = new int[raster.getNumBands()];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (oneBand) {
                    gray[y * w + x] = raster.getSample(l + x, t + y, 0);
                } else {
                    raster.getPixel(l + x, t + y, pixel);
                    gray[y * w + x] = (pixel[0] * 30 + pixel[1] * 59 + pixel[2] * 11) / 100;
                }
            }
        }
        int threshold = otsu(gray);
        boolean[] ink = new boolean[w * h];
        for (int i = 0; i < gray.length; i++) {
            ink[i] = gray[i] < threshold;
        }
        return new Ink(ink, w, h, l, t);
    }

    /** Otsu's threshold over 0..255, never above 200 nor under 60 (a blank region stays blank). */
    static int otsu(int[] gray) {
        int[] histogram = new int[256];
        for (int g : gray) {
            histogram[Math.max(0, Math.min(255, g))]++;
        }
        long total = gray.length;
        long sum = 0;
        for (int i = 0; i < 256; i++) {
            sum += (long) i * histogram[i];
        }
        long sumBack = 0;
        long weightBack = 0;
        double best = -1;
        int threshold = 128;
        for (int t = 0; t < 256; t++) {
            weightBack += histogram[t];
            if (weightBack == 0) {
                continue;
            }
            long weightFore = total - weightBack;
            if (weightFore == 0) {
                break;
            }
            sumBack += (long) t * histogram[t];
            double meanBack = (double) sumBack / weightBack;
            double meanFore = (double) (sum - sumBack) / weightFore;
            double between = (double) weightBack * weightFore * (meanBack - meanFore) * (meanBack - meanFore);
            if (between > best) {
                best = between;
                threshold = t + 1;
            }
        }
        return Math.max(60, Math.min(200, threshold));
    }

    /** Whether the pixel at page coordinates is ink (false outside the region). */
    public boolean at(int x, int y) {
        int rx = x - left;
        int ry = y - top;
        return rx >= 0 && ry >= 0 && rx < width && ry < height && ink[ry * width + rx];
    }

    /** The connected blots of ink (8-connected), in page coordinates, left to right. */
    public List<Blot> blots() {
        int[] label = new int[ink.length];
        List<Blot> blots = new ArrayList<>();
        int[] stack = new int[ink.length];
        for (int start = 0; start < ink.length; start++) {
            if (!ink[start] || label[start] != 0) {
                continue;
            }
            int id = blots.size() + 1;
            int sp = 0;
            stack[sp++] = start;
            label[start] = id;
            int minX = Integer.MAX_VALUE;
            int minY = Integer.MAX_VALUE;
            int maxX = -1;
            int maxY = -1;
            int count = 0;
            while (sp > 0) {
                int p = stack[--sp];
                int x = p % width;
                int y = p / width;
                count++;
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        int ny = y + dy;
                        if (nx >= 0 && ny >= 0 && nx < width && ny < height) {
                            int q = ny * width + nx;
                            if (ink[q] && label[q] == 0) {
                                label[q] = id;
                                stack[sp++] = q;
                            }
                        }
                    }
                }
            }
            blots.add(new Blot(left + minX, top + minY, left + maxX + 1, top + maxY + 1, count));
        }
        blots.sort(java.util.Comparator.comparingInt(Blot::left));
        return blots;
    }

    /**
     * One connected blot of ink, or several merged into one glyph.
     *
     * @param left left edge, inclusive
     * @param top top edge, inclusive
     * @param right right edge, exclusive
     * @param bottom bottom edge, exclusive
     * @param pixels how many ink pixels
     * @param cut whether it was cut from a wider blot (digits that touch), where the cut may be wrong
     */
    public record Blot(int left, int top, int right, int bottom, int pixels, boolean cut) {

        public Blot(int left, int top, int right, int bottom, int pixels) {
            this(left, top, right, bottom, pixels, false);
        }

        public int width() {
            return right - left;
        }

        public int height() {
            return bottom - top;
        }

        public Blot merge(Blot other) {
            return new Blot(Math.min(left, other.left), Math.min(top, other.top), Math.max(right, other.right),
                    Math.max(bottom, other.bottom), pixels + other.pixels, cut || other.cut);
        }
    }
}
