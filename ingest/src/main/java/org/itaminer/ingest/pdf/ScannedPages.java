package org.itaminer.ingest.pdf;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.itaminer.ingest.IngestException;
import org.itaminer.ingest.ocr.Ocr;
import org.itaminer.ingest.ocr.OcrException;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.TextLayer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pages of one PDF that have no usable text layer, read by OCR from their image ({@link PdfPageImage}).
 * Where OCR cannot run, the pages stay marked for OCR; a document of nothing but such pages then fails in
 * one line saying what to install ({@link #check}), while a document with text pages is still read.
 */
final class ScannedPages {

    private static final Logger LOG = LoggerFactory.getLogger(ScannedPages.class);

    private final PDDocument document;
    private final Supplier<Ocr> ocrSource;
    private final Map<Integer, Double> coverage = new HashMap<>();
    private Ocr ocr;
    private boolean unavailable;

    /** @param ocr the OCR, asked for on the first page that needs it; null for a reader of text layers only */
    ScannedPages(PDDocument document, Supplier<Ocr> ocr) {
        this.document = document;
        this.ocrSource = ocr;
        this.unavailable = ocr == null;
    }

    /** What share of page {@code number} images cover, as its content said. */
    void coverage(int number, double share) {
        coverage.put(number, share);
    }

    /** The page read by OCR, or as it is when OCR cannot run or fails on it. */
    Page read(Page marked) {
        if (unavailable) {
            return marked;
        }
        if (ocr == null) {
            ocr = ocrSource.get();
            if (ocr.unavailable().isPresent()) {
                unavailable = true;
                return marked;
            }
        }
        int index = marked.number() - 1;
        try {
            return ocr.read(marked.number(), PdfPageImage.of(document, index, coverage.getOrDefault(marked.number(), 0.0)),
                    marked.textLayer());
        } catch (OcrException | IOException | RuntimeException e) {
            LOG.debug("OCR of page {} failed", marked.number(), e);
            return new Page(marked.number(), marked.blocks(),
                    new TextLayer(marked.textLayer().quality(), marked.textLayer().reason() + "; OCR failed: " + e));
        }
    }

    /**
     * @param nothingRead whether no page of the document has text
     * @throws IngestException.OcrUnavailableException when no page has text and OCR could have given some
     */
    void check(boolean nothingRead) throws IngestException.OcrUnavailableException {
        if (nothingRead && ocrSource != null && unavailable) {
            throw new IngestException.OcrUnavailableException(
                    ocr.cannotRun("a scanned PDF (no page has a text layer) needs OCR"));
        }
    }
}
