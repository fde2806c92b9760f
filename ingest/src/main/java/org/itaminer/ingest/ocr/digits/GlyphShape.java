package org.itaminer.ingest.ocr.digits;

/**
 * A glyph's shape made comparable across sizes and resolutions: its ink scaled into a fixed square grid, its
 * width over its height, and its height over the x-height of the text around it (Thai digits ๒ ๕ ๖ ๗ ๘ ๙ rise
 * above the x-height, ๐ ๑ ๓ ๔ do not, which tells ๗ from ๓ and ๔ from ๕ when the ink alone is close).
 */
public final class GlyphShape {

    /** Cells on each side of the grid. */
    static final int GRID = 24;

    private final boolean[] cells;
    private final float[] distance;
    private final double aspect;
    private final double relativeHeight;

    private GlyphShape(boolean[] cells, double aspect, double relativeHeight) {
        this.cells = cells;
        this.distance = distanceTransform(cells);
        this.aspect = aspect;
        this.relativeHeight = relativeHeight;
    }

    /**
     * The glyph inside {@code blot}: the ink of the blot's box.
     *
     * @param ink the ink of the region holding it
     * @param blot its box
     * @param xHeight the x-height of the text around it, in the same pixels
     */
    public static GlyphShape of(Ink ink, Ink.Blot blot, double xHeight) {
        boolean[] cells = new boolean[GRID * GRID];
        int w = blot.width();
        int h = blot.height();
        for (int gy = 0; gy < GRID; gy++) {
            for (int gx = 0; gx < GRID; gx++) {
                // a cell is ink when any of the pixels it covers is: thin strokes survive the scaling down
                int x0 = blot.left() + gx * w / GRID;
                int x1 = Math.max(x0 + 1, blot.left() + (gx + 1) * w / GRID);
                int y0 = blot.top() + gy * h / GRID;
                int y1 = Math.max(y0 + 1, blot.top() + (gy + 1) * h / GRID);
                int count = 0;
                int area = (x1 - x0) * (y1 - y0);
                for (int y = y0; y < y1; y++) {
                    for (int x = x0; x < x1; x++) {
                        if (ink.at(x, y)) {
                            count++;
                        }
                    }
                }
                cells[gy * GRID + gx] = count * 3 >= area;
            }
        }
        return new GlyphShape(cells, (double) w / Math.max(1, h), h / Math.max(1.0, xHeight));
    }

    public double aspect() {
        return aspect;
    }

    public double relativeHeight() {
        return relativeHeight;
    }

    /**
     * How far apart two shapes are: the mean distance, in grid cells, from each one's ink to the other's
     * nearest ink (the symmetric chamfer distance), plus penalties for a different width-to-height ratio and
     * a different height over the x-height. 0 for the same shape.
     */
    public double distance(GlyphShape other) {
        double chamfer = (oneWay(this, other) + oneWay(other, this)) / 2;
        double aspectGap = Math.abs(Math.log(aspect / other.aspect));
        double heightGap = Math.abs(relativeHeight - other.relativeHeight) / Math.max(0.5, other.relativeHeight);
        return chamfer + 3 * aspectGap + 6 * heightGap;
    }

    private static double oneWay(GlyphShape from, GlyphShape to) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < from.cells.length; i++) {
            if (from.cells[i]) {
                sum += to.distance[i];
                n++;
            }
        }
        return n == 0 ? GRID : sum / n;
    }

    /** Distance from every cell to the nearest ink cell (two passes, 3-4 chamfer weights, in cells). */
    private static float[] distanceTransform(boolean[] cells) {
        float inf = 1e6f;
        float[] d = new float[cells.length];
        for (int i = 0; i < cells.length; i++) {
            d[i] = cells[i] ? 0 : inf;
        }
        for (int y = 0; y < GRID; y++) {
            for (int x = 0; x < GRID; x++) {
                int i = y * GRID + x;
                if (x > 0) d[i] = Math.min(d[i], d[i - 1] + 3);
                if (y > 0) d[i] = Math.min(d[i], d[i - GRID] + 3);
                if (x > 0 && y > 0) d[i] = Math.min(d[i], d[i - GRID - 1] + 4);
                if (x < GRID - 1 && y > 0) d[i] = Math.min(d[i], d[i - GRID + 1] + 4);
            }
        }
        for (int y = GRID - 1; y >= 0; y--) {
            for (int x = GRID - 1; x >= 0; x--) {
                int i = y * GRID + x;
                if (x < GRID - 1) d[i] = Math.min(d[i], d[i + 1] + 3);
                if (y < GRID - 1) d[i] = Math.min(d[i], d[i + GRID] + 3);
                if (x < GRID - 1 && y < GRID - 1) d[i] = Math.min(d[i], d[i + GRID + 1] + 4);
                if (x > 0 && y < GRID - 1) d[i] = Math.min(d[i], d[i + GRID - 1] + 4);
            }
        }
        for (int i = 0; i < d.length; i++) {
            d[i] = d[i] >= inf ? GRID : d[i] / 3f;
        }
        return d;
    }
}
