package org.itaminer.extract.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itaminer.extract.Extraction;
import org.itaminer.extract.MeasureReaders;
import org.itaminer.model.layout.Block;
import org.itaminer.model.layout.Cell;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.Row;
import org.itaminer.model.layout.Table;
import org.itaminer.model.layout.TableMethod;
import org.itaminer.model.layout.TextSource;
import org.itaminer.model.report.Measure;
import org.itaminer.model.report.Report;
import org.itaminer.model.report.Source;
import org.junit.jupiter.api.Test;

/** Schedules as office files and PDFs give them: merged cells keep their span. */
class ScheduleMeasureReaderTest {

    private static final Source SOURCE = new Source("file:/plan.docx", "plan.docx", "0".repeat(64),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 1, "text");
    private static final Paragraph TITLE = Paragraph.of("แผนปฏิบัติการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568");

    private static Report extract(List<Block>... pages) {
        List<Page> ps = new java.util.ArrayList<>();
        for (List<Block> blocks : pages) {
            ps.add(new Page(ps.size() + 1, blocks));
        }
        return Extraction.extract(new LayoutDocument(SOURCE.mediaType(), TextSource.TEXT, ps, List.of()), SOURCE);
    }

    private static org.itaminer.extract.measure.DocumentContext context(List<Block> blocks) {
        LayoutDocument layout = new LayoutDocument(SOURCE.mediaType(), TextSource.TEXT, List.of(new Page(1, blocks)), List.of());
        var text = org.itaminer.extract.meta.DocumentText.of(layout);
        return new org.itaminer.extract.measure.DocumentContext(layout, text,
                org.itaminer.extract.meta.TitleFinder.find(text, Optional.empty()),
                org.itaminer.extract.table.ClassifiedTables.of(layout));
    }

    private static Cell merged(String text, int span) {
        return new Cell(List.of(text), span);
    }

    @Test
    void anArrowMergedOverSeveralMonthsTicksEachOfThem() {
        Table schedule = new Table(List.of(
                new Row(List.of(Cell.of("มาตรการ"), merged("ปีงบประมาณ พ.ศ. 2568", 6), Cell.of("งบประมาณ"))),
                new Row(List.of(Cell.EMPTY, Cell.of("ต.ค."), Cell.of("พ.ย."), Cell.of("ธ.ค."), Cell.of("ม.ค."),
                        Cell.of("ก.พ."), Cell.of("มี.ค."), Cell.EMPTY)),
                new Row(List.of(Cell.of("1. จัดทำประกาศเจตจำนงสุจริตของผู้บริหาร"), Cell.EMPTY, merged("◄────►", 3),
                        Cell.EMPTY, Cell.EMPTY, Cell.of("5,000")))), TableMethod.HTML);
        Measure m = extract(List.of(TITLE, schedule)).measures().get(0);
        assertEquals("จัดทำประกาศเจตจำนงสุจริตของผู้บริหาร", m.title());
        assertEquals("2024-11-01", m.period().start().toString());
        assertEquals("2025-01-31", m.period().end().toString());
        assertEquals(Optional.empty(), m.period().optionalText(), "ticks are not a period text");
        assertEquals(Map.of("budget", "5,000"), m.extra());
    }

    @Test
    void aMeasureTableBesideAScheduleKeepsItsMeasuresInPageOrder() {
        Table measures = new Table(List.of(
                Row.of("มาตรการ", "วิธีการดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลา"),
                Row.of("1. เผยแพร่ข้อมูลสาธารณะ", "1. จัดทำข้อมูล 2. เผยแพร่บนเว็บไซต์", "สำนักปลัด", "ตลอดปีงบประมาณ")),
                TableMethod.HTML);
        Table schedule = new Table(List.of(
                Row.of("กิจกรรม", "ไตรมาส 1", "ไตรมาส 2", "ไตรมาส 3", "ไตรมาส 4"),
                Row.of("2. อบรมคุณธรรมจริยธรรม", "", "✓", "", "")), TableMethod.HTML);
        List<Measure> found = extract(List.of(TITLE, measures), List.of(schedule)).measures();
        assertEquals(List.of("เผยแพร่ข้อมูลสาธารณะ", "อบรมคุณธรรมจริยธรรม"), found.stream().map(Measure::title).toList());
        assertEquals("ตลอดปีงบประมาณ", found.get(0).period().text());
        assertEquals("2024-10-01", found.get(0).period().start().toString());
        assertEquals("2025-01-01", found.get(1).period().start().toString());
        assertEquals("2025-03-31", found.get(1).period().end().toString());
    }

    @Test
    void besideAMeasureTableTheTimelineOfAProcessSetsNoMeasures() {
        Table measures = new Table(List.of(
                Row.of("มาตรการ", "วิธีการดำเนินการ", "ผู้รับผิดชอบ"),
                Row.of("1. เผยแพร่ข้อมูลสาธารณะ", "จัดทำข้อมูลและเผยแพร่บนเว็บไซต์", "สำนักปลัด")), TableMethod.HTML);
        Table timeline = new Table(List.of(
                Row.of("ขั้นตอนการดำเนินงาน", "ต.ค.", "พ.ย.", "ธ.ค."),
                Row.of("1. แต่งตั้งคณะทำงาน", "✓", "", ""),
                Row.of("2. วิเคราะห์ผลการประเมิน", "", "✓", "✓")), TableMethod.HTML);
        List<Measure> found = extract(List.of(TITLE, measures, timeline)).measures();
        assertEquals(List.of("เผยแพร่ข้อมูลสาธารณะ"), found.stream().map(Measure::title).toList());

        List<Measure> alone = extract(List.of(TITLE, timeline)).measures();
        assertEquals(List.of("แต่งตั้งคณะทำงาน", "วิเคราะห์ผลการประเมิน"), alone.stream().map(Measure::title).toList(),
                "a plan drawn only as a schedule of steps has them as its measures");
    }

    @Test
    void resultsWrittenUnderQuarterColumnsAreAReportNotASchedule() {
        Table report = new Table(List.of(
                Row.of("มาตรการ", "ไตรมาส 1", "ไตรมาส 2", "ไตรมาส 3", "ไตรมาส 4"),
                Row.of("1. อบรมคุณธรรมจริยธรรม", "จัดอบรมแล้ว 1 ครั้ง มีผู้เข้าร่วม 45 คน", "-",
                        "ประเมินผลหลังการอบรมร้อยละ 92", "-")), TableMethod.HTML);
        assertTrue(new ScheduleMeasureReader().read(context(List.of(TITLE, report))).isEmpty());
    }

    @Test
    void aDocumentWithoutAScheduleIsLeftToTheOtherReaders() {
        Table measures = new Table(List.of(
                Row.of("มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา"),
                Row.of("1. เผยแพร่ข้อมูลสาธารณะ", "สำนักปลัด", "ม.ค. – มี.ค. 68")), TableMethod.HTML);
        assertTrue(new ScheduleMeasureReader().read(context(List.of(TITLE, measures))).isEmpty());
        assertEquals(MeasureReaders.STANDARD.get(0).getClass(), ScheduleMeasureReader.class);
    }
}
