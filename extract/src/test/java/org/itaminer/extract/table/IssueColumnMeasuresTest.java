package org.itaminer.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.itaminer.model.report.Measure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A measure table whose first column is the ITA issue each measure answers (its cells are indicator names:
 * การเปิดเผยข้อมูล, การใช้อำนาจ ...) and whose measures are numbered 1.1, 1.2: the item numbers beside the
 * indicator names are no scores, so the table is a measure table, not the earlier result by indicator.
 * The measures come out as "number | title | responsible".
 */
class IssueColumnMeasuresTest {

    private static final String HEADING = """
            แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๙
            เทศบาลนครตรัง อำเภอเมืองตรัง จังหวัดตรัง

            """;

    static Stream<Arguments> tables() {
        return Stream.of(
                Arguments.of("issue column first, measures 1.1 – 1.3", """
                        ประเด็นที่ต้องพัฒนา\tชื่อมาตรการ\tรายละเอียดการดำเนินงาน\tกำหนดเวลาแล้วเสร็จ\tหน่วยงานที่รับผิดชอบ
                        การเปิดเผยข้อมูล\t1.1 เผยแพร่ผลการพิจารณาเรื่องร้องเรียนให้ผู้ร้องเรียนทราบ\t<p>1. บันทึกเรื่องร้องเรียนในทะเบียน</p><p>2. แจ้งผลการพิจารณาแก่ผู้ร้อง</p>\tตลอดปี\tงานนิติการ
                        การป้องกันการทุจริต\t1.2 ยกย่องเชิดชูบุคลากรที่ประพฤติตนเป็นแบบอย่างที่ดี\t<p>1. กำหนดหลักเกณฑ์การคัดเลือก</p><p>2. มอบเกียรติบัตร</p>\tตลอดปี\tงานการเจ้าหน้าที่
                        การใช้อำนาจ\t1.3 เสริมสร้างความโปร่งใสในการบริหารงานบุคคล\t<p>1. เผยแพร่หลักเกณฑ์การประเมิน</p><p>2. แจ้งผลการประเมิน</p>\tตลอดปีงบประมาณ\tงานการเจ้าหน้าที่
                        """, List.of(
                        "1.1 | เผยแพร่ผลการพิจารณาเรื่องร้องเรียนให้ผู้ร้องเรียนทราบ | งานนิติการ",
                        "1.2 | ยกย่องเชิดชูบุคลากรที่ประพฤติตนเป็นแบบอย่างที่ดี | งานการเจ้าหน้าที่",
                        "1.3 | เสริมสร้างความโปร่งใสในการบริหารงานบุคคล | งานการเจ้าหน้าที่")),
                Arguments.of("issue column under ประเด็น, Thai digits, a leading vowel after the number", """
                        ประเด็น\tมาตรการ\tขั้นตอน/วิธีการปฏิบัติ\tระยะเวลา\tหน่วยงานรับผิดชอบ
                        คุณภาพการดำเนินงาน\t๑.๑ เปิดเผยข้อมูลการใช้จ่ายงบประมาณรายไตรมาส (O13)\tสรุปผลการใช้จ่ายงบประมาณ\tไตรมาสที่ ๒\tกองคลัง
                        การปรับปรุงระบบการทำงาน\t๑.๒ ลดขั้นตอนและระยะเวลาการให้บริการประชาชน\tทบทวนกระบวนงานอนุญาต\tไตรมาสที่ ๓\tกองช่าง
                        """, List.of(
                        "1.1 | เปิดเผยข้อมูลการใช้จ่ายงบประมาณรายไตรมาส (O13) | กองคลัง",
                        "1.2 | ลดขั้นตอนและระยะเวลาการให้บริการประชาชน | กองช่าง")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void theIssueColumnDoesNotMakeAnIndicatorTable(String what, String table, List<String> measures) {
        List<Measure> found = TextFormDocument.extract(HEADING + table).measures();
        assertEquals(measures, found.stream().map(m -> m.number() + " | " + m.title() + " | " + m.responsible()).toList());
    }
}
