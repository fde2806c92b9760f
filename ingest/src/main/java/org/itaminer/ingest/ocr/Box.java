package org.itaminer.ingest.ocr;

/** A rectangle in image pixels, left/top inclusive, right/bottom exclusive. */
public record Box(int left, int top, int right, int bottom) {

    public Box {
        if (right < left || bottom < top) {
            throw new IllegalArgumentException("empty box " + left + "," + top + "," + right + "," + bottom);
        }
    }

    public int width() {
        return right - left;
    }

    public int height() {
        return bottom - top;
    }

    public double centreX() {
        return (left + right) / 2.0;
    }

    public double centreY() {
        return (top + bottom) / 2.0;
    }

    /** The smallest box holding both. */
    public Box union(Box other) {
        return new Box(Math.min(left, other.left), Math.min(top, other.top),
                Math.max(right, other.right), Math.max(bottom, other.bottom));
    }

    public boolean contains(double x, double y) {
        return x >= left && x < right && y >= top && y < bottom;
    }
}
