package org.itaminer.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.itaminer.model.layout.Block;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.Table;
import org.itaminer.model.layout.TableMethod;
import org.itaminer.model.layout.TextLayer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tesseract on pages the test draws: Thai lines come out as printed, a ruled table as its cells. */
class OcrReadingTest {

    /**
     * Tolerated character error rate per line or table row. Tesseract's Thai is good on clean print, not
     * perfect: on this page it loses the upper marks of the third line (์ ิ ่ ั, which its layout analysis
     * takes for a line of their own, as the bare {@code tesseract} command does too) and reads ลำดับ as ลาดบ.
     */
    static final double CER = 0.15;

    private static Page page;

    @BeforeAll
    static void readOnce() throws Exception {
        Ocr ocr = Ocr.shared();
        Assumptions.assumeTrue(ocr.unavailable().isEmpty(),
                () -> "Tesseract is not installed here (" + ocr.unavailable().orElse("") + "): " + Ocr.INSTALL);
        page = ocr.read(1, new PageImage(ScanFixtures.page(true), ScanFixtures.DPI), ScanImageReader.IMAGE_PAGE);
    }

    private static List<String> lines() {
        return page.blocks().stream().filter(b -> b instanceof Paragraph).flatMap(b -> ((Paragraph) b).lines().stream())
                .toList();
    }

    /** The output line closest to {@code expected}, and its CER. */
    private static String closest(String expected) {
        return lines().stream().min(java.util.Comparator.comparingDouble(l -> ScanFixtures.cer(expected, l))).orElse("");
    }

    @Test
    void thaiLinesComeOutAsPrintedWithoutSpacesBetweenLetters() {
        int previous = -1;
        for (String expected : ScanFixtures.LINES) {
            String line = closest(expected);
            double cer = ScanFixtures.cer(expected, line);
            assertTrue(cer <= CER, "CER " + cer + ": " + line + " for " + expected + " in " + lines());
            assertTrue(lines().indexOf(line) > previous, "in reading order: " + lines());
            previous = lines().indexOf(line);
        }
        assertEquals(ScanFixtures.LINES.get(0), closest(ScanFixtures.LINES.get(0)), "one Thai phrase, no space inside");
    }

    @Test
    void aPrintedSpaceIsKeptAndSaraAmIsOneCharacter() {
        assertEquals("ประจำปีงบประมาณ พ.ศ. 2567", closest(ScanFixtures.LINES.get(1)), "ำ composed, spaces as printed");
        assertTrue(closest(ScanFixtures.LINES.get(2)).endsWith("ตำบลหนองบว ITA"), closest(ScanFixtures.LINES.get(2)));
    }

    @Test
    void theRuledTableComesOutCellByCell() {
        List<Table> tables = page.blocks().stream().filter(b -> b instanceof Table).map(b -> (Table) b).toList();
        assertEquals(1, tables.size(), page.blocks().toString());
        Table table = tables.get(0);
        assertEquals(TableMethod.OCR, table.method());
        assertEquals(ScanFixtures.TABLE.size(), table.rows().size(), table.toString());
        StringBuilder expected = new StringBuilder();
        StringBuilder actual = new StringBuilder();
        for (int r = 0; r < table.rows().size(); r++) {
            assertEquals(3, table.rows().get(r).cells().size(), table.rows().get(r).toString());
            expected.append(String.join("|", ScanFixtures.TABLE.get(r))).append('\n');
            actual.append(String.join("|", table.rows().get(r).cells().stream().map(c -> c.text()).toList())).append('\n');
            if (r > 0) {
                assertEquals(String.valueOf(r), table.rows().get(r).cell(0).text(), "the number cell alone");
            }
        }
        assertFalse(actual.toString().replace("|", "").isEmpty());
        for (var row : table.rows()) {
            for (var cell : row.cells()) {
                assertFalse(cell.text().matches(".*[|\\[\\]].*"), "a cell border read as a glyph: " + cell.text());
            }
        }
        double cer = ScanFixtures.cer(expected.toString(), actual.toString());
        assertTrue(cer <= CER, "CER " + cer + ":\n" + actual + "for\n" + expected);
        Block last = page.blocks().get(page.blocks().size() - 1);
        assertEquals(table, last, "the table is below the lines");
    }

    @Test
    void thePageSaysItWasRecognisedAndHowSurely() {
        assertTrue(page.recognition().recognised());
        assertTrue(page.recognition().engine().startsWith("tesseract "), page.recognition().engine());
        assertTrue(page.recognition().words() >= 10, page.recognition().toString());
        assertTrue(page.recognition().meanConfidence() > 70, page.recognition().toString());
        assertEquals(TextLayer.Quality.NO_TEXT, page.textLayer().quality());
    }
}
