package org.itaminer.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Table;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ruled measure table of {@link ScanFixtures} scanned badly: askew and speckled, or turned a quarter either way
 * (a landscape table on a portrait page), or fed upside down. Tesseract reads it, and the table still comes out cell by cell, the
 * page saying how it was turned and levelled.
 */
class StraightenedScanTest {

    @BeforeAll
    static void tesseract() {
        Ocr ocr = Ocr.shared();
        Assumptions.assumeTrue(ocr.unavailable().isEmpty(),
                () -> "Tesseract is not installed here (" + ocr.unavailable().orElse("") + "): " + Ocr.INSTALL);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            askew +2.5° with salt and pepper,  2.5,  0,   0
            askew -1.5° with salt and pepper,  -1.5, 0,   0
            turned 90° clockwise,              0,    90,  270
            turned 270° clockwise,             0,    270, 90
            upside down,                       0,    180, 180
            """)
    void theMeasureTableComesOutCellByCell(String scan, double askew, int turned, int turnedBack) throws Exception {
        BufferedImage image = ScanFixtures.page(true);
        if (askew != 0) {
            image = ScanFixtures.noisy(ScanFixtures.skewed(image, askew), 0.004, 11);
        }
        if (turned != 0) {
            image = ScanFixtures.turned(image, turned);
        }
        Page page = Ocr.shared().read(1, new PageImage(image, ScanFixtures.DPI), ScanImageReader.IMAGE_PAGE);

        List<Table> tables = page.blocks().stream().filter(b -> b instanceof Table).map(b -> (Table) b).toList();
        assertEquals(1, tables.size(), page.blocks().toString());
        Table table = tables.get(0);
        assertEquals(ScanFixtures.TABLE.size(), table.rows().size(), table.toString());
        StringBuilder expected = new StringBuilder();
        StringBuilder actual = new StringBuilder();
        for (int r = 0; r < table.rows().size(); r++) {
            assertEquals(3, table.rows().get(r).cells().size(), table.rows().get(r).toString());
            if (r > 0) {
                assertEquals(String.valueOf(r), table.rows().get(r).cell(0).text(), "the number cell: " + table);
            }
            expected.append(String.join("|", ScanFixtures.TABLE.get(r))).append('\n');
            actual.append(String.join("|", table.rows().get(r).cells().stream().map(c -> c.text()).toList())).append('\n');
        }
        double cer = ScanFixtures.cer(expected.toString(), actual.toString());
        assertTrue(cer <= OcrReadingTest.CER, "CER " + cer + ":\n" + actual + "for\n" + expected);
        assertEquals("สำนักปลัด", table.rows().get(1).cell(2).text(), table.toString());

        assertEquals(turnedBack, page.recognition().rotation(), page.recognition().toString());
        assertEquals(-askew, page.recognition().skew(), DeskewTest.TOLERANCE, page.recognition().toString());
        assertTrue(page.words().stream().anyMatch(w -> w.text().equals("สำนักปลัด") && w.row() == 1 && w.column() == 2),
                "a straightened page keeps its words with their places: " + page.words());
    }
}
