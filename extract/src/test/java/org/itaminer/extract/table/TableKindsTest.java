package org.itaminer.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Table;
import org.itaminer.model.report.Measure;
import org.itaminer.model.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Variation class 4: a table is classified by what it holds before its rows become measures. Each table
 * is written in the text form (cells separated by tabs, written here as " ¦ ").
 */
class TableKindsTest {

    /** A table as extraction sees it: Thai digits folded, as the normalizer does before any finder runs. */
    private static Table table(String rows) {
        StringBuilder folded = new StringBuilder();
        rows.codePoints().forEach(c -> folded.appendCodePoint(c >= '๐' && c <= '๙' ? '0' + (c - '๐') : c));
        LayoutDocument layout = TextFormDocument.layout(folded.toString().replace(" ¦ ", "\t").replace("¦", "\t"));
        return (Table) layout.pages().get(0).blocks().get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            measure table, usual words | MEASURES | "มาตรการ ¦ วิธีการดำเนินการ ¦ ผู้รับผิดชอบ ¦ ระยะเวลา\\n๑. ประกาศเจตจำนงสุจริต ¦ ประกาศบนเว็บไซต์ ¦ สำนักปลัด ¦ ตุลาคม ๒๕๖๗\\n๒. อบรมจริยธรรม ¦ ๑. จัดอบรม ๒. สรุปผล ¦ กองการศึกษา ¦ ไตรมาสที่ ๒"
            measure table, one word known | MEASURES | "ที่ ¦ เรื่อง ¦ ผู้ปฏิบัติงาน ¦ ช่วงที่ทำ\\n๑ ¦ ติดประกาศนโยบายไม่รับของขวัญที่สำนักงาน ¦ สำนักปลัด ¦ ต.ค. ๖๗\\n๒ ¦ จัดทำคู่มือป้องกันผลประโยชน์ทับซ้อน ¦ กองคลัง ¦ ไตรมาสที่ ๓"
            indicator scores, name and score in one cell | INDICATOR_SCORES | "ตัวชี้วัด ¦ ประเด็นที่ต้องพัฒนา\\nแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) ¦\\n๑. การปฏิบัติหน้าที่ ๙๒.๑๐ คะแนน ¦ -\\n๒. การใช้งบประมาณ ๘๘.๔๐ คะแนน ¦ ควรชี้แจงแผนการใช้จ่ายงบประมาณ"
            indicator scores in columns, with an issue column that says แนวทาง | INDICATOR_SCORES | "ที่ ¦ ตัวชี้วัด ¦ คะแนน ¦ แนวทางการพัฒนา\\n๑ ¦ การปฏิบัติหน้าที่ ¦ ๙๐.๕๐ ¦ อบรมบุคลากร\\n๒ ¦ การใช้อำนาจ ¦ ๘๗.๒๕ ¦ ทบทวนการมอบอำนาจ\\n๓ ¦ การใช้ทรัพย์สินของราชการ ¦ ๘๐.๐๐ ¦ จัดทำระเบียบการยืม"
            budget summary | BUDGET_SUMMARY | "ยุทธศาสตร์ ¦ จำนวนโครงการ ¦ งบประมาณ (บาท) ¦ ร้อยละ\\nยุทธศาสตร์ที่ ๑ สร้างสังคมไม่ทนต่อการทุจริต ¦ ๔ ¦ ๑๒๐,๐๐๐ ¦ ๖๐\\nยุทธศาสตร์ที่ ๒ ป้องกันการทุจริต ¦ ๒ ¦ ๘๐,๐๐๐ ¦ ๔๐\\nรวม ¦ ๖ ¦ ๒๐๐,๐๐๐ ¦ ๑๐๐"
            project list with a total | BUDGET_SUMMARY | "โครงการ ¦ งบประมาณ\\nโครงการอบรมคุณธรรม ¦ ๒๐,๐๐๐ บาท\\nโครงการเผยแพร่ข้อมูล ¦ ๕,๐๐๐ บาท\\nรวมทั้งสิ้น ¦ ๒๕,๐๐๐ บาท"
            signature block | SIGNATURES | "ลงชื่อ ........................ ผู้รายงาน ¦ ลงชื่อ ........................ ผู้อนุมัติ\\n(นางสาวพรทิพย์ ศรีสุข) ¦ (นายวีระ ทองดี)\\nตำแหน่ง นักวิเคราะห์นโยบายและแผน ¦ ตำแหน่ง นายกองค์การบริหารส่วนตำบล"
            checklist, yes/no columns | CHECKLIST | "ข้อ ¦ รายการตรวจสอบ ¦ มี ¦ ไม่มี ¦ หมายเหตุ\\n๑ ¦ คำสั่งแต่งตั้งคณะทำงาน ¦ ✓ ¦ ¦\\n๒ ¦ รายงานการประชุม ¦ ¦ ✓ ¦ อยู่ระหว่างจัดทำ"
            checklist, tick column under a word | CHECKLIST | "ประเด็นการตรวจ ¦ ผลการตรวจ ¦ หมายเหตุ\\nมีประกาศเจตจำนงสุจริต ¦ ✓ ¦\\nมีช่องทางร้องเรียน ¦ ✓ ¦\\nมีคู่มือผลประโยชน์ทับซ้อน ¦ / ¦ ปรับปรุงแล้ว"
            table of contents | CONTENTS | "เรื่อง ¦ หน้า\\nส่วนที่ ๑ บทนำ ¦ ๑\\nส่วนที่ ๒ มาตรการส่งเสริมคุณธรรม ¦ ๔"
            schedule by months | SCHEDULE | "กิจกรรม ¦ ต.ค. ¦ พ.ย. ¦ ธ.ค. ¦ ม.ค. ¦ ผู้รับผิดชอบ\\nประชุมคณะทำงาน ¦ ✓ ¦ ¦ ¦ ¦ สำนักปลัด"
            schedule by quarters | SCHEDULE | "มาตรการ ¦ ไตรมาส ๑ ¦ ไตรมาส ๒ ¦ ไตรมาส ๓ ¦ ไตรมาส ๔\\nเผยแพร่ข้อมูล ¦ / ¦ / ¦ ¦"
            targets, two headers of one role | UNKNOWN | "เป้าหมาย ¦ ตัวชี้วัด ¦ ค่าเป้าหมายรวม\nเป้าหมายที่ ๑ ประชาชนมีจิตสำนึกสุจริต ¦ ร้อยละของประชาชนที่ร่วมกิจกรรม ¦ เพิ่มขึ้นร้อยละ ๕ ต่อปี\nเป้าหมายที่ ๒ เครือข่ายเข้มแข็ง ¦ จำนวนเครือข่ายที่จัดตั้ง ¦ ๑๐ เครือข่าย"
            a header-less part | UNKNOWN | "(ต่อ) ¦ ๓. รายงานผลต่อนายก ¦ สำนักปลัด ¦ ไตรมาสที่ ๔"
            """)
    void aTableIsClassifiedByItsHeaderAndCells(String what, TableKind kind, String rows) {
        assertEquals(kind, TableClassifier.classify(table(rows.replace("\\n", "\n"))), what);
    }

    private static final String PLAN = """
            มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘
            เทศบาลตำบลห้วยยาง อำเภอเมืองสกลนคร จังหวัดสกลนคร

            สารบัญ

            เรื่อง\tหน้า
            ส่วนที่ ๑ ผลการประเมิน\t๑
            ส่วนที่ ๒ มาตรการ\t๒

            ผลการประเมินคุณธรรมและความโปร่งใส ปี ๒๕๖๗

            ที่\tตัวชี้วัด\tคะแนน\tประเด็นที่ต้องพัฒนา
            ๑\tการปฏิบัติหน้าที่\t๙๑.๒๐\t-
            ๒\tการใช้งบประมาณ\t๘๗.๕๐\tควรเผยแพร่แผนการใช้จ่าย

            มาตรการ\tวิธีการดำเนินการ\tผู้รับผิดชอบ\tระยะเวลา
            ๑. เผยแพร่แผนการใช้จ่ายงบประมาณประจำปี\tลงเว็บไซต์เทศบาล\tกองคลัง\tตุลาคม ๒๕๖๗
            ๒. อบรมการป้องกันผลประโยชน์ทับซ้อน\tจัดอบรมพนักงาน\tสำนักปลัด\tไตรมาสที่ ๒

            สรุปงบประมาณ

            รายการ\tงบประมาณ (บาท)
            โครงการอบรม\t๓๐,๐๐๐
            รวม\t๓๐,๐๐๐

            ลงชื่อ ............................ ผู้จัดทำ\tลงชื่อ ............................ ผู้เห็นชอบ
            (นางมาลี ใจดี)\t(นายสมศักดิ์ รักดี)
            ตำแหน่ง ปลัดเทศบาล\tตำแหน่ง นายกเทศมนตรี
            """;

    /** Budget, signature, contents and indicator tables around a measure table give no measure. */
    @Test
    void onlyTheMeasureTableGivesMeasures() {
        Report report = TextFormDocument.extract(PLAN);
        assertEquals(List.of("เผยแพร่แผนการใช้จ่ายงบประมาณประจำปี", "อบรมการป้องกันผลประโยชน์ทับซ้อน"),
                report.measures().stream().map(Measure::title).toList());
        assertEquals(List.of(91.2, 87.5), report.indicatorScores().stream().map(s -> s.score()).toList());
    }

    /** A signature table right after a measure table, as wide as it, is not a continuation of its last measure. */
    @Test
    void aSignatureTableDoesNotContinueTheMeasureAbove() {
        Report report = TextFormDocument.extract("""
                มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘
                องค์การบริหารส่วนตำบลโพนงาม

                มาตรการ\tผู้รับผิดชอบ
                ๑. ประกาศนโยบายไม่รับของขวัญ\tสำนักปลัด

                ลงชื่อ ............................ ผู้รายงาน\tลงชื่อ ............................ ผู้อนุมัติ
                (นายสมชาย ทองคำ)\t(นางสาวสุดา ดวงดี)
                """);
        assertEquals(1, report.measures().size());
        assertEquals("สำนักปลัด", report.measures().get(0).responsible());
        assertEquals(java.util.Map.of(), report.measures().get(0).extra());
    }
}
