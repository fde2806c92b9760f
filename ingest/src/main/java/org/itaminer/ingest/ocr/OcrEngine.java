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

    /**
     * Reads one image in the given page segmentation mode (Tesseract's numbering: 6 a single block, for one table
     * cell), this call only; the engine's own mode is kept for the next. An engine without modes reads as always.
     *
     * @throws OcrException when the engine fails on this image
     */
    default RecognizedPage recognize(PageImage page, int pageSegMode) throws OcrException {
        return recognize(page);
    }

    /**
     * Which way up the page's text stands, when the engine can tell (Tesseract's orientation and script detection);
     * empty when it cannot.
     *
     * @throws OcrException when the engine fails on this image
     */
    default java.util.Optional<Orientation> orientation(PageImage page) throws OcrException {
        return java.util.Optional.empty();
    }

    /** Frees the engine's native memory. */
    @Override
    void close();
}
