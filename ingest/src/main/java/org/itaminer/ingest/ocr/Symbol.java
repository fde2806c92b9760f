package org.itaminer.ingest.ocr;

/**
 * One word as the engine segmented it: for Latin text a word, for Thai mostly a single character (tesseract
 * issue 2702), with whether the engine's own line text puts a space before it.
 *
 * @param text its text
 * @param box where it is
 * @param confidence how sure the engine is, 0 to 100
 * @param spaceBefore whether the engine's text of the line has a space before it (false for a line's first)
 */
public record Symbol(String text, Box box, float confidence, boolean spaceBefore) {
}
