package org.itaminer.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.itaminer.ingest.ocr.Box;
import org.itaminer.ingest.ocr.Ocr;
import org.itaminer.ingest.ocr.OcrEngine;
import org.itaminer.ingest.ocr.OcrSettings;
import org.itaminer.ingest.ocr.PageImage;
import org.itaminer.ingest.ocr.RecognizedPage;
import org.itaminer.ingest.ocr.Symbol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages of one scan are read by OCR side by side and still handed on in order: a stand-in engine that takes
 * longer on the first pages than on the later ones, two engines.
 */
class ScannedPagesInOrderTest {

    private static final int PAGES = 6;

    /** Reads one word a page, slower for the first pages it is given than for the later ones. */
    private static final class SlowEngine implements OcrEngine {
        static final AtomicInteger CALLS = new AtomicInteger();
        static final AtomicInteger BUSY = new AtomicInteger();
        static final AtomicInteger MOST_AT_ONCE = new AtomicInteger();

        @Override
        public RecognizedPage recognize(PageImage page) {
            int busy = BUSY.incrementAndGet();
            MOST_AT_ONCE.accumulateAndGet(busy, Math::max);
            try {
                int call = CALLS.getAndIncrement();
                Thread.sleep(Math.max(10, 60L * (PAGES - call)));
                List<Symbol> line = List.of(new Symbol("หน้า", new Box(100, 100, 300, 140), 90f, false));
                return new RecognizedPage(page.image().getWidth(), page.image().getHeight(), List.of(List.of(line)),
                        "stand-in");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                BUSY.decrementAndGet();
            }
        }

        @Override
        public void close() {
        }
    }

    @Test
    void pagesReadSideBySideComeOutInOrder(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (int n = 1; n <= PAGES; n++) {
                BufferedImage image = new BufferedImage(827, 1169, BufferedImage.TYPE_BYTE_GRAY); // A4 at 100 dpi
                Graphics2D g = image.createGraphics();
                g.setColor(new Color(n * 10, n * 10, n * 10));
                g.fillRect(0, 0, 827, 1169);
                g.dispose();
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(LosslessFactory.createFromImage(doc, image), 0, 0, PDRectangle.A4.getWidth(),
                            PDRectangle.A4.getHeight());
                }
            }
            doc.save(pdf.toFile());
        }
        Path tessdata = java.nio.file.Files.createDirectories(dir.resolve("tessdata")); // the stand-in reads none
        java.nio.file.Files.writeString(tessdata.resolve("tha.traineddata"), "stand-in");
        java.nio.file.Files.writeString(tessdata.resolve("eng.traineddata"), "stand-in");
        OcrSettings settings = new OcrSettings("tha+eng", Optional.of(tessdata), 3, 2);
        Ocr ocr = new Ocr(settings, SlowEngine::new, false);
        List<Integer> order = new ArrayList<>();
        new PdfReader(false, StreamLimits.DEFAULT, () -> ocr).stream(pdf, page -> order.add(page.number()));
        assertEquals(List.of(1, 2, 3, 4, 5, 6), order);
        assertEquals(2, SlowEngine.MOST_AT_ONCE.get(), "two pages were read at once");
        assertEquals(PAGES, SlowEngine.CALLS.get());
    }
}
