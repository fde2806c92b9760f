package org.itaminer.ingest.ocr;

/**
 * Which way up a page's text stands (ทิศทางของหน้า), as an engine's orientation detection reads it.
 *
 * @param degrees how far the page's content is turned clockwise from upright: 0, 90, 180 or 270 (turning the image
 *     back by as much, anticlockwise, makes it upright)
 * @param confidence the detector's confidence in that against the other three (Tesseract's OSD: about 10 to 55 on
 *     pages of Thai text measured here, under 10 on pages with little text)
 */
public record Orientation(int degrees, double confidence) {

    public Orientation {
        if (degrees % 90 != 0 || degrees < 0 || degrees >= 360) {
            throw new IllegalArgumentException("orientation must be 0, 90, 180 or 270 degrees, was " + degrees);
        }
    }

    /** Whether the content is turned a quarter, either way (a landscape table on a portrait page). */
    public boolean quarterTurn() {
        return degrees == 90 || degrees == 270;
    }
}
