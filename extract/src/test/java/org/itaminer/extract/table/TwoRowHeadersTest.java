package org.itaminer.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.itaminer.model.report.Measure;
import org.itaminer.model.report.Report;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Variation class 6, two-row headers: a spanning label ("การดำเนินการ", "ระยะเวลาดำเนินการ") over the
 * sub-headers of the columns under it, the other columns labelled in the first row only. In the text form
 * the spanning label is followed by empty cells that the row below fills.
 */
class TwoRowHeadersTest {

    private static final String HEADING = """
            แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘
            องค์การบริหารส่วนตำบลหนองแวง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น

            """;

    private static final String ROWS = """
            ๑. เผยแพร่แผนการจัดซื้อจัดจ้างประจำปีบนเว็บไซต์\t๑. จัดทำแผน ๒. ประกาศบนเว็บไซต์\tตุลาคม – ธันวาคม ๒๕๖๗\tกองคลัง
            ๒. อบรมประมวลจริยธรรมให้พนักงานส่วนตำบล\t๑. จัดทำหลักสูตร ๒. จัดอบรม\tมกราคม ๒๕๖๘\tสำนักปลัด
            """;

    /**
     * The spanning label over the steps and the period; the measure and responsible columns in row one. A
     * sub-header the vocabulary does not know ("รายละเอียด") takes the spanning label's role.
     */
    @ParameterizedTest(name = "{0} over {1} | {2}")
    @CsvSource(delimiter = '|', textBlock = """
            การดำเนินการ              | ขั้นตอน/วิธีการปฏิบัติ | ระยะเวลาดำเนินการ
            แนวทางการดำเนินงาน        | วิธีการดำเนินการ      | ระยะเวลา
            รายละเอียดการดำเนินการ     | ขั้นตอนการดำเนินงาน   | ห้วงเวลาดำเนินการ
            การดำเนินการ              | วิธีการ              | ห้วงเวลา
            แนวทางการดำเนินการ        | รายละเอียด           | ระยะเวลา
            """)
    void aSpanningLabelOverTheStepsAndThePeriod(String group, String steps, String period) {
        String text = HEADING + "มาตรการ/แนวทาง\t" + group + "\t\tผู้รับผิดชอบ\n"
                + "\t" + steps + "\t" + period + "\t\n" + ROWS;
        assertReadsBothMeasures(TextFormDocument.extract(text), text);
    }

    /** The period's own label spanning its sub-headers ("ระยะเวลาดำเนินการ" over "เริ่ม | สิ้นสุด"). */
    @ParameterizedTest(name = "{0} over {1} | {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ระยะเวลาดำเนินการ | เริ่ม      | สิ้นสุด
            ระยะเวลา          | วันเริ่มต้น | วันสิ้นสุด
            """)
    void aPeriodSpanningStartAndEnd(String group, String start, String end) {
        String text = HEADING + "มาตรการ\tวิธีการดำเนินการ\t" + group + "\t\tผู้รับผิดชอบ\n"
                + "\t\t" + start + "\t" + end + "\t\n"
                + "๑. เผยแพร่แผนการจัดซื้อจัดจ้างประจำปีบนเว็บไซต์\t๑. จัดทำแผน ๒. ประกาศบนเว็บไซต์\tตุลาคม ๒๕๖๗\tธันวาคม ๒๕๖๗\tกองคลัง\n"
                + "๒. อบรมประมวลจริยธรรมให้พนักงานส่วนตำบล\t๑. จัดทำหลักสูตร ๒. จัดอบรม\tมกราคม ๒๕๖๘\tมกราคม ๒๕๖๘\tสำนักปลัด\n";
        Report report = TextFormDocument.extract(text);
        List<Measure> measures = report.measures();
        assertEquals(List.of("1", "2"), measures.stream().map(Measure::number).toList(), text);
        assertEquals("กองคลัง", measures.get(0).responsible());
        assertEquals(List.of("จัดทำแผน", "ประกาศบนเว็บไซต์"), measures.get(0).steps());
    }

    private static void assertReadsBothMeasures(Report report, String text) {
        List<Measure> measures = report.measures();
        assertEquals(List.of("1", "2"), measures.stream().map(Measure::number).toList(), text);
        assertEquals("อบรมประมวลจริยธรรมให้พนักงานส่วนตำบล", measures.get(1).title());
        assertEquals(List.of("จัดทำหลักสูตร", "จัดอบรม"), measures.get(1).steps());
        assertEquals("กองคลัง", measures.get(0).responsible());
        assertEquals(LocalDate.of(2024, 10, 1), measures.get(0).period().start());
        assertEquals(LocalDate.of(2025, 1, 31), measures.get(1).period().end());
    }
}
