package org.itaminer.extract.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorCodesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ควรพัฒนาการดำเนินการตามตัวชี้วัดที่ (E10) ผ่านแบบวัด EIT และ OIT | E10,EIT,OIT
            จัดทำแผนบริหารความเสี่ยง (O36) ตามข้อ O36 และ O37              | O36,O37
            ประเมิน ITA ผ่านระบบ ITAS และ OSS                            | ''
            อ้างอิงจาก 030                                              | ''
            IIT/EIT/OIT                                                 | IIT,EIT,OIT
            การประเมินความเสี่ยงการทุจริต (o36) รายงานผลตามตัวชี้วัด o37    | O36,O37
            ร้อยละ 100 ของข้อมูลตามตัวชี้วัด O1 – O37                      | O1,O37
            ยื่นคำขอผ่านระบบ e-Permit และ Google Form                     | ''
            ตรวจสอบ o36 และ O36 ซ้ำ                                      | O36
            """)
    void findsCodesOnce(String text, String expected) {
        List<String> codes = expected.isEmpty() ? List.of() : Arrays.asList(expected.split(","));
        assertEquals(codes, IndicatorCodes.find(text));
    }
}
