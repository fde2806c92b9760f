package org.itaminer.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.itaminer.ingest.ocr.PageImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The resolution a page that is not one scanned image is rendered at for OCR. */
class PdfPageImageTest {

    @ParameterizedTest(name = "images over {0} of the page → rendered at {1} dpi")
    @CsvSource({
        // vector text, or a logo: the resolution measured best on rendered text pages (bench-ocr --render)
        "0.0,  200",
        "0.1,  200",
        // a scan cut into strips, or a scan a little smaller than its page
        "0.95, 300",
        "0.3,  300",
    })
    void pagesOfImagesAreRenderedAtScanResolution(double coverage, int expected) {
        assertEquals(expected, PdfPageImage.renderDpi(coverage));
    }

    @Test
    void aScanCutIntoStripsIsRenderedAtScanResolution() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            float w = PDRectangle.A4.getWidth();
            float h = PDRectangle.A4.getHeight();
            int strips = 12; // a scanner that writes a page as strips: more than one image, so none is the page
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (int s = 0; s < strips; s++) {
                    PDImageXObject strip = LosslessFactory.createFromImage(doc,
                            strip(Math.round(w / 72f * 300), Math.round(h / strips / 72f * 300)));
                    cs.drawImage(strip, 0, s * h / strips, w, h / strips);
                }
            }
            PageContent content = PageContentExtractor.extract(doc, 0);

            PageImage image = PdfPageImage.of(doc, 0, content.imageCoverage());

            assertEquals(PdfPageImage.IMAGE_RENDER_DPI, image.dpi());
        }
    }

    @Test
    void aPageOfVectorTextIsRenderedAtTextResolution() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                cs.newLineAtOffset(72, 720);
                cs.showText("No Gift Policy");
                cs.endText();
            }
            PageContent content = PageContentExtractor.extract(doc, 0);

            PageImage image = PdfPageImage.of(doc, 0, content.imageCoverage());

            assertEquals(PdfPageImage.RENDER_DPI, image.dpi());
        }
    }

    private static BufferedImage strip(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.drawString("ทดสอบ", 10, 20);
        g.dispose();
        return image;
    }
}
