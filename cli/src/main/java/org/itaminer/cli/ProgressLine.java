package org.itaminer.cli;

import java.io.PrintWriter;

/**
 * One progress line on standard error, redrawn in place (a carriage return, the new text, spaces over what
 * is left of the longer old one) at most every 100 ms; only on a terminal, where nothing reads it as data.
 * Shared by {@code run} and {@code crawl}.
 */
final class ProgressLine {

    /** The line is redrawn at most this often. */
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private long drawn;
    private int width;

    ProgressLine(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** Whether to draw at {@code now}: the first time, when forced, or once the last drawing is old enough. */
    boolean due(long now, boolean force) {
        return enabled && (force || width == 0 || now - drawn >= REDRAW_NANOS);
    }

    void draw(String text, long now) {
        err.print("\r" + text + " ".repeat(Math.max(0, width - text.length())));
        err.flush();
        drawn = now;
        width = text.length();
    }

    /** Wipes the line, so that a printed line or the totals start on a clean one. */
    void clear() {
        if (enabled && width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
        }
    }
}
