package org.itaminer.ingest.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.itaminer.ingest.ocr.PageImage;

/**
 * The page images OCR reads from a PDF, as the reader takes them (a page that is one scanned image: that image at
 * its own resolution; any other page rendered), for tools that measure OCR on the same images as the pipeline.
 */
public final class PdfPageImages {

    private PdfPageImages() {
    }

    /** The first {@code max} pages of the PDF as page images. */
    public static List<PageImage> of(Path pdf, int max) throws IOException {
        return pages(pdf, max, (document, i) -> {
            PageContent content = PageContentExtractor.extract(document, i, Integer.MAX_VALUE);
            return PdfPageImage.of(document, i, content.imageCoverage());
        });
    }

    /**
     * The first {@code max} pages of the PDF rendered at {@code dpi}, as the reader renders a page that is not one
     * scanned image: to measure which resolution reads best.
     */
    public static List<PageImage> rendered(Path pdf, int max, int dpi) throws IOException {
        return pages(pdf, max, (document, i) -> PdfPageImage.rendered(document, i, dpi));
    }

    /** The resolution the reader renders pages at. */
    public static int renderDpi() {
        return PdfPageImage.RENDER_DPI;
    }

    private interface PageTaker {
        PageImage take(PDDocument document, int index) throws IOException;
    }

    private static List<PageImage> pages(Path pdf, int max, PageTaker taker) throws IOException {
        List<PageImage> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (int i = 0; i < Math.min(max, document.getNumberOfPages()); i++) {
                pages.add(taker.take(document, i));
            }
        }
        return pages;
    }
}
