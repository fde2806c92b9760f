package org.itaminer.ingest.ocr;

/**
 * A ruling line found in a page image: horizontal lines run from {@code from} to {@code to} in x at
 * {@code at} in y; vertical ones from {@code from} to {@code to} in y at {@code at} in x.
 */
record RuleLine(boolean horizontal, int at, int from, int to) {

    int length() {
        return to - from;
    }

    /** Whether this line and a line of the other direction cross or touch, within {@code slack} pixels. */
    boolean meets(RuleLine other, int slack) {
        return other.at >= from - slack && other.at <= to + slack && at >= other.from - slack && at <= other.to + slack;
    }

    /** Whether this line covers position {@code p} along its length. */
    boolean covers(int p, int slack) {
        return p >= from - slack && p <= to + slack;
    }
}
