package org.itaminer.index.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThemeRuleTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        // phrase | its anchor: the longest literal part, folded (no spaces, tone marks or case)
        "No Gift|nogift",
        "e-GP|egp",
        "สายด่วน 1111|สายดวน1111",                       // สายด่วน: the tone mark goes
        "งบประมาณ<n>|งบประมาณ",
        "ความเสี่ยง<gap>ทุจริต|ความเสียง",                 // ความเสี่ยง (9 letters) is longer than ทุจริต
        "ยืม<gap>พัสดุ|พัสดุ",
        "ประโยชน์ส่วนบุคคล<gap>ประโยชน์ส่วนรวม|ประโยชนสวนบุคคล",
    })
    void anchorIsTheLongestLiteralPart(String phrase, String anchor) {
        assertEquals(anchor, ThemeRule.anchor(phrase));
    }
}
