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
        List<PageImage> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (int i = 0; i < Math.min(max, document.getNumberOfPages()); i++) {
                pages.add(PdfPageImage.of(document, i, 1.0));
            }
        }
        return pages;
    }
}
