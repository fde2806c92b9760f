package org.itaminer.extract.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeasureNumberTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            1. การเผยแพร่ข้อมูลสาธารณะ                         | 1    | การเผยแพร่ข้อมูลสาธารณะ
            1.การสร้างฐานความคิด                               | 1    | การสร้างฐานความคิด
            6 กระบวนการควบคุม ตรวจสอบการใช้อำนาจ               | 6    | กระบวนการควบคุม ตรวจสอบการใช้อำนาจ
            11. เปิดเผยข้อมูลสาธารณะ                            | 11   | เปิดเผยข้อมูลสาธารณะ
            (2) ส่งเสริมการมีส่วนร่วม                           | 2    | ส่งเสริมการมีส่วนร่วม
            มาตรการที่ 3 การจัดการเรื่องร้องเรียน                 | 3    | การจัดการเรื่องร้องเรียน
            1.1 ประชาสัมพันธ์ช่องทาง                           | 1.1  | ประชาสัมพันธ์ช่องทาง
            แนวทางที่ 2 การลดขั้นตอนการให้บริการ                 | 2    | การลดขั้นตอนการให้บริการ
            มาตรการที่ 4: การตรวจสอบภายใน                       | 4    | การตรวจสอบภายใน
            ตัวชี้วัดที่ 10 การป้องกันการทุจริต                    | null | ตัวชี้วัดที่ 10 การป้องกันการทุจริต
            - กลไกและมาตรการในการแก้ไขและป้องกันการทุจริต        | null | กลไกและมาตรการในการแก้ไขและป้องกันการทุจริต
            มาตรการ NO Gift Policy                            | null | มาตรการ NO Gift Policy
            2568 ปีแห่งความโปร่งใส                             | null | 2568 ปีแห่งความโปร่งใส
            """)
    void splitsNumberFromTitle(String cell, String number, String title) {
        MeasureNumber parsed = MeasureNumber.parse(cell);
        assertEquals(number, parsed.number().orElse(null));
        assertEquals(title, parsed.title());
    }
}
