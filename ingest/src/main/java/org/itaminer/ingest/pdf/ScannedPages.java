package org.itaminer.ingest.pdf;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.itaminer.ingest.IngestException;
import org.itaminer.ingest.ocr.Ocr;
import org.itaminer.ingest.ocr.OcrException;
import org.itaminer.ingest.ocr.PageImage;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.TextLayer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pages of one PDF that have no usable text layer, read by OCR from their image ({@link PdfPageImage}).
 * Where OCR cannot run, the pages stay marked for OCR; a document of nothing but such pages then fails in
 * one line saying what to install ({@link #check}), while a document with text pages is still read.
 */
final class ScannedPages implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ScannedPages.class);

    private final PDDocument document;
    private final Supplier<Ocr> ocrSource;
    private final Map<Integer, PageContent> contents = new HashMap<>();
    private Ocr ocr;
    private boolean unavailable;
    private ExecutorService workers;

    /** @param ocr the OCR, asked for on the first page that needs it; null for a reader of text layers only */
    ScannedPages(PDDocument document, Supplier<Ocr> ocr) {
        this.document = document;
        this.ocrSource = ocr;
        this.unavailable = ocr == null;
    }

    /** What the text layer of page {@code number} held, for how its image is taken: its drawn images. */
    void content(int number, PageContent content) {
        contents.put(number, content);
    }

    /**
     * Starts reading the page by OCR: its image is taken here (PDFBox is not thread-safe), the engine reads it on
     * one of as many threads as the OCR has engines, so the pages of one scan are read side by side. Never fails:
     * a page OCR cannot read comes back as it was, saying why.
     */
    Future<Page> submit(Page marked) {
        if (unavailable) {
            return CompletableFuture.completedFuture(marked);
        }
        if (ocr == null) {
            ocr = ocrSource.get();
            if (ocr.unavailable().isPresent()) {
                unavailable = true;
                return CompletableFuture.completedFuture(marked);
            }
        }
        int index = marked.number() - 1;
        PageImage image;
        try {
            PageContent content = contents.get(marked.number());
            image = PdfPageImage.of(document, index, content == null ? 0 : content.imageCoverage());
        } catch (IOException | RuntimeException e) {
            return CompletableFuture.completedFuture(failed(marked, e));
        }
        if (workers == null) {
            workers = Executors.newFixedThreadPool(Math.max(1, ocr.settings().engines()), r -> {
                Thread t = new Thread(r, "itaminer-ocr-page");
                t.setDaemon(true);
                return t;
            });
        }
        return workers.submit(() -> {
            try {
                return ocr.read(marked.number(), image, marked.textLayer());
            } catch (OcrException | RuntimeException e) {
                return failed(marked, e);
            }
        });
    }

    /** How many pages may be read at once, and so kept as images at once. */
    int window() {
        return ocr == null || unavailable ? 1 : Math.max(1, ocr.settings().engines());
    }

    private static Page failed(Page marked, Throwable e) {
        LOG.debug("OCR of page {} failed", marked.number(), e);
        return new Page(marked.number(), marked.blocks(),
                new TextLayer(marked.textLayer().quality(), marked.textLayer().reason() + "; OCR failed: " + e));
    }

    @Override
    public void close() {
        if (workers != null) {
            workers.shutdownNow();
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
