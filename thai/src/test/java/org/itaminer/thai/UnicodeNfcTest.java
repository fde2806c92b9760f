package org.itaminer.thai;

import static org.itaminer.thai.FilterAssert.check;
import static org.itaminer.thai.FilterAssert.checkRandomData;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
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

    /** The Thai/ASCII shortcut agrees with the JDK wherever it answers; the JDK's class data are the reference. */
    @Test
    void shortcutAgreesWithJdk() {
        List<String> texts = new ArrayList<>(FilterAssert.randomTexts(17L, 3000));
        for (char c = 0x0E01; c <= 0x0E5B; c++) {
            for (char d = 0x0E01; d <= 0x0E5B; d++) {
                texts.add("ก" + c + d);
            }
        }
        for (String text : texts) {
            Boolean fast = UnicodeNfc.thaiOrAsciiIsNormalized(text);
            if (fast != null) {
                assertEquals(Normalizer.isNormalized(text, Normalizer.Form.NFC), fast,
                        () -> FilterAssert.escape(text));
            }
        }
    }
}
