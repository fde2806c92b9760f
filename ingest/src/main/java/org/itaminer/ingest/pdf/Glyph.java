package org.itaminer.ingest.pdf;

/**
 * One printed character cluster in reading space (x to the right, y down, the page's dominant text
 * direction made horizontal): a base character with any combining marks already attached.
 *
 * @param text the characters, base first then marks
 * @param x left edge
 * @param baseline baseline y (larger is lower on the page)
 * @param width advance width
 * @param size font size in page units
 * @param seq order in the content stream
 * @param space whether this is a space glyph (a word break, not text)
 */
record Glyph(String text, double x, double baseline, double width, double size, int seq, boolean space) {

    double right() {
        return x + width;
    }

    double centreX() {
        return x + width / 2;
    }

    /** The vertical centre of the glyph body, a little above the baseline. */
    double centreY() {
        return baseline - size * 0.3;
    }

    double top() {
        return baseline - size * 0.8;
    }

    Glyph withText(String newText) {
        return new Glyph(newText, x, baseline, width, size, seq, space);
    }
}
