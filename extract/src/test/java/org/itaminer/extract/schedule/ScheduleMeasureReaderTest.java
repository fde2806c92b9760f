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

    private static final Paragraph TITLE_2566 = Paragraph.of("มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2566");
    private static final String[] MONTHS = {"ต.ค. 65", "พ.ย. 65", "ธ.ค. 65", "ม.ค. 66", "ก.พ. 66", "มี.ค. 66", "เม.ย. 66",
        "พ.ค. 66", "มิ.ย. 66", "ก.ค. 66", "ส.ค. 66", "ก.ย. 66"};

    /** A schedule's row: measure cell, responsible cell, then a tick in each listed month (0 = ต.ค.). */
    private static Row scheduleRow(int mergedMonths, String measure, String responsible, int... ticked) {
        List<Cell> cells = new java.util.ArrayList<>(List.of(Cell.of(measure), Cell.of(responsible)));
        for (int m = mergedMonths - 1; m < 12; m++) {
            final int month = m;
            boolean tick = java.util.Arrays.stream(ticked).anyMatch(t -> t == month || month == mergedMonths - 1 && t < month);
            cells.add(tick ? Cell.of("/") : Cell.EMPTY);
        }
        return new Row(cells);
    }

    /** The header with the first {@code mergedMonths} months in one cell, as a PDF page without ticks in them gives it. */
    private static Row monthHeader(int mergedMonths) {
        List<Cell> cells = new java.util.ArrayList<>(List.of(Cell.of("มาตรการ/โครงการ/กิจกรรม"), Cell.of("หน่วยงานที่รับผิดชอบ")));
        cells.add(Cell.of(String.join(" ", java.util.Arrays.asList(MONTHS).subList(0, mergedMonths))));
        for (int m = mergedMonths; m < 12; m++) {
            cells.add(Cell.of(MONTHS[m]));
        }
        return new Row(cells);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "measures \"{0}\", activities \"{1}\"")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "''   | '- '",
        "''   | '• '",
        "''   | 'ก. '",
        "'N. ' | 'N.M '",
        "'มาตรการที่ N ' | '(M) '",
    })
    void theNextPagesActivitiesReadUnderOtherColumnsGoOnWithTheLastMeasure(String measureMark, String activityMark) {
        java.util.function.BiFunction<Integer, Integer, String> act = (n, k) ->
                activityMark.replace("N", String.valueOf(n)).replace("M", String.valueOf(k));
        java.util.function.Function<Integer, String> mea = n -> measureMark.replace("N", String.valueOf(n));
        // page 1 read whole; on page 2 ต.ค. and พ.ย. have no tick and came out as one column
        Table first = new Table(List.of(monthHeader(1),
                scheduleRow(1, mea.apply(1) + "แต่งตั้งคณะกรรมการตรวจรับงานจ้างจากผู้มีส่วนได้ส่วนเสีย", "กองช่าง"),
                scheduleRow(1, act.apply(1, 1) + "คัดเลือกผู้แทนชุมชน", "", 6),
                scheduleRow(1, act.apply(1, 2) + "ออกคำสั่งแต่งตั้งคณะกรรมการ", "", 2, 3, 4),
                scheduleRow(1, mea.apply(2) + "สำรวจความพึงพอใจของผู้รับบริการ", "สำนักปลัด")), TableMethod.STREAM);
        Table second = new Table(List.of(monthHeader(2),
                scheduleRow(2, act.apply(2, 1) + "จัดทำแบบสำรวจ", "", 2),
                scheduleRow(2, act.apply(2, 2) + "วิเคราะห์ผลและปรับปรุงบริการ", "", 2, 3),
                scheduleRow(2, mea.apply(3) + "ตรวจสอบภายในตามแผนการตรวจสอบประจำปี", "หน่วยตรวจสอบภายใน"),
                scheduleRow(2, act.apply(3, 1) + "จัดทำแผนการตรวจสอบภายใน", "", 8, 9)), TableMethod.STREAM);
        List<Measure> found = extract(List.of(TITLE_2566, first), List.of(second)).measures();
        assertEquals(List.of("แต่งตั้งคณะกรรมการตรวจรับงานจ้างจากผู้มีส่วนได้ส่วนเสีย", "สำรวจความพึงพอใจของผู้รับบริการ",
                "ตรวจสอบภายในตามแผนการตรวจสอบประจำปี"), found.stream().map(Measure::title).toList());
        assertEquals(List.of("จัดทำแบบสำรวจ", "วิเคราะห์ผลและปรับปรุงบริการ"), found.get(1).steps());
        assertEquals("สำนักปลัด", found.get(1).responsible());
        assertEquals("2022-12-01..2023-01-31", found.get(1).period().start() + ".." + found.get(1).period().end());
        assertEquals("2023-06-01..2023-07-31", found.get(2).period().start() + ".." + found.get(2).period().end());
    }

    @Test
    void aLaterScheduleWhoseMeasuresAreBulletsIsNotTheActivitiesOfTheOneBefore() {
        Table first = new Table(List.of(monthHeader(1),
                scheduleRow(1, "1. แต่งตั้งคณะกรรมการตรวจรับงานจ้าง", "กองช่าง"),
                scheduleRow(1, "1.1 คัดเลือกผู้แทนชุมชน", "", 6)), TableMethod.STREAM);
        Table second = new Table(List.of(monthHeader(2),
                scheduleRow(2, "- สำรวจความพึงพอใจของผู้รับบริการ", "สำนักปลัด", 2),
                scheduleRow(2, "- ตรวจสอบภายในตามแผนการตรวจสอบประจำปี", "หน่วยตรวจสอบภายใน", 8)), TableMethod.STREAM);
        List<Measure> found = extract(List.of(TITLE_2566, first), List.of(second)).measures();
        assertEquals(3, found.size(), found.stream().map(Measure::title).toList().toString());
    }
}
