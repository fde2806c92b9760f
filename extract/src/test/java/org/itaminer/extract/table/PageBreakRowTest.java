package org.itaminer.extract.table;

import org.itaminer.extract.measure.ColumnRole;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.itaminer.model.layout.Block;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.Row;
import org.itaminer.model.layout.Table;
import org.itaminer.model.layout.TableMethod;
import org.itaminer.model.layout.TextSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rows cut by a page break: when the first row of the next page's table joins the measure above. */
class PageBreakRowTest {

    private static final Row HEADER = Row.of("มาตรการ/แนวทาง", "ขั้นตอนหรือวิธีการปฏิบัติ", "ผู้รับผิดชอบ", "ระยะเวลา");
    private static final Row NUMBERED_HEADER = Row.of("ข้อที่", "มาตรการ", "ผลการปฏิบัติ", "ระยะเวลา");

    private static LayoutDocument doc(List<Block> first, List<Block> second) {
        List<Page> pages = new ArrayList<>();
        pages.add(new Page(1, first));
        pages.add(new Page(2, second));
        return new LayoutDocument("application/pdf", TextSource.PDF_TEXT, pages, List.of());
    }

    /**
     * Page 1 ends with measure 6, its มาตรการ cell running on; page 2 starts with a header-less table whose
     * first row holds the rest of that cell (or a new measure, when the edges say the table was closed).
     */
    @ParameterizedTest(name = "open bottom {0}, open top {1}, between \"{2}\" -> {3} measures")
    @CsvSource(delimiter = '|', textBlock = """
            # the reader saw the cut on both sides: the text is the rest of measure 6
            true  | true  | ''                                  | 1 | 6. กระบวนการควบคุม ตรวจสอบการใช้อำนาจ เจ้าหน้าที่ของรัฐในหลักสูตร
            # a page number between the parts is page furniture
            true  | true  | - 9 -                               | 1 | 6. กระบวนการควบคุม ตรวจสอบการใช้อำนาจ เจ้าหน้าที่ของรัฐในหลักสูตร
            # the new page's table has its own top line: a new (unnumbered) measure
            true  | false | ''                                  | 2 | 6. กระบวนการควบคุม ตรวจสอบการใช้อำนาจ
            # the old page's table was closed
            false | true  | ''                                  | 2 | 6. กระบวนการควบคุม ตรวจสอบการใช้อำนาจ
            # a whole paragraph between them: another table
            true  | true  | ภาคผนวก ก รายละเอียดการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสของเทศบาลตำบลตามที่ได้รายงานไว้ข้างต้น | 2 | 6. กระบวนการควบคุม ตรวจสอบการใช้อำนาจ
            """)
    void cutEdgesJoinTheFirstRow(boolean openBottom, boolean openTop, String between, int measures, String title) {
        List<Block> second = new ArrayList<>();
        if (!between.isEmpty()) {
            second.add(Paragraph.of(between));
        }
        second.add(new Table(List.of(Row.of("เจ้าหน้าที่ของรัฐในหลักสูตร", "", "", "")), TableMethod.LATTICE, openTop, false));
        LayoutDocument layout = doc(
                List.of(new Table(List.of(HEADER,
                        Row.of("6. กระบวนการควบคุม ตรวจสอบการใช้อำนาจ", "จัดทำแนวปฏิบัติ Dos & Don't", "สำนักปลัด",
                                "ธันวาคม 2567 - กันยายน 2568")), TableMethod.LATTICE, false, openBottom)),
                second);
        List<MeasureRow> rows = MeasureTableReader.rows(layout);
        assertEquals(measures, rows.size());
        assertEquals(title, rows.get(0).text(ColumnRole.MEASURE).orElseThrow());
    }

    /** A table that numbers its measures: a row at the top of a page without a number goes on from above. */
    @ParameterizedTest(name = "number cell \"{0}\" -> {1} measures")
    @CsvSource(delimiter = '|', textBlock = """
            ''  | 1
            2   | 2
            """)
    void emptyNumberCellAtThePageTopContinues(String number, int measures) {
        LayoutDocument layout = doc(
                List.of(new Table(List.of(NUMBERED_HEADER,
                        Row.of("1", "ประกาศเจตนารมณ์ไม่รับสินบน", "ประกาศแล้ว", "ตุลาคม 2566")), TableMethod.LATTICE)),
                List.of(new Table(List.of(NUMBERED_HEADER,
                        Row.of(number, "ผ่านเว็บไซต์ของหน่วยงาน", "เผยแพร่แล้ว", "")), TableMethod.LATTICE)));
        assertEquals(measures, MeasureTableReader.rows(layout).size());
    }
}
