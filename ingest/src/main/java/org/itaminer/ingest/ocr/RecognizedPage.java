package org.itaminer.ingest.ocr;

import java.util.List;

/**
 * What an engine read from one page image, in its reading order: blocks of lines of symbols, as
 * Tesseract's result iterator gives them.
 *
 * @param width image width in pixels
 * @param height image height in pixels
 * @param paragraphs the engine's paragraphs, each a list of lines, each a list of symbols
 * @param engine the engine and model that read it ("tesseract 5.3.0 tha+eng")
 */
public record RecognizedPage(int width, int height, List<List<List<Symbol>>> paragraphs, String engine) {

    public RecognizedPage {
        paragraphs = paragraphs.stream().map(p -> p.stream().map(List::copyOf).toList()).toList();
    }
}
