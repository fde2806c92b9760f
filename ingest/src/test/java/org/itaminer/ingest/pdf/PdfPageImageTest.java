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
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.itaminer.ingest.ocr.PageImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The resolution a page that is not one scanned image is rendered at for OCR. */
class PdfPageImageTest {

    @ParameterizedTest(name = "images over {0} of the page at {1} dpi → rendered at {2}")
    @CsvSource({
        // vector text, or a logo: the resolution measured best on rendered text pages (bench-ocr --render)
        "0.0,  0,   200",
        "0.1,  600, 200",
        // a scan cut into tiles: at the tiles' own resolution, no lower than 200, no higher than 400
        "0.95, 300, 300",
        "0.95, 150, 200",
        "0.95, 600, 400",
        "0.5,  240, 240",
    })
    void renderedAtTheImagesResolutionWhereImagesMakeThePage(double coverage, int imageDpi, int expected) {
        assertEquals(expected, PdfPageImage.renderDpi(coverage, imageDpi));
    }

    @Test
    void aScanCutIntoTilesIsRenderedAtTheTilesResolution() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            float w = PDRectangle.A4.getWidth();
            float h = PDRectangle.A4.getHeight();
            // 4 × 6 tiles, each an image of 300 dpi as drawn: a page of a scanner that writes strips or tiles
            int cols = 4;
            int rows = 6;
            float tileW = w / cols;
            float tileH = h / rows;
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (int r = 0; r < rows; r++) {
                    for (int c = 0; c < cols; c++) {
                        PDImageXObject tile = LosslessFactory.createFromImage(doc,
                                tile(Math.round(tileW / 72f * 300), Math.round(tileH / 72f * 300)));
                        cs.drawImage(tile, c * tileW, r * tileH, tileW, tileH);
                    }
                }
            }
            PageContent content = PageContentExtractor.extract(doc, 0);
            assertEquals(300, content.imageDpi(), 2);

            PageImage image = PdfPageImage.of(doc, 0, content.imageCoverage(), content.imageDpi());

            assertEquals(content.imageDpi(), image.dpi());
            assertEquals(Math.round(w / 72f * image.dpi()), image.image().getWidth(), 2);
        }
    }

    private static BufferedImage tile(int width, int height) {
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
