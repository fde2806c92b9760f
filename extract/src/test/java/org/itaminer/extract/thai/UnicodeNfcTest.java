package org.itaminer.extract.thai;

import static org.itaminer.extract.thai.FilterAssert.check;
import static org.itaminer.extract.thai.FilterAssert.checkRandomData;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnicodeNfcTest {

    private final UnicodeNfc filter = new UnicodeNfc();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                  | ''
            แต่งตั้งคณะกรรมการ                    | แต่งตั้งคณะกรรมการ
            café                                | café
            # e + COMBINING ACUTE composes
            cafe\u0301                          | café
            # ก + MAI EK (class 107) + SARA U (103) → ก + SARA U + MAI EK: "กุ่"
            ก\u0E48\u0E38                        | ก\u0E38\u0E48
            # NIKHAHIT + SARA AA is not composed by NFC (only compatibility-equivalent to SARA AM)
            ด\u0E4D\u0E32                        | ด\u0E4D\u0E32
            """)
    void normalizesToNfc(String input, String expected) {
        check(filter, input, expected);
    }

    @Test
    void randomData() {
        checkRandomData(filter, 1L, 300);
    }
}
