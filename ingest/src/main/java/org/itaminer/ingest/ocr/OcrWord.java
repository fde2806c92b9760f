package org.itaminer.ingest.ocr;

/**
 * A word as printed: symbols with no real gap between them (for Thai, a run of words written together).
 *
 * @param text its text, glyph-normalised (SARA AM composed)
 * @param box where it is
 * @param confidence the mean confidence of its symbols, 0 to 100
 */
public record OcrWord(String text, Box box, double confidence) {
}
