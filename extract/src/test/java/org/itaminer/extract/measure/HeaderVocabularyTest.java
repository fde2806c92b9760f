package org.itaminer.extract.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderVocabularyTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            มาตรการ/ แนวทาง                                   | MEASURE
            มาตรการ/แนวทาง                                    | MEASURE
            มาตรการที่ดำเนินการ                                | MEASURE
            โครงการ/กิจกรรม                                   | MEASURE
            วิธีการดำเนินการ                                   | STEPS
            วิธีดำเนินการ                                      | STEPS
            ขั้นตอน/วิธีการปฏิบัติ                              | STEPS
            ขั้นตอนหรือวิธีการปฏิบัติ                           | STEPS
            แนวทางปฏิบัติ                                      | STEPS
            ผู้รับผิดชอบ                                       | RESPONSIBLE
            หน่วยงานรับผิดชอบ                                  | RESPONSIBLE
            ระยะเวลา                                          | PERIOD
            ระยะเวลา ดำเนินการ                                 | PERIOD
            ระยะเวลาดำเนินการ                                  | PERIOD
            การติดตามผล                                       | MONITORING
            การติดตามผล การดำเนินการ                            | MONITORING
            ผลการดำเนินการ                                     | RESULT
            สรุปผลการดำเนินการ                                  | RESULT
            สรุปผลการดำเนินการตามมาตรการ/กิจกรรม                 | RESULT
            ผลการปฏิบัติ                                       | RESULT
            ผลลัพธ์หรือผลสัมฤทธิ์ในการดำเนินการ (outcome/resuil) | OUTCOME
            ผลลัพธ์หรือความสำเร็จของการดำเนินการ                 | OUTCOME
            ข้อเสนอแนะ                                        | RECOMMENDATION
            ข้อที่                                             | NUMBER
            ลำดับ                                             | NUMBER
            ที่                                                | NUMBER
            แผนงาน/โครงการ/กิจกรรม                             | MEASURE
            มาตรการป้องกันการรับสินบน                           | MEASURE
            # risk-plan forms: the risk, the control measure beside it, the status
            โอกาส/ความเสี่ยงการทุจริต                           | RISK
            เหตุการณ์ความเสี่ยง                                 | RISK
            ประเด็นความเสี่ยง                                  | RISK
            มาตรการควบคุมความเสี่ยงการทุจริต                     | MEASURE
            สถานะการดำเนินการจัดการความเสี่ยง                    | STATUS
            ดำเนินการ แล้ว                                     | STATUS
            ยังมิได้ ดำเนินการ                                  | STATUS
            กลุ่มเป้าหมาย                                      | TARGET_GROUP
            สถิติการกระทำ ผิด ความรับผิด ทางละเมิด/ อาญา          | STATISTICS
            สถิติเรื่องร้องเรียน                                  | STATISTICS
            ผลการปฏิบัติตาม มาตรการ                             | RESULT
            ผลการดำเนินงาน                                     | RESULT
            ระยะเวลาการ ติดตามและ รายงานผล                       | MONITORING
            งบประมาณ (บาท)                                    | BUDGET
            แหล่งงบประมาณ                                      | BUDGET
            ระยะเวลา (ปีงบประมาณ)                               | PERIOD
            ตัวชี้วัด                                           | KPI
            ตัวชี้วัดความสำเร็จ                                  | KPI
            ค่าเป้าหมาย                                        | KPI
            วัตถุประสงค์                                        | OBJECTIVE
            วัตถุประสงค์ของโครงการ                               | OBJECTIVE
            หมายเหตุ                                          | REMARK
            กิจกรรม                                           | MEASURE
            """)
    void headerWordsNameTheRole(String header, ColumnRole role) {
        assertEquals(role, HeaderVocabulary.roleOf(header).orElseThrow());
    }

    /** Synonyms of each role that agencies outside the samples write; and the strategy and issue columns. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ผู้ปฏิบัติ                  | RESPONSIBLE
            หน่วยงานหลัก               | RESPONSIBLE
            หน่วยงานขับเคลื่อน          | RESPONSIBLE
            เจ้าภาพหลัก                | RESPONSIBLE
            ผู้รับผิด ชอบ               | RESPONSIBLE
            ห้วงการดำเนินงาน            | PERIOD
            กรอบเวลา                  | PERIOD
            เวลาดำเนินการ              | PERIOD
            การติดตามและรายงาน         | MONITORING
            ติดตามโดย                  | MONITORING
            ผลที่ได้                    | RESULT
            ผลที่คาดว่าจะได้รับ           | OUTCOME
            จำนวนเงิน (บาท)             | BUDGET
            ค่าใช้จ่าย                   | BUDGET
            ขั้นตอนการดำเนินงาน          | STEPS
            กระบวนการดำเนินงาน          | STEPS
            ยุทธศาสตร์                  | STRATEGY
            กลยุทธ์                     | STRATEGY
            ประเด็นยุทธศาสตร์            | STRATEGY
            มิติ                        | STRATEGY
            ประเด็น                     | ISSUE
            ประเด็นปัญหา                | ISSUE
            """)
    void widerGenreWordsNameTheRole(String header, ColumnRole role) {
        assertEquals(role, HeaderVocabulary.roleOf(header).orElseThrow());
    }

    /** A bare กิจกรรม column beside a project column lists the project's activities: it falls back to steps. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            กิจกรรม                 | MEASURE STEPS
            กิจกรรม/วิธีการ          | MEASURE STEPS
            โครงการ/กิจกรรม         | MEASURE
            ผู้รับผิดชอบ              | RESPONSIBLE
            """)
    void anActivityHeaderFallsBackToSteps(String header, String roles) {
        assertEquals(java.util.Arrays.stream(roles.split(" ")).map(ColumnRole::valueOf).toList(),
                HeaderVocabulary.rolesOf(header));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ประเด็นที่ต้องแก้ไข/ปรับปรุง/รักษาระดับ", "คะแนน", "ชื่อ-สกุล", "ลงชื่อ",
        "2. โครงการเผยแพร่ข้อมูลข่าวสารด้านการจัดซื้อจัดจ้าง", "(3) มาตรการ",
        "เผยแพร่ประกาศจัดซื้อจัดจ้างและสรุปผลการจัดซื้อจัดจ้างรายเดือนบนเว็บไซต์ของหน่วยงานทุกเดือน"})
    void unknownWordsHaveNoRole(String header) {
        assertTrue(HeaderVocabulary.roleOf(header).isEmpty());
    }
}
