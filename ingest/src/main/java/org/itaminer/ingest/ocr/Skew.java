package org.itaminer.ingest.ocr;

/**
 * How far a page's lines lean from the horizontal (ความเอียงของภาพสแกน), as Leptonica's skew finder sees it.
 *
 * @param degrees the angle to turn the image clockwise by to make its lines level
 * @param confidence the finder's confidence: how much sharper the line profile is at that angle than at the worst
 *     one tried (about 1 when the page has no lines to go by; a few for a page of text; tens for ruled tables)
 */
record Skew(double degrees, double confidence) {

    /** No measurable lean, or none to go by. */
    static final Skew NONE = new Skew(0, 0);

    /**
     * Smaller angles are left alone: the rulings finder copes with them (it joins a line's runs across one pixel of
     * drift every hundred, and cells' edges meet within a slack), and turning re-samples every glyph. Measured on the
     * scanned seeds, whose pages lean 0.3° to 0.8°: levelling them from 0.3° on changed Tesseract's reading of shaded
     * header cells ("หน่วยงาน va รบผดชอบ") and field F1 fell from 0.8892 to 0.8780, so only a lean the rulings finder
     * may not cope with is levelled.
     */
    static final double MIN_DEGREES = 1.0;
    /**
     * Below this the estimate is not trusted. On upright scans here text pages gave 3.8 to 25, ruled pages tens;
     * the same pages turned a quarter gave 1.2 to 1.8 (nothing to go by).
     */
    static final double MIN_CONFIDENCE = 3.0;

    /** Whether the page leans enough, and the estimate is sure enough, to straighten it. */
    boolean worthStraightening() {
        return Math.abs(degrees) >= MIN_DEGREES && confidence >= MIN_CONFIDENCE;
    }
}
