package org.itaminer.extract.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StepSplitterTest {

    /** Expected items are separated by " ¦ ". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1. แต่งตั้งคณะทำงาน 2. จัดประชุมคณะทำงาน 3. มอบหมายให้กอง/สำนักรับผิดชอบ | แต่งตั้งคณะทำงาน ¦ จัดประชุมคณะทำงาน ¦ มอบหมายให้กอง/สำนักรับผิดชอบ
            จัดประชุมชี้แจงการใช้จ่ายงบประมาณประจำปี                                    | จัดประชุมชี้แจงการใช้จ่ายงบประมาณประจำปี
            รายงานผลอย่างน้อยปีละ 2 ครั้ง                                              | รายงานผลอย่างน้อยปีละ 2 ครั้ง
            ทบทวนผลการประเมิน ดังนี้ 1.ทบทวนคู่มือ 2.ประชาสัมพันธ์คู่มือ                   | ทบทวนผลการประเมิน ดังนี้ ¦ ทบทวนคู่มือ ¦ ประชาสัมพันธ์คู่มือ
            1. ประชุมคณะทำงานฯ 1.1) กำหนดแนวทาง 1.2) ติดตามผล 2. รายงานผล               | ประชุมคณะทำงานฯ 1.1) กำหนดแนวทาง 1.2) ติดตามผล ¦ รายงานผล
            1. จัดทำแผน พ.ศ. 2566. 2. เผยแพร่แผน เวลา 08.30 น.                         | จัดทำแผน พ.ศ. 2566. ¦ เผยแพร่แผน เวลา 08.30 น.
            1. ก 2. ข 3. ค 4. ง 5. จ 7. ฉ 8. ช                                        | ก ¦ ข ¦ ค ¦ ง ¦ จ ¦ ฉ ¦ ช
            2. เริ่มที่สอง 3. ต่อไป                                                   | 2. เริ่มที่สอง 3. ต่อไป
            ตามตัวชี้วัด E10. และ O36. 1. ดำเนินการ                                      | ตามตัวชี้วัด E10. และ O36. ¦ ดำเนินการ
            (1) แต่งตั้งคณะทำงาน (2) จัดประชุมชี้แจงบุคลากร                              | แต่งตั้งคณะทำงาน ¦ จัดประชุมชี้แจงบุคลากร
            ดังนี้ (1) ทบทวนคู่มือ (2) เผยแพร่คู่มือ (ฉบับปรับปรุง)                       | ดังนี้ ¦ ทบทวนคู่มือ ¦ เผยแพร่คู่มือ (ฉบับปรับปรุง)
            """)
    void splitsTopLevelNumberedItems(String text, String expected) {
        List<String> items = Arrays.asList(expected.split(" ¦ "));
        assertEquals(items, StepSplitter.split(text));
    }

    @org.junit.jupiter.api.Test
    void emptyCellHasNoSteps() {
        assertEquals(List.of(), StepSplitter.split(""));
        assertEquals(List.of(), StepSplitter.split(null));
    }
}
