package org.itaminer.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.itaminer.model.report.Measure;
import org.itaminer.model.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Variation class 6, column layouts: the same three measures printed under headers in words of every
 * kind (some the vocabulary has never seen, whose role only the cells tell), in several column orders,
 * with the measure column after a number, an issue or a strategy column.
 */
class ColumnLayoutsTest {

    private static final String HEADING = """
            แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘
            องค์การบริหารส่วนตำบลหนองแวง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น

            """;

    /** One measure's cells by role: N number, M measure, S steps, R responsible, P period. */
    private static final List<Map<Character, String>> MEASURES = List.of(
            Map.of('N', "๑", 'M', "เผยแพร่แผนการจัดซื้อจัดจ้างประจำปีบนเว็บไซต์ของหน่วยงาน",
                    'S', "๑. จัดทำแผนจัดซื้อจัดจ้าง ๒. เสนอนายกอนุมัติแผน ๓. ประกาศบนเว็บไซต์", 'R', "กองคลัง",
                    'P', "ต.ค. – ธ.ค. ๒๕๖๗"),
            Map.of('N', "๒", 'M', "อบรมประมวลจริยธรรมให้พนักงานส่วนตำบลและพนักงานจ้าง",
                    'S', "๑. จัดทำหลักสูตรการอบรม ๒. เชิญวิทยากรจากสำนักงาน ป.ป.ช. ๓. สรุปผลการอบรม",
                    'R', "สำนักปลัด", 'P', "ไตรมาสที่ ๒"),
            Map.of('N', "๓", 'M', "ทบทวนคู่มือการรับเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
                    'S', "๑. ประชุมคณะทำงาน ๒. ปรับปรุงคู่มือ ๓. เผยแพร่คู่มือฉบับใหม่", 'R', "งานนิติการ สำนักปลัด",
                    'P', "ตลอดปีงบประมาณ"));

    /** Header words for each role: the usual ones, synonyms added to the vocabulary, words it does not know. */
    private static final Map<Character, List<String>> HEADERS = Map.of(
            'N', List.of("ที่", "ลำดับ", "ข้อ"),
            'M', List.of("มาตรการ/แนวทาง", "โครงการ/กิจกรรม", "ชื่อเรื่องที่จะทำ"),
            'S', List.of("วิธีการดำเนินการ", "ขั้นตอนการดำเนินงาน", "สิ่งที่จะทำ"),
            'R', List.of("ผู้รับผิดชอบ", "ผู้ปฏิบัติ", "ใครทำ"),
            'P', List.of("ระยะเวลาดำเนินการ", "ห้วงการดำเนินงาน", "เมื่อไร"));

    private static final List<String> ORDERS = List.of("MSRP", "NMSRP", "NMRPS", "MPRS", "NRMSP");

    static Stream<Arguments> layouts() {
        List<Arguments> cases = new ArrayList<>();
        for (String order : ORDERS) {
            for (char varied : "NMSRP".toCharArray()) {
                if (order.indexOf(varied) < 0) {
                    continue;
                }
                for (int synonym = 1; synonym < 3; synonym++) {
                    if (varied == 'M' && synonym == 2 && order.indexOf('S') < 0) {
                        continue;
                    }
                    cases.add(Arguments.of(order, varied, synonym));
                }
            }
            cases.add(Arguments.of(order, 'M', 0));
        }
        return cases.stream();
    }

    /** The usual header words everywhere but in one column, which takes a synonym or an unknown word. */
    @ParameterizedTest(name = "{0}: {1} header #{2}")
    @MethodSource("layouts")
    void everyColumnIsFoundWhateverItsHeaderWordsAndPlace(String order, char varied, int synonym) {
        StringBuilder text = new StringBuilder(HEADING);
        List<String> header = new ArrayList<>();
        for (char role : order.toCharArray()) {
            header.add(HEADERS.get(role).get(role == varied ? synonym : 0));
        }
        text.append(String.join("\t", header)).append('\n');
        for (Map<Character, String> m : MEASURES) {
            List<String> cells = new ArrayList<>();
            for (char role : order.toCharArray()) {
                cells.add(role == 'M' && order.indexOf('N') < 0 ? m.get('N') + ". " + m.get('M') : m.get(role));
            }
            text.append(String.join("\t", cells)).append('\n');
        }
        Report report = TextFormDocument.extract(text.toString());
        List<Measure> measures = report.measures();
        assertEquals(3, measures.size(), text::toString);
        assertEquals(List.of("1", "2", "3"), measures.stream().map(Measure::number).toList());
        assertEquals("อบรมประมวลจริยธรรมให้พนักงานส่วนตำบลและพนักงานจ้าง", measures.get(1).title());
        assertEquals(List.of("จัดทำหลักสูตรการอบรม", "เชิญวิทยากรจากสำนักงาน ป.ป.ช.", "สรุปผลการอบรม"),
                measures.get(1).steps());
        assertEquals("งานนิติการ สำนักปลัด", measures.get(2).responsible());
        assertEquals(LocalDate.of(2025, 1, 1), measures.get(1).period().start());
        assertEquals(LocalDate.of(2024, 10, 1), measures.get(0).period().start());
        assertEquals(Map.of(), measures.get(0).extra(), "no column is left unread");
    }

    /** The measure column after an issue or a strategy column: the issue is kept, the strategy groups. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ประเด็น     | issue
            ยุทธศาสตร์  | group
            กลยุทธ์     | group
            """)
    void theMeasureColumnAfterAnIssueOrAStrategyColumn(String first, String key) {
        Report report = TextFormDocument.extract(HEADING + first + """
                \tที่\tมาตรการ\tผู้รับผิดชอบ\tระยะเวลา
                การเปิดเผยข้อมูลการจัดซื้อจัดจ้าง\t๑\tเผยแพร่ประกาศจัดซื้อจัดจ้างทุกเดือน\tกองคลัง\tตลอดปีงบประมาณ
                \t๒\tจัดทำรายงานสรุปผลการจัดซื้อจัดจ้างประจำปี\tกองคลัง\tไตรมาสที่ ๔
                การรับเรื่องร้องเรียน\t๑\tเปิดช่องทางร้องเรียนทาง Line OA\tสำนักปลัด\tไตรมาสที่ ๑
                """);
        List<Measure> measures = report.measures();
        assertEquals(List.of("1", "2", "1"), measures.stream().map(Measure::number).toList());
        assertEquals(List.of("การเปิดเผยข้อมูลการจัดซื้อจัดจ้าง", "การเปิดเผยข้อมูลการจัดซื้อจัดจ้าง", "การรับเรื่องร้องเรียน"),
                measures.stream().map(m -> m.extra().get(key)).toList(), "carried down under a merged cell");
        assertEquals("เปิดช่องทางร้องเรียนทาง Line OA", measures.get(2).title());
        assertEquals("สำนักปลัด", measures.get(2).responsible());
        if (key.equals("group")) {
            assertEquals(List.of(), report.warnings().stream().filter(w -> w.text().contains("numbered")).toList(),
                    "numbers restart per strategy");
        }
    }

    /** A header spanning two columns in the text form (a label, then an empty cell the row below fills). */
    @Test
    void aTwoRowHeaderWithASpanningLabel() {
        Report report = TextFormDocument.extract(HEADING + """
                ที่\tมาตรการ\tผู้รับผิดชอบ\tผลการดำเนินงาน\t
                \t\t\tดำเนินการแล้ว\tยังไม่ได้ดำเนินการ
                ๑\tประกาศเจตจำนงสุจริตของผู้บริหาร\tสำนักปลัด\t✓\t
                ๒\tจัดทำคู่มือการปฏิบัติงานด้านพัสดุ\tกองคลัง\t\t✓
                """);
        List<Measure> measures = report.measures();
        assertEquals(2, measures.size());
        assertEquals("ประกาศเจตจำนงสุจริตของผู้บริหาร", measures.get(0).title());
        assertEquals("ดำเนินการแล้ว", measures.get(0).extra().get("status"));
        assertEquals("ยังไม่ได้ดำเนินการ", measures.get(1).extra().get("status"));
    }

    /** Labels wrapped onto a second header row ("ผู้รับผิด" over "ชอบ") are one header, not a measure. */
    @Test
    void aHeaderWrappedOverTwoRows() {
        Report report = TextFormDocument.extract(HEADING + """
                มาตรการ	วิธีการ	ผู้รับผิด	ระยะเวลา	ผลการ
                	ดำเนินการ	ชอบ		ดำเนินงาน
                ๑. จัดทำประกาศเจตจำนงสุจริต	เสนอนายกลงนามและประกาศ	สำนักปลัด	ตุลาคม ๒๕๖๗	ประกาศแล้ว
                ๒. เผยแพร่ข้อมูลข่าวสารทางเว็บไซต์	ปรับปรุงเว็บไซต์ทุกเดือน	กองคลัง	ตลอดปีงบประมาณ	เผยแพร่ครบ
                """);
        List<Measure> measures = report.measures();
        assertEquals(List.of("1", "2"), measures.stream().map(Measure::number).toList());
        assertEquals(List.of("เสนอนายกลงนามและประกาศ"), measures.get(0).steps());
        assertEquals("กองคลัง", measures.get(1).responsible());
        assertEquals("เผยแพร่ครบ", measures.get(1).result());
    }

    /** Sub-numbers under a parent row that is only a number and a name: the parent groups them. */
    @Test
    void subNumberedMeasuresUnderAParentRow() {
        Report report = TextFormDocument.extract(HEADING + """
                ที่\tมาตรการ\tวิธีการดำเนินการ\tผู้รับผิดชอบ
                ๑\tด้านการเปิดเผยข้อมูล\t\t
                ๑.๑\tปรับปรุงเว็บไซต์ให้เป็นปัจจุบัน\tตรวจข้อมูลทุกเดือน\tสำนักปลัด
                ๑.๒\tเผยแพร่รายงานการเงินประจำปี\tลงเว็บไซต์ภายในเดือนมีนาคม\tกองคลัง
                ๒\tด้านการป้องกันการทุจริต\t\t
                ๒.๑\tประเมินความเสี่ยงการทุจริต\tประชุมคณะทำงาน\tทุกกอง
                """);
        List<Measure> measures = report.measures();
        assertEquals(List.of("1.1", "1.2", "2.1"), measures.stream().map(Measure::number).toList());
        assertEquals("๑ ด้านการเปิดเผยข้อมูล".replace("๑", "1"), measures.get(1).extra().get("group"));
        assertEquals("ประเมินความเสี่ยงการทุจริต", measures.get(2).title());
    }

    /** Unnumbered measures, and a column the vocabulary does not know, kept under its header. */
    @Test
    void unnumberedMeasuresAndAnUnknownColumnInExtra() {
        Report report = TextFormDocument.extract(HEADING + """
                มาตรการ\tวิธีการดำเนินการ\tผู้รับผิดชอบ\tผู้ประสานงาน
                - ติดประกาศนโยบายไม่รับของขวัญ\tติดประกาศที่สำนักงาน\tสำนักปลัด\tนางสาวสมใจ ใจงาม
                - จัดทำสื่อประชาสัมพันธ์ช่องทางร้องเรียน\tทำแผ่นพับ\tสำนักปลัด\tนายปรีชา ดีมาก
                """);
        List<Measure> measures = report.measures();
        assertEquals(2, measures.size());
        assertEquals(null, measures.get(0).number());
        assertEquals("ติดประกาศนโยบายไม่รับของขวัญ", measures.get(0).title());
        assertEquals("นายปรีชา ดีมาก", measures.get(1).extra().get("ผู้ประสานงาน"));
    }
}
