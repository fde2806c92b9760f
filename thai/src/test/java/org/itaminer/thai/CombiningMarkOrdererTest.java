package org.itaminer.thai;

import static org.itaminer.thai.FilterAssert.check;
import static org.itaminer.thai.FilterAssert.checkRandomData;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CombiningMarkOrdererTest {

    private final CombiningMarkOrderer filter = new CombiningMarkOrderer();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                  | ''
            ผู้บริหารและเจ้าหน้าที่                 | ผู้บริหารและเจ้าหน้าที่
            # กิ่ง stored as ก + MAI EK + SARA I + ง
            ก\u0E48\u0E34ง                       | กิ่ง
            # ที่ stored as ท + MAI EK + SARA II
            ท\u0E48\u0E35                        | ที่
            # ตั้ง stored as ต + MAI THO + MAI HAN-AKAT + ง
            ต\u0E49\u0E31ง                       | ตั้ง
            # ผู้: MAI THO before SARA UU
            ผ\u0E49\u0E39                        | ผู้
            # space before a tone mark: "ช ่วง" → ช่วง
            'ช \u0E48วง'                         | ช่วง
            # space before an upper vowel: "ท ี่" → ที่
            'ท \u0E35\u0E48'                     | ที่
            # space and misordered: "ก ่ ิ" → กิ่
            'ก \u0E48 \u0E34'                    | กิ่
            # a run of white space counts as one
            'ช \t\u00A0\u0E48วง'                 | ช่วง
            # duplicated vowel: "กิิจกรรม" → กิจกรรม
            ก\u0E34\u0E34จกรรม                   | กิจกรรม
            # duplicated tone mark
            ที\u0E48\u0E48                       | ที่
            # a space before a consonant is not this filter's business
            'ตัวชี้วั ด'                          | 'ตัวชี้วั ด'
            # a space after a non-Thai character stays
            'ITA \u0E48'                         | 'ITA \u0E48'
            'ผู้บริหาร และ สมาชิก'                 | 'ผู้บริหาร และ สมาชิก'
            """)
    void ordersCombiningMarks(String input, String expected) {
        check(filter, input, expected);
    }

    @Test
    void randomData() {
        checkRandomData(filter, 5L, 300);
    }

    /** The read-only fast path must say "nothing to do" exactly when apply changes nothing. */
    @Test
    void fastPathAgreesWithApply() {
        List<String> texts = new ArrayList<>(FilterAssert.randomTexts(11L, 2000));
        texts.addAll(List.of("ก\u0E48\u0E34ง", "'ช \u0E48วง", "ITA \u0E48", "\u0E48", " \u0E48", "ก\u0E34\u0E34",
                "ตัวชี้วั ด", "ผู้บริหาร และ สมาชิก"));
        for (String text : texts) {
            assertEquals(filter.apply(text).equals(text), CombiningMarkOrderer.isCanonical(text),
                    () -> FilterAssert.escape(text));
        }
    }
}
