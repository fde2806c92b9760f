package org.itaminer.thai;

import static org.itaminer.thai.FilterAssert.check;
import static org.itaminer.thai.FilterAssert.checkRandomData;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThaiDigitFolderTest {

    private final ThaiDigitFolder filter = new ThaiDigitFolder();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                             | ''
            'ประจำปีงบประมาณ พ.ศ. 2567'      | 'ประจำปีงบประมาณ พ.ศ. 2567'
            'ประจำปีงบประมาณ พ.ศ. ๒๕๖๗'      | 'ประจำปีงบประมาณ พ.ศ. 2567'
            ๐๑๒๓๔๕๖๗๘๙                     | 0123456789
            'ไตรมาสที่ ๒ (ม.ค. - มี.ค. ๖๗)'   | 'ไตรมาสที่ 2 (ม.ค. - มี.ค. 67)'
            'คะแนน ๘๙.๕๐'                   | 'คะแนน 89.50'
            # other scripts' digits stay: Arabic-Indic ١٢٣, Lao ໑
            ١٢٣ ໑                           | ١٢٣ ໑
            """)
    void foldsThaiDigits(String input, String expected) {
        check(filter, input, expected);
    }

    @Test
    void randomData() {
        checkRandomData(filter, 6L, 300);
    }
}
