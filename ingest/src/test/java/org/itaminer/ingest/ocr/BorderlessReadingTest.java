package org.itaminer.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.itaminer.model.layout.Block;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.Row;
import org.itaminer.model.layout.Table;
import org.itaminer.model.layout.TableMethod;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tesseract on scanned pages without rulings that the test draws: a measure table, and a memo that is none. */
class BorderlessReadingTest {

    private static Page table;
    private static Page memo;

    @BeforeAll
    static void readOnce() throws Exception {
        Ocr ocr = Ocr.shared();
        Assumptions.assumeTrue(ocr.unavailable().isEmpty(),
                () -> "Tesseract is not installed here (" + ocr.unavailable().orElse("") + "): " + Ocr.INSTALL);
        table = read(ocr, BorderlessPages.measureTable());
        memo = read(ocr, BorderlessPages.memo());
    }

    private static Page read(Ocr ocr, List<BorderlessPages.Text> texts) throws OcrException {
        return ocr.read(1, new PageImage(BorderlessPages.draw(texts), ScanFixtures.DPI), ScanImageReader.IMAGE_PAGE);
    }

    private static List<Table> tables(Page page) {
        return page.blocks().stream().filter(b -> b instanceof Table).map(b -> (Table) b).toList();
    }

    @Test
    void aMeasureTableWithoutRulingsComesOutCellByCell() {
        List<Table> found = tables(table);
        assertEquals(1, found.size(), table.blocks().toString());
        Table t = found.get(0);
        assertEquals(TableMethod.STREAM, t.method());
        assertEquals(BorderlessPages.TABLE.size(), t.rows().size(), t.toString());
        StringBuilder expected = new StringBuilder();
        StringBuilder actual = new StringBuilder();
        for (int r = 0; r < t.rows().size(); r++) {
            Row row = t.rows().get(r);
            assertEquals(4, row.cells().size(), row.toString());
            expected.append(String.join("|", BorderlessPages.TABLE.get(r).stream().map(c -> String.join("", c)).toList()))
                    .append('\n');
            actual.append(String.join("|", row.cells().stream().map(c -> c.text().replace(" ", "")).toList()))
                    .append('\n');
        }
        // the engine's Thai on clean print is good, not perfect (an isolated digit in a wide column is the weakest)
        double cer = ScanFixtures.cer(expected.toString().replace(" ", ""), actual.toString());
        assertTrue(cer <= OcrReadingTest.CER, "CER " + cer + ":\n" + actual + "for\n" + expected);
        assertEquals("1", t.rows().get(1).cell(0).text(), "the number cell alone");
        assertTrue(t.rows().get(1).cell(1).text().replace(" ", "").contains("เว็บไซต์"),
                "the wrapped line is in the measure's cell: " + t.rows().get(1));
        Block first = table.blocks().get(0);
        assertTrue(first instanceof Paragraph && ((Paragraph) first).text().startsWith("มาตรการส่งเสริม"),
                "the title stays a paragraph above the table: " + table.blocks());
        assertTrue(table.blocks().stream().anyMatch(b -> b instanceof Paragraph p && p.text().contains("ไตรมาส")),
                "the line under the table stays a paragraph: " + table.blocks());
    }

    @Test
    void aMemoWithItsDateAndTwoSignaturesStaysParagraphs() {
        assertEquals(List.of(), tables(memo), memo.blocks().toString());
        String text = String.join("\n", memo.blocks().stream().map(b -> ((Paragraph) b).text()).toList());
        assertTrue(text.lines().anyMatch(l -> l.contains("0123/2567") && l.contains("มกราคม")),
                "the number and the date on one line: " + text);
        assertTrue(text.lines().anyMatch(l -> l.contains("(นายสมชาย") && l.contains("รักงาน)")),
                "the two names on one line: " + text);
    }
}
