package org.itaminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itaminer.extract.measure.ColumnRole;
import org.itaminer.extract.measure.MeasureDraft;
import org.itaminer.extract.measure.MeasureReader;
import org.itaminer.extract.paragraph.ParagraphMeasureReader;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.TextSource;
import org.itaminer.model.report.Report;
import org.itaminer.model.report.Source;
import org.junit.jupiter.api.Test;

/** Measure readers are tried in their declared order; a new one takes its place in the list. */
class MeasureReadersTest {

    private static final LayoutDocument PLAN = new LayoutDocument("text/plain", TextSource.TEXT, List.of(new Page(1, List.of(
            Paragraph.of("มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568"),
            Paragraph.of("มาตรการที่ 1 การเผยแพร่ข้อมูลสาธารณะ"),
            Paragraph.of("ผู้รับผิดชอบ: สำนักปลัด"),
            Paragraph.of("ระยะเวลา: ตลอดปีงบประมาณ")))), List.of());
    private static final Source SOURCE = new Source("file:/x.txt", "x.txt", "0".repeat(64), "text/plain", 1, "text");

    /** A reader of a layout the standard ones do not know, as a Gantt-schedule reader would be. */
    private static final MeasureReader SCHEDULE = document -> List.of(new MeasureDraft(
            Map.of(ColumnRole.MEASURE, "อบรมคุณธรรมจริยธรรม", ColumnRole.PERIOD, "ไตรมาสที่ 2"),
            Optional.of("7"), List.of(), Map.of(), 1));

    @Test
    void theStandardOrderIsSchedulesThenTablesThenParagraphsThenNumberedLists() {
        assertEquals(List.of("ScheduleMeasureReader", "MeasureTableReader", "ParagraphMeasureReader", "NumberedListMeasureReader"),
                MeasureReaders.STANDARD.stream().map(r -> r.getClass().getSimpleName()).toList());
    }

    @Test
    void theFirstReaderThatFindsMeasuresGivesThem() {
        Report standard = Extraction.extract(PLAN, SOURCE);
        assertEquals("การเผยแพร่ข้อมูลสาธารณะ", standard.measures().get(0).title(), "the paragraph reader's measure");

        Report scheduleFirst = Extraction.extract(PLAN, SOURCE, List.of(SCHEDULE, new ParagraphMeasureReader()));
        assertEquals(1, scheduleFirst.measures().size());
        assertEquals("อบรมคุณธรรมจริยธรรม", scheduleFirst.measures().get(0).title());
        assertEquals(Optional.of("7"), scheduleFirst.measures().get(0).optionalNumber());
        assertEquals("2025-01-01", scheduleFirst.measures().get(0).period().start().toString(),
                "the builder resolves the new reader's period against the document's fiscal year");

        Report scheduleLast = Extraction.extract(PLAN, SOURCE, List.of(new ParagraphMeasureReader(), SCHEDULE));
        assertEquals(standard.measures(), scheduleLast.measures(), "a reader after one that found measures is not asked");
    }
}
