package org.itaminer.ingest.ocr;

/**
 * An OCR engine: one page image in, symbols with boxes and confidences out. An instance is NOT
 * thread-safe (Tesseract's API object holds the page being read); {@link EnginePool} hands each to one
 * thread at a time.
 */
public interface OcrEngine extends AutoCloseable {

    /**
     * Reads one page image.
     *
     * @throws OcrException when the engine fails on this image
     */
    RecognizedPage recognize(PageImage page) throws OcrException;

    /** Frees the engine's native memory. */
    @Override
    void close();
}
