package org.itaminer.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.itaminer.ingest.layout.Block;
import org.itaminer.ingest.layout.LayoutDocument;
import org.itaminer.ingest.layout.Page;
import org.itaminer.ingest.layout.Paragraph;
import org.itaminer.ingest.layout.Row;
import org.itaminer.ingest.layout.Table;
import org.itaminer.ingest.layout.TextSource;
import org.junit.jupiter.api.Test;

class MeasureTableReaderTest {

    private static final Row HEADER = Row.of("มาตรการ/แนวทาง", "วิธีการดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลา", "การติดตามผล");

    private static LayoutDocument doc(List<Block>... pages) {
        List<Page> ps = new java.util.ArrayList<>();
        for (List<Block> blocks : pages) {
            ps.add(new Page(ps.size() + 1, blocks));
        }
        return new LayoutDocument("text/plain", TextSource.TEXT, ps, List.of());
    }

    @Test
    void continuationRowsAcrossPagesMergeIntoOneMeasure() {
        LayoutDocument layout = doc(
                List.of(new Table(List.of(HEADER,
                        Row.of("1. เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง", "1. จัดทำแผน", "กองคลัง", "ตลอดปีงบประมาณ", "รายงานผลทุกไตรมาส")), "text-form")),
                List.of(new Table(List.of(HEADER,
                        Row.of("(ต่อ)", "2. เผยแพร่ผลรายเดือน", "กองคลัง", "", "รายงานผลทุกไตรมาส"),
                        Row.of("2. มาตรการไม่รับของขวัญ", "ประกาศนโยบาย", "สำนักปลัด", "ไตรมาสที่ 1", "")), "text-form")));
        List<MeasureRow> rows = MeasureTableReader.read(layout);
        assertEquals(2, rows.size());
        assertEquals("1. เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง", rows.get(0).text(ColumnRole.MEASURE));
        assertEquals("1. จัดทำแผน 2. เผยแพร่ผลรายเดือน", rows.get(0).text(ColumnRole.STEPS));
        assertEquals("กองคลัง", rows.get(0).text(ColumnRole.RESPONSIBLE), "a repeated cell is kept once");
        assertEquals("รายงานผลทุกไตรมาส", rows.get(0).text(ColumnRole.MONITORING));
        assertEquals(2, rows.get(1).page());
    }

    @Test
    void emptyFirstCellContinuesAndHeaderlessTableOnNextPageKeepsTheLayout() {
        LayoutDocument layout = doc(
                List.of(new Table(List.of(HEADER, Row.of("1. จัดทำคู่มือ", "1. แต่งตั้งคณะทำงาน", "สำนักปลัด", "ไตรมาสที่ 2", "")), "text-form")),
                List.of(new Table(List.of(Row.of("", "2. เผยแพร่คู่มือ", "", "", "")), "text-form")));
        List<MeasureRow> rows = MeasureTableReader.read(layout);
        assertEquals(1, rows.size());
        assertEquals("1. แต่งตั้งคณะทำงาน 2. เผยแพร่คู่มือ", rows.get(0).text(ColumnRole.STEPS));
    }

    @Test
    void columnsAreFoundByTheirWordsInAnyOrderAndUnknownColumnsKept() {
        Row header = Row.of("ข้อที่", "มาตรการ", "กลุ่มเป้าหมาย", "ผลการปฏิบัติ", "ระยะเวลา");
        LayoutDocument layout = doc(List.of(new Table(List.of(header,
                Row.of("1", "อบรมคุณธรรมจริยธรรม", "บุคลากรทุกคน", "อบรมแล้ว 45 คน", "มีนาคม 2568")), "stream")));
        MeasureRow row = MeasureTableReader.read(layout).get(0);
        assertEquals("1", row.text(ColumnRole.NUMBER));
        assertEquals("อบรมคุณธรรมจริยธรรม", row.text(ColumnRole.MEASURE));
        assertEquals("อบรมแล้ว 45 คน", row.text(ColumnRole.RESULT));
        assertEquals("บุคลากรทุกคน", row.text(2));
        assertEquals(ColumnRole.EXTRA, row.layout().roles().get(2));
    }

    @Test
    void tablesWithoutAMeasureHeaderGiveNoMeasures() {
        LayoutDocument layout = doc(List.of(
                new Paragraph(List.of("ผลการประเมิน")),
                new Table(List.of(Row.of("ตัวชี้วัดของการประเมิน ITA", "ประเด็นที่ต้องแก้ไข"),
                        Row.of("1. การปฏิบัติหน้าที่ 99.71 คะแนน", "-")), "text-form")));
        assertEquals(0, MeasureTableReader.read(layout).size());
    }

    @Test
    void headerEchoAtTheStartOfACellIsDropped() {
        assertEquals("1. แต่งตั้งคณะกรรมการ", MeasureTableReader.cellText(
                org.itaminer.ingest.layout.Cell.of("การติดตามผล การดำเนินการ 1. แต่งตั้งคณะกรรมการ"), "การติดตามผลการดำเนินการ"));
        assertEquals("การติดตามผล", MeasureTableReader.cellText(
                org.itaminer.ingest.layout.Cell.of("การติดตามผล"), "การติดตามผล"), "a cell that is only the echo stays");
    }
}
