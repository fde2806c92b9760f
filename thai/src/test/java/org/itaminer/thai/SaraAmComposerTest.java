package org.itaminer.thai;

import static org.itaminer.thai.FilterAssert.check;
import static org.itaminer.thai.FilterAssert.checkRandomData;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SaraAmComposerTest {

    private final SaraAmComposer filter = new SaraAmComposer();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                   | ''
            การดำเนินงานประจำปี                   | การดำเนินงานประจำปี
            # ดำเนินงาน with ำ split into NIKHAHIT + SARA AA
            ด\u0E4D\u0E32เนินงาน                  | ดำเนินงาน
            # ด่ำ: NIKHAHIT, MAI EK, SARA AA → MAI EK, SARA AM
            ด\u0E4D\u0E48\u0E32                   | ด\u0E48\u0E33
            # น้ำ: NIKHAHIT, MAI THO, SARA AA
            น\u0E4D\u0E49\u0E32                   | น้ำ
            # two tone marks are kept in their order
            ก\u0E4D\u0E48\u0E49\u0E32             | ก\u0E48\u0E49\u0E33
            # คำนำ: both split
            ค\u0E4D\u0E32น\u0E4D\u0E32             | คำนำ
            # nothing is guessed across a space: "ด ํ า"
            'ด \u0E4D \u0E32'                     | 'ด \u0E4D \u0E32'
            # NIKHAHIT without SARA AA stays (Pali/Sanskrit spelling)
            สํสกฤต                               | สํสกฤต
            """)
    void composesSaraAm(String input, String expected) {
        check(filter, input, expected);
    }

    @Test
    void randomData() {
        checkRandomData(filter, 4L, 300);
    }
}
