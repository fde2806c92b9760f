package org.itaminer.extract.table;

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
            """)
    void headerWordsNameTheRole(String header, ColumnRole role) {
        assertEquals(role, HeaderVocabulary.roleOf(header).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "กลุ่มเป้าหมาย", "สถิติ", "ตัวชี้วัดของการประเมิน ITA", "ประเด็นที่ต้องแก้ไข/ปรับปรุง/รักษาระดับ"})
    void unknownWordsHaveNoRole(String header) {
        assertTrue(HeaderVocabulary.roleOf(header).isEmpty());
    }
}
