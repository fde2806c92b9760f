package org.itaminer.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rows under a measure table that must not start anything: a data row whose cells happen to hold header words
 * (กิจกรรม in its steps, ปีงบประมาณ in its period) beside its number, and a table of signers' roles over their
 * names after the measures (ผู้จัดทำ | ผู้ตรวจสอบ | ผู้อนุมัติ) whose width matches the measure table's. The
 * measures come out as "number | title | responsible".
 */
class RowsThatAreNoHeaderTest {

    private static final String HEADING = """
            แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๙
            เทศบาลตำบลเขาพระ อำเภอพิปูน จังหวัดนครศรีธรรมราช

            """;

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("a numbered row with กิจกรรม and ปีงบประมาณ in its cells is data", HEADING + """
                        ที่\tมาตรการ/แนวทาง\tขั้นตอน/วิธีการปฏิบัติ\tระยะเวลาดำเนินการ\tผู้รับผิดชอบ\tผลการดำเนินการ
                        ๔\tจัดทำรายงานผลการดำเนินงานประจำปีเผยแพร่ต่อสาธารณะ (O9)\t<p>รวบรวมผลการดำเนินงานของทุกกอง</p><p>จัดพิมพ์และเผยแพร่รายงาน</p>\tตลอดปีงบประมาณ\tกองยุทธศาสตร์และงบประมาณ\tเผยแพร่รายงานประจำปีแล้ว
                        ๕\tรณรงค์ปลูกจิตสำนึกการต่อต้านการทุจริตในสถานศึกษา\t<p>จัดกิจกรรมโตไปไม่โกง</p><p>ประกวดเรียงความต่อต้านการทุจริต</p>\tตลอดปีงบประมาณ ๒๕๖๙\tกองการศึกษา\tจัดกิจกรรมในโรงเรียนสามแห่ง
                        ๖\tจัดทำคู่มือการปฏิบัติงานและมาตรฐานการให้บริการประชาชน\t<p>รวบรวมกระบวนงานบริการ</p><p>จัดทำและเผยแพร่คู่มือ</p>\tตลอดปีงบประมาณ\tสำนักปลัด\tจัดทำคู่มือแล้วเจ็ดกระบวนงาน
                        """, List.of(
                        "4 | จัดทำรายงานผลการดำเนินงานประจำปีเผยแพร่ต่อสาธารณะ (O9) | กองยุทธศาสตร์และงบประมาณ",
                        "5 | รณรงค์ปลูกจิตสำนึกการต่อต้านการทุจริตในสถานศึกษา | กองการศึกษา",
                        "6 | จัดทำคู่มือการปฏิบัติงานและมาตรฐานการให้บริการประชาชน | สำนักปลัด")),
                Arguments.of("the signers' roles over their names after a three-column measure table", HEADING + """
                        มาตรการ\tขั้นตอน/วิธีการปฏิบัติ\tผู้รับผิดชอบ
                        (1) จัดทำแผนการป้องกันการทุจริตสี่ปีและติดตามผล (O35)\t<p>ทบทวนแผนการป้องกันการทุจริต</p><p>ติดตามและรายงานผลรอบหกเดือน</p>\tกองยุทธศาสตร์และงบประมาณ
                        (2) จัดทำคู่มือการปฏิบัติงานและมาตรฐานการให้บริการประชาชน\t<p>รวบรวมกระบวนงานบริการ</p><p>จัดทำและเผยแพร่คู่มือ</p>\tสำนักปลัด

                        ประกาศ ณ วันที่ ๒๖ ตุลาคม พ.ศ. ๒๕๖๘

                        ผู้จัดทำ\tผู้ตรวจสอบ\tผู้อนุมัติ
                        (นางสาวกมลวรรณ ศรีสุข)\t(นายวิชัย ศรีงาม)\t(นายสมพงษ์ มั่นคง)
                        นักวิเคราะห์นโยบายและแผน\tปลัด\tนายก
                        """, List.of(
                        "1 | จัดทำแผนการป้องกันการทุจริตสี่ปีและติดตามผล (O35) | กองยุทธศาสตร์และงบประมาณ",
                        "2 | จัดทำคู่มือการปฏิบัติงานและมาตรฐานการให้บริการประชาชน | สำนักปลัด")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void onlyTheMeasuresComeOut(String what, String document, List<String> measures) {
        assertEquals(measures, TextFormDocument.extract(document).measures().stream()
                .map(m -> m.number() + " | " + m.title() + " | " + m.responsible()).toList());
    }
}
