package org.itaminer.extract.paragraph;

import static org.itaminer.extract.paragraph.ParagraphDocuments.describe;
import static org.itaminer.extract.paragraph.ParagraphDocuments.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reports and plans written as numbered paragraphs, in the text form: where the list of measures ends (a report
 * sent up as a memo closes with จึงเรียนมาเพื่อโปรดทราบ and a table of signers), and which numbering is the
 * measures' when an ITA result table numbered in the same style stands before them and the steps are lettered or
 * bulleted (number | title | steps | responsible | period | extra; "-" for none).
 */
class ParagraphEndsAndLevelsTest {

    private static final String REPORT_HEADING = """
            รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗
            เทศบาลเมืองคลองขลุง อำเภอคลองขลุง จังหวัดกำแพงเพชร

            """;

    /** The earlier ITA result by indicator, its rows numbered "๑." as the measures are. */
    private static final String ITA_RESULT = """
            ตัวชี้วัดของการประเมิน ITA\tประเด็นที่ต้องปรับปรุง
            แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)\t
            ๑. การปฏิบัติหน้าที่ ๙๒.๗๓ คะแนน\t
            ๒. การใช้งบประมาณ ๗๔.๕๑ คะแนน\tควรปรับปรุงการดำเนินงานด้านการใช้งบประมาณ
            ๓. การใช้อำนาจ ๙๗.๕๘ คะแนน\t
            ๔. การใช้ทรัพย์สินของราชการ ๙๔.๓๙ คะแนน\t
            ๕. การแก้ไขปัญหาการทุจริต ๙๐.๐๓ คะแนน\t
            แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)\t
            ๖. คุณภาพการดำเนินงาน ๙๙.๙๕ คะแนน\t
            ๗. ประสิทธิภาพการสื่อสาร ๕๘.๔๐ คะแนน\tควรปรับปรุงด้านประสิทธิภาพการสื่อสาร
            ๘. การปรับปรุงระบบการทำงาน ๘๗.๓๓ คะแนน\t
            แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT)\t
            ๙. การเปิดเผยข้อมูล ๗๐.๑๙ คะแนน\tควรปรับปรุงด้านการเปิดเผยข้อมูล
            ๑๐. การป้องกันการทุจริต ๖๑.๖๐ คะแนน\tควรปรับปรุงด้านการป้องกันการทุจริต

            ผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

            """;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("the memo's closing formula and the signers' table are not the last measure's result",
                        REPORT_HEADING + """
                        ๑) ติดตั้งกล้องโทรทัศน์วงจรปิดในจุดให้บริการ
                        ขั้นตอนการดำเนินการ : ๑. สำรวจจุดติดตั้ง ๒. จัดซื้อและติดตั้งกล้อง
                        หน่วยงานรับผิดชอบ : กองช่าง
                        ผลการดำเนินงาน : ติดตั้งกล้องแล้วหกจุด

                        ๒) เสริมสร้างความโปร่งใสในการบริหารงานบุคคล
                        ขั้นตอนการดำเนินการ : ๑. เผยแพร่หลักเกณฑ์การประเมิน ๒. แจ้งผลการประเมินให้บุคลากรทราบ
                        หน่วยงานรับผิดชอบ : งานการเจ้าหน้าที่
                        ผลการดำเนินงาน : เผยแพร่หลักเกณฑ์การเลื่อนขั้นแล้ว

                        จึงเรียนมาเพื่อโปรดทราบ

                        ผู้จัดทำ\tผู้ตรวจสอบ\tผู้อนุมัติ
                        (นางสาวกมลวรรณ ศรีสุข)\t(นายวิชัย ศรีงาม)\t(นายสมพงษ์ มั่นคง)
                        นักวิเคราะห์นโยบายและแผน\tปลัด\tนายก
                        """, List.of(
                        "1 | ติดตั้งกล้องโทรทัศน์วงจรปิดในจุดให้บริการ | สำรวจจุดติดตั้ง / จัดซื้อและติดตั้งกล้อง | กองช่าง | - | -",
                        "2 | เสริมสร้างความโปร่งใสในการบริหารงานบุคคล | เผยแพร่หลักเกณฑ์การประเมิน / แจ้งผลการประเมินให้บุคลากรทราบ"
                                + " | งานการเจ้าหน้าที่ | - | -"),
                        List.of("ติดตั้งกล้องแล้วหกจุด", "เผยแพร่หลักเกณฑ์การเลื่อนขั้นแล้ว")),
                Arguments.of("a signers' table with no closing formula before it ends the list too", REPORT_HEADING + """
                        มาตรการที่ 1 ปรับปรุงศูนย์ข้อมูลข่าวสาร
                        หน่วยงานรับผิดชอบ: สำนักปลัด
                        ผลการดำเนินงาน: ปรับปรุงศูนย์ข้อมูลข่าวสารแล้ว

                        ผู้รายงาน\tผู้รับรอง
                        (นายวิชัย ศรีงาม)\t(นายสมพงษ์ มั่นคง)
                        """, List.of("1 | ปรับปรุงศูนย์ข้อมูลข่าวสาร | - | สำนักปลัด | - | -"),
                        List.of("ปรับปรุงศูนย์ข้อมูลข่าวสารแล้ว")),
                Arguments.of("measures numbered ๑. like the ITA table's rows, their steps lettered ก. ข.",
                        REPORT_HEADING + ITA_RESULT + """
                        ๑. เผยแพร่ผลการพิจารณาเรื่องร้องเรียนให้ผู้ร้องเรียนทราบ
                        ขั้นตอนการดำเนินการ:
                        ก. บันทึกเรื่องร้องเรียนในทะเบียน
                        ข. แจ้งผลการพิจารณาแก่ผู้ร้อง
                        ผู้รับผิดชอบ:งานนิติการ
                        ผลการดำเนินงาน:แจ้งผลครบทุกเรื่อง

                        ๒. ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่
                        ขั้นตอนการดำเนินการ:
                        ก. ผู้บริหารลงนามประกาศเจตนารมณ์
                        ข. ประชาสัมพันธ์ให้บุคลากรและประชาชนทราบ

                        ค. รายงานผลการปฏิบัติตามนโยบาย
                        ผู้รับผิดชอบ:สำนักปลัด
                        ผลการดำเนินงาน:ผู้บริหารลงนามประกาศและเผยแพร่แล้ว
                        """, List.of(
                        "1 | เผยแพร่ผลการพิจารณาเรื่องร้องเรียนให้ผู้ร้องเรียนทราบ | บันทึกเรื่องร้องเรียนในทะเบียน"
                                + " / แจ้งผลการพิจารณาแก่ผู้ร้อง | งานนิติการ | - | -",
                        "2 | ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ | ผู้บริหารลงนามประกาศเจตนารมณ์"
                                + " / ประชาสัมพันธ์ให้บุคลากรและประชาชนทราบ / รายงานผลการปฏิบัติตามนโยบาย | สำนักปลัด | - | -"),
                        List.of("แจ้งผลครบทุกเรื่อง", "ผู้บริหารลงนามประกาศและเผยแพร่แล้ว")),
                Arguments.of("measures numbered ๑. like the ITA table's rows, their steps bulleted",
                        REPORT_HEADING + ITA_RESULT + """
                        ๑. ควบคุมการใช้รถยนต์ส่วนกลางให้เป็นไปตามระเบียบ
                        กิจกรรม
                        - จัดทำสมุดบันทึกการใช้รถ
                        - ตรวจสอบการขออนุญาตใช้รถ
                        หน่วยงานรับผิดชอบ : สำนักปลัด
                        ระยะเวลา : ตลอดปีงบประมาณ

                        ๒. ติดตั้งกล้องโทรทัศน์วงจรปิดในจุดให้บริการ
                        กิจกรรม
                        - สำรวจจุดติดตั้ง
                        - จัดซื้อและติดตั้งกล้อง
                        หน่วยงานรับผิดชอบ : กองช่าง
                        ระยะเวลา : ตลอดปี
                        """, List.of(
                        "1 | ควบคุมการใช้รถยนต์ส่วนกลางให้เป็นไปตามระเบียบ | จัดทำสมุดบันทึกการใช้รถ / ตรวจสอบการขออนุญาตใช้รถ"
                                + " | สำนักปลัด | ตลอดปีงบประมาณ | -",
                        "2 | ติดตั้งกล้องโทรทัศน์วงจรปิดในจุดให้บริการ | สำรวจจุดติดตั้ง / จัดซื้อและติดตั้งกล้อง | กองช่าง"
                                + " | ตลอดปี | -"),
                        List.of("-", "-")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsTheMeasures(String what, String document, List<String> measures, List<String> results) {
        var report = extract(document);
        assertEquals(measures, describe(report));
        assertEquals(results, report.measures().stream().map(m -> m.result() == null ? "-" : m.result()).toList());
    }
}
