package org.itaminer.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Row;
import org.itaminer.model.layout.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The classified view of a document's tables: each printed table classified once, its segments and their kinds
 * the same as {@link TableClassifier} gives them, shared by every reader that asks about the same table.
 */
class ClassifiedTablesTest {

    /** An indicator table, a measure table and signatures printed one under another: one table in the text form. */
    private static final String THREE_IN_ONE = String.join("\n",
            "ที่\tตัวชี้วัด\tคะแนน\t",
            "1\tการปฏิบัติหน้าที่\t92.10\t",
            "2\tการใช้งบประมาณ\t88.40\t",
            "3\tการใช้อำนาจ\t90.00\t",
            "มาตรการ\tวิธีการดำเนินการ\tผู้รับผิดชอบ\tระยะเวลา",
            "1. ประกาศเจตจำนงสุจริต\tประกาศบนเว็บไซต์\tสำนักปลัด\tตุลาคม 2567",
            "2. อบรมจริยธรรม\t1. จัดอบรม 2. สรุปผล\tกองการศึกษา\tไตรมาสที่ 2",
            "ลงชื่อ ........................ ผู้รายงาน\t\tลงชื่อ ........................ ผู้อนุมัติ\t",
            "(นางสาวพรทิพย์ ศรีสุข)\t\t(นายวีระ ทองดี)\t");

    private static Table firstTable(LayoutDocument layout) {
        return (Table) layout.pages().get(0).blocks().stream().filter(b -> b instanceof Table).findFirst().orElseThrow();
    }

    @Test
    void aPrintedTableIsCutIntoSegmentsOfOneKindEach() {
        LayoutDocument layout = TextFormDocument.layout(THREE_IN_ONE);
        Table table = firstTable(layout);
        ClassifiedTables.Classified classified = ClassifiedTables.of(layout).get(table);
        assertEquals(List.of(TableKind.INDICATOR_SCORES, TableKind.MEASURES, TableKind.SIGNATURES),
                classified.segments().stream().map(ClassifiedTables.Segment::kind).toList());
        List<Row> grid = table.rows().stream().map(GridRow::of).toList();
        assertEquals(TableClassifier.segments(grid), classified.segments().stream().map(ClassifiedTables.Segment::rows).toList());
        assertEquals(TableClassifier.classify(table), classified.kind());
    }

    @Test
    void aTableIsClassifiedOnceForEveryReaderThatAsks() {
        LayoutDocument layout = TextFormDocument.layout(THREE_IN_ONE);
        ClassifiedTables tables = ClassifiedTables.of(layout);
        Table table = firstTable(layout);
        // a reader that leaves other tables out builds a new layout around the same printed table
        LayoutDocument filtered = new LayoutDocument(layout.mediaType(), layout.textSource(),
                List.of(new Page(1, List.of(table), layout.pages().get(0).textLayer())), layout.warnings());
        assertSame(tables.get(table), tables.get(firstTable(filtered)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "มาตรการ\tวิธีการดำเนินการ\tผู้รับผิดชอบ\tระยะเวลา\n1. ประกาศเจตจำนงสุจริต\tประกาศบนเว็บไซต์\tสำนักปลัด\tตุลาคม 2567",
        "ที่\tเรื่อง\tผู้ปฏิบัติงาน\tช่วงที่ทำ\n1\tติดประกาศนโยบายไม่รับของขวัญที่สำนักงาน\tสำนักปลัด\tต.ค. 67\n2\tจัดทำคู่มือป้องกันผลประโยชน์ทับซ้อน\tกองคลัง\tไตรมาสที่ 3",
        "โครงการ\tงบประมาณ\nโครงการอบรมคุณธรรม\t20,000 บาท\nโครงการเผยแพร่ข้อมูล\t5,000 บาท\nรวมทั้งสิ้น\t25,000 บาท",
        "กิจกรรม\tต.ค.\tพ.ย.\tธ.ค.\tม.ค.\tผู้รับผิดชอบ\nประชุมคณะทำงาน\t✓\t\t\t\tสำนักปลัด",
        "เรื่อง\tหน้า\nส่วนที่ 1 บทนำ\t1\nส่วนที่ 2 มาตรการส่งเสริมคุณธรรม\t4",
        "(ต่อ)\t3. รายงานผลต่อนายก\tสำนักปลัด\tไตรมาสที่ 4"})
    void theViewGivesTheKindsTheClassifierGives(String rows) {
        LayoutDocument layout = TextFormDocument.layout(rows);
        Table table = firstTable(layout);
        ClassifiedTables.Classified classified = ClassifiedTables.of(layout).get(table);
        assertEquals(TableClassifier.classify(table), classified.kind());
        List<List<Row>> segments = TableClassifier.segments(table.rows().stream().map(GridRow::of).toList());
        assertEquals(segments.stream().map(TableClassifier::classify).toList(),
                classified.segments().stream().map(ClassifiedTables.Segment::kind).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "มาตรการ\tวิธีการดำเนินการ\tผู้รับผิดชอบ\tระยะเวลา\n1. ประกาศเจตจำนงสุจริต\tประกาศบนเว็บไซต์\tสำนักปลัด\tตุลาคม 2567\n2. อบรมจริยธรรม\t1. จัดอบรม 2. สรุปผล\tกองการศึกษา\tไตรมาสที่ 2",
        "ที่\tเรื่อง\tผู้ปฏิบัติงาน\tช่วงที่ทำ\n1\tติดประกาศนโยบายไม่รับของขวัญที่สำนักงาน\tสำนักปลัด\tต.ค. 67\n2\tจัดทำคู่มือป้องกันผลประโยชน์ทับซ้อน\tกองคลัง\tไตรมาสที่ 3",
        "แผนงาน/โครงการ\tกิจกรรม\tหน่วยงาน\nโครงการคุณธรรม\tอบรม\tกองช่าง\nกิจกรรม\tหน่วยงาน\tระยะเวลา"})
    void eachRowIsReadAsAHeaderAsColumnLayoutReadsIt(String rows) {
        List<Row> grid = firstTable(TextFormDocument.layout(rows)).rows().stream().map(GridRow::of).toList();
        HeaderReadings readings = new HeaderReadings(grid);
        for (int r = 0; r < grid.size(); r++) {
            assertEquals(ColumnLayout.ofHeader(grid.get(r)), readings.byWords(r), "words, row " + r);
            assertEquals(ColumnLayout.ofHeader(grid.get(r), grid.subList(r + 1, Math.min(grid.size(), r + 26))),
                    readings.withBelow(r), "with the rows below, row " + r);
        }
        HeaderReadings part = readings.part(1, grid.size());
        assertEquals(ColumnLayout.ofHeader(grid.get(1), grid.subList(2, grid.size())), part.withBelow(0), "a part's first row");
    }
}
