package org.itaminer.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.itaminer.model.report.IndicatorScore;
import org.itaminer.model.report.Report;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Variation class 4: the earlier ITA result by indicator goes to {@code indicatorScores} in every shape
 * the genre prints it in, and none of its rows becomes a measure. Each document is written in the text
 * form; its expected scores as "number name tool score" separated by ";".
 */
class IndicatorTableShapesTest {

    private static final String HEADING = """
            มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘
            องค์การบริหารส่วนตำบลนาคู อำเภอนาคู จังหวัดกาฬสินธุ์

            ผลการประเมิน ITA ประจำปี ๒๕๖๗ ได้ ๘๘.๑๒ คะแนน ระดับ A ดังนี้

            """;
    private static final String MEASURES = """

            มาตรการส่งเสริมคุณธรรมและความโปร่งใส

            มาตรการ\tวิธีการดำเนินการ\tผู้รับผิดชอบ
            ๑. ทบทวนการมอบอำนาจ\tออกคำสั่งมอบอำนาจ\tสำนักปลัด
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            number, name, score columns | "ที่\\tตัวชี้วัด\\tคะแนน\\n๑\\tการปฏิบัติหน้าที่\\t๙๕.๑๐\\n๒\\tการใช้งบประมาณ\\t๙๐.๐๐\\n๓\\tการใช้อำนาจ\\t๘๗.๖๕" | "1 การปฏิบัติหน้าที่ - 95.1; 2 การใช้งบประมาณ - 90.0; 3 การใช้อำนาจ - 87.65"
            tool column and an issue column | "ตัวชี้วัด\\tเครื่องมือ\\tผลคะแนน\\tประเด็นที่ต้องพัฒนา\\n๑. การปฏิบัติหน้าที่\\tIIT\\t๙๕.๑๐\\t-\\n๖. คุณภาพการดำเนินงาน\\tEIT\\t๘๙.๗๐\\tควรลดขั้นตอนการให้บริการ\\n๙. การเปิดเผยข้อมูล\\tOIT\\t๗๕.๐๐\\tเผยแพร่ข้อมูล O12 ไม่ครบ" | "1 การปฏิบัติหน้าที่ IIT 95.1; 6 คุณภาพการดำเนินงาน EIT 89.7; 9 การเปิดเผยข้อมูล OIT 75.0"
            tool merged down, first column | "เครื่องมือ\\tตัวชี้วัด\\tคะแนน\\nแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน\\tตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่\\t๙๒.๓๓\\n\\tตัวชี้วัดที่ ๒ การใช้งบประมาณ\\t๘๘.๐๐\\nแบบวัดการเปิดเผยข้อมูลสาธารณะ\\tตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล\\t๘๑.๕๐" | "1 การปฏิบัติหน้าที่ IIT 92.33; 2 การใช้งบประมาณ IIT 88.0; 9 การเปิดเผยข้อมูล OIT 81.5"
            unnumbered names under tool rows | "ตัวชี้วัด\\tคะแนน\\nแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)\\t\\nคุณภาพการดำเนินงาน\\t๙๐.๑๐\\nประสิทธิภาพการสื่อสาร\\t๘๕.๒๐" | "1 คุณภาพการดำเนินงาน EIT 90.1; 2 ประสิทธิภาพการสื่อสาร EIT 85.2"
            name and score in one cell | "ตัวชี้วัดของการประเมิน ITA\\tประเด็นที่ต้องปรับปรุง\\nแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)\\t\\n๑. การปฏิบัติหน้าที่ ๙๙.๑๐ คะแนน\\t-\\n๒. การใช้งบประมาณ ๙๗.๐๐ คะแนน\\t" | "1 การปฏิบัติหน้าที่ IIT 99.1; 2 การใช้งบประมาณ IIT 97.0"
            name and score in one cell, an issue naming the indicator | "ตัวชี้วัดของการประเมิน ITA\\tประเด็นที่ต้องปรับปรุง\\nแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)\\t\\n๑. การปฏิบัติหน้าที่ ๘๔.๒๕ คะแนน\\t\\n๒. การใช้งบประมาณ ๙๒.๐๒ คะแนน\\t\\n๓. การใช้อำนาจ ๖๓.๔๙ คะแนน\\tควรปรับปรุงการดำเนินงานด้านการใช้อำนาจ\\nแบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT)\\t\\n๙. การเปิดเผยข้อมูล ๘๗.๖๗ คะแนน\\t" | "1 การปฏิบัติหน้าที่ IIT 84.25; 2 การใช้งบประมาณ IIT 92.02; 3 การใช้อำนาจ IIT 63.49; 9 การเปิดเผยข้อมูล OIT 87.67"
            split over pages with a repeated header | "ที่\\tตัวชี้วัด\\tคะแนน\\tเครื่องมือ\\n๑\\tการปฏิบัติหน้าที่\\t๙๕.๑๐\\tIIT\\n๒\\tการใช้งบประมาณ\\t๙๐.๐๐\\tIIT\\nที่\\tตัวชี้วัด\\tคะแนน\\tเครื่องมือ\\n๓\\tการใช้อำนาจ\\t๘๗.๖๕\\tIIT\\n๔\\tการใช้ทรัพย์สินของราชการ\\t๘๖.๐๐\\tIIT" | "1 การปฏิบัติหน้าที่ IIT 95.1; 2 การใช้งบประมาณ IIT 90.0; 3 การใช้อำนาจ IIT 87.65; 4 การใช้ทรัพย์สินของราชการ IIT 86.0"
            split over pages, header not repeated | "ที่\\tตัวชี้วัด\\tคะแนน\\n๑\\tการปฏิบัติหน้าที่\\t๙๕.๑๐\\n๒\\tการใช้งบประมาณ\\t๙๐.๐๐\\n\\nหน้า ๒\\n\\n๓\\tการใช้อำนาจ\\t๘๗.๖๕\\n๔\\tการใช้ทรัพย์สินของราชการ\\t๘๖.๐๐" | "1 การปฏิบัติหน้าที่ - 95.1; 2 การใช้งบประมาณ - 90.0; 3 การใช้อำนาจ - 87.65; 4 การใช้ทรัพย์สินของราชการ - 86.0"
            numbers under "ตัวชี้วัดที่", names under "ชื่อตัวชี้วัด" | "ตัวชี้วัดที่\\tชื่อตัวชี้วัด\\tเครื่องมือ\\tคะแนน\\tประเด็นที่ต้องพัฒนา\\n๑\\tการปฏิบัติหน้าที่\\tIIT\\t๙๒.๑๕\\t-\\n๙\\tการเปิดเผยข้อมูล\\tOIT\\t๗๘.๒๕\\tการเผยแพร่ข้อมูลไม่ครบทุกเดือน" | "1 การปฏิบัติหน้าที่ IIT 92.15; 9 การเปิดเผยข้อมูล OIT 78.25"
            unruled rows printed as lines with a comment after the score | "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)\\n๑. การปฏิบัติหน้าที่ ๖๗.๕๙ คะแนน ควรปรับปรุงการดำเนินงานด้านการปฏิบัติหน้าที่\\n๒. การใช้งบประมาณ ๘๕.๕๔ คะแนน\\n๓. การใช้อำนาจ ๙๔.๔๗ คะแนน ควรปรับปรุงการดำเนินงานด้านการใช้อำนาจ\\n๔. จัดอบรมพนักงาน ๘๕ คะแนน จากแบบทดสอบหลังอบรม" | "1 การปฏิบัติหน้าที่ IIT 67.59; 2 การใช้งบประมาณ IIT 85.54; 3 การใช้อำนาจ IIT 94.47"
            a total row is no indicator | "ลำดับ\\tตัวชี้วัด\\tคะแนน\\n๑\\tการปฏิบัติหน้าที่\\t๙๕.๑๐\\n๒\\tการใช้งบประมาณ\\t๙๐.๐๐\\n\\tคะแนนรวม\\t๘๘.๑๒" | "1 การปฏิบัติหน้าที่ - 95.1; 2 การใช้งบประมาณ - 90.0"
            """)
    void indicatorScoresInEveryShape(String shape, String table, String expected) {
        Report report = TextFormDocument.extract(HEADING + table.replace("\\n", "\n").replace("\\t", "\t") + "\n" + MEASURES);
        List<String> scores = report.indicatorScores().stream().map(IndicatorTableShapesTest::describe).toList();
        assertEquals(List.of(expected.split("; ")), scores, shape);
        assertEquals(List.of("ทบทวนการมอบอำนาจ"), report.measures().stream().map(m -> m.title()).toList(),
                "the indicator rows are no measures");
    }

    private static String describe(IndicatorScore s) {
        return s.number() + " " + s.name() + " " + (s.tool() == null ? "-" : s.tool()) + " " + s.score();
    }
}
