package org.itaminer.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.itaminer.model.layout.Block;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.RecognizedWord;
import org.itaminer.model.layout.Table;
import org.itaminer.model.layout.TextLayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every word the engine read stays on the page with its confidence and the place it went: the line of a
 * paragraph, or the row and cell of a ruled table (rows counted as the table has them, an empty ruled row left
 * out), or the row and cell of a table printed without rulings. Hand-made recognised pages, no Tesseract.
 */
class OcrWordPlacesTest {

    private static final TextLayer NO_TEXT = new TextLayer(TextLayer.Quality.NO_TEXT, "no text layer");

    /** Columns at x 100 | 600 | 1000; rows at y 300 | 360 | 420 | 480 | 540, the second row left empty. */
    private static List<CellGrid> grid() {
        List<RuleLine> lines = new ArrayList<>();
        for (int y : new int[] {300, 360, 420, 480, 540}) {
            lines.add(new RuleLine(true, y, 100, 1000));
        }
        for (int x : new int[] {100, 600, 1000}) {
            lines.add(new RuleLine(false, x, 300, 540));
        }
        return CellGrid.find(lines, 6);
    }

    private static Symbol word(String text, int left, int top, int right, float confidence) {
        return new Symbol(text, new Box(left, top, right, top + 40), confidence, true);
    }

    /** A memo heading, a measure table, a closing line: as the engine groups them, in its reading order. */
    private static Page page() {
        List<List<List<Symbol>>> paragraphs = List.of(
                List.of(List.of(word("บันทึกข้อความ", 300, 120, 600, 93.0f)),
                        List.of(word("เรื่อง", 120, 180, 220, 90.0f), word("รายงานผล", 240, 180, 420, 71.25f))),
                List.of(List.of(word("มาตรการ", 120, 310, 300, 88.0f), word("ผู้รับผิดชอบ", 620, 310, 860, 84.0f)),
                        List.of(word("จัดทำคู่มือ", 120, 430, 330, 79.0f), word("กองคลัง", 620, 430, 760, 41.0f)),
                        List.of(word("ประกาศเจตนารมณ์", 120, 490, 460, 66.0f), word("สำนักปลัด", 620, 490, 800, 58.5f))),
                List.of(List.of(word("ลงชื่อ", 120, 700, 230, 35.0f))));
        RecognizedPage read = new RecognizedPage(1240, 1754, paragraphs, "stand-in");
        return OcrPageBuilder.build(3, read, grid(), NO_TEXT);
    }

    @ParameterizedTest(name = "{0} ({1}) at block {2} row {3} column {4}")
    @CsvSource(delimiter = '|', textBlock = """
            บันทึกข้อความ     | 93.0 | 0 | 0 | 0
            เรื่อง            | 90.0 | 0 | 1 | 0
            รายงานผล        | 71.3 | 0 | 1 | 0
            มาตรการ         | 88.0 | 1 | 0 | 0
            ผู้รับผิดชอบ         | 84.0 | 1 | 0 | 1
            จัดทำคู่มือ          | 79.0 | 1 | 1 | 0
            กองคลัง          | 41.0 | 1 | 1 | 1
            ประกาศเจตนารมณ์ | 66.0 | 1 | 2 | 0
            สำนักปลัด          | 58.5 | 1 | 2 | 1
            ลงชื่อ             | 35.0 | 2 | 0 | 0
            """)
    void eachWordKeepsItsConfidenceAndItsPlace(String text, double confidence, int block, int row, int column) {
        List<RecognizedWord> found = page().words().stream().filter(w -> w.text().equals(text)).toList();
        assertEquals(1, found.size(), text + " in " + page().words());
        RecognizedWord w = found.get(0);
        assertEquals(confidence, w.confidence(), 1e-9);
        assertEquals(List.of(block, row, column), List.of(w.block(), w.row(), w.column()), w.toString());
    }

    @Test
    void everyWordIsInTheTextOfItsPlaceAndInBlockOrder() {
        Page page = page();
        assertEquals(10, page.words().size(), page.words().toString());
        assertEquals(List.of(Paragraph.class, Table.class, Paragraph.class),
                page.blocks().stream().map(Object::getClass).toList());
        int previous = 0;
        for (RecognizedWord w : page.words()) {
            Block block = page.blocks().get(w.block());
            String text = block instanceof Paragraph p ? p.lines().get(w.row())
                    : ((Table) block).rows().get(w.row()).cell(w.column()).text();
            assertTrue(text.contains(w.text()), w + " not in " + text);
            assertTrue(w.block() >= previous, "block order: " + page.words());
            previous = w.block();
        }
        assertEquals(new RecognizedWord.Box(620, 430, 760, 470),
                page.words().stream().filter(w -> w.text().equals("กองคลัง")).findFirst().orElseThrow().box());
    }

    @Test
    void aCellsConfidenceIsWhatItsWordsSay() {
        Page page = page();
        assertEquals(41.0, page.confidenceAt(1, 1, 1).orElseThrow(), 1e-9);
        assertTrue(page.confidenceAt(1, 3, 0).isEmpty(), "the table has three rows");
    }
    /**
     * A measure table printed without rulings under a heading, each column read as a block of its own: a measure
     * wrapped onto a second line, a row with no unit named.
     */
    private static Page borderless() {
        return BorderlessTablesTest.build(List.of(
                "200:มาตรการส่งเสริมคุณธรรมและความโปร่งใส",
                "",
                "200:ลำดับ | 480:มาตรการ | 1350:ผู้รับผิดชอบ | 1900:ระยะเวลา",
                "200:1 | 480:เผยแพร่ข้อมูลข่าวสาร | 1350:สำนักปลัด | 1900:ตุลาคม",
                "480:ทางเว็บไซต์ของหน่วยงาน",
                "200:2 | 480:จัดทำคู่มือการปฏิบัติงาน | 1900:ธันวาคม",
                "200:3 | 480:ประชุมชี้แจงเจ้าหน้าที่ | 1350:กองช่าง | 1900:มีนาคม"));
    }

    @ParameterizedTest(name = "{0} at block {1} row {2} column {3}")
    @CsvSource(delimiter = '|', textBlock = """
            มาตรการส่งเสริมคุณธรรมและความโปร่งใส | 0 | 0 | 0
            ลำดับ                  | 1 | 0 | 0
            มาตรการ               | 1 | 0 | 1
            ผู้รับผิดชอบ               | 1 | 0 | 2
            ระยะเวลา              | 1 | 0 | 3
            1                     | 1 | 1 | 0
            เผยแพร่ข้อมูลข่าวสาร      | 1 | 1 | 1
            ทางเว็บไซต์ของหน่วยงาน    | 1 | 1 | 1
            สำนักปลัด                | 1 | 1 | 2
            ตุลาคม                 | 1 | 1 | 3
            2                     | 1 | 2 | 0
            จัดทำคู่มือการปฏิบัติงาน    | 1 | 2 | 1
            ธันวาคม                | 1 | 2 | 3
            3                     | 1 | 3 | 0
            ประชุมชี้แจงเจ้าหน้าที่     | 1 | 3 | 1
            กองช่าง                | 1 | 3 | 2
            มีนาคม                 | 1 | 3 | 3
            """)
    void eachWordOfABorderlessTableKeepsItsPlace(String text, int block, int row, int column) {
        Page page = borderless();
        List<RecognizedWord> found = page.words().stream().filter(w -> w.text().equals(text)).toList();
        assertEquals(1, found.size(), text + " in " + page.words());
        RecognizedWord w = found.get(0);
        assertEquals(List.of(block, row, column), List.of(w.block(), w.row(), w.column()), w.toString());
        assertEquals(90.0, w.confidence(), 1e-9);
    }

    @Test
    void aBorderlessTablesEmptyCellHasNoWordsAndItsWrappedCellBoth() {
        Page page = borderless();
        assertEquals(17, page.words().size(), page.words().toString());
        assertEquals("", ((Table) page.blocks().get(1)).rows().get(2).cell(2).text());
        assertTrue(page.confidenceAt(1, 2, 2).isEmpty(), page.words().toString());
        assertEquals(2, page.words().stream().filter(w -> w.at(1, 1, 1)).count(), page.words().toString());
    }
}
