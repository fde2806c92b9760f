package org.itaminer.thai;

import static org.itaminer.thai.FilterAssert.check;
import static org.itaminer.thai.FilterAssert.checkRandomData;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ZeroWidthRemoverTest {

    private final ZeroWidthRemover filter = new ZeroWidthRemover();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                  | ''
            รายงานผลการดำเนินงาน                  | รายงานผลการดำเนินงาน
            # รายงาน ZWSP ผลการ ZWSP ดำเนินงาน
            รายงาน\u200Bผลการ\u200Bดำเนินงาน      | รายงานผลการดำเนินงาน
            # ZWNJ, ZWJ, WORD JOINER
            การ\u200Cจัด\u200Dซื้อ\u2060จัดจ้าง      | การจัดซื้อจัดจ้าง
            # byte order mark at the start, SOFT HYPHEN inside
            \uFEFFประชา\u00ADสัมพันธ์              | ประชาสัมพันธ์
            \u200B\u200B                        | ''
            'ITA 2567'                          | 'ITA 2567'
            """)
    void removesZeroWidthCharacters(String input, String expected) {
        check(filter, input, expected);
    }

    @Test
    void randomData() {
        checkRandomData(filter, 2L, 300);
    }
}
