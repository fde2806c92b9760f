package org.itaminer.thai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecimalDigitsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # input                              | ASCII
            ''                                   | ''
            ปีงบประมาณ 2567                         | ปีงบประมาณ 2567
            ปีงบประมาณ ๒๕๖๗                         | ปีงบประมาณ 2567
            ไตรมาส ๑ (ต.ค. ๖๖ - ธ.ค. ๖๖)             | ไตรมาส 1 (ต.ค. 66 - ธ.ค. 66)
            \u0661\u0662 \uFF13                  | 12 3
            ๑๒๓ข้อ                                | 123ข้อ
            """)
    void foldsEveryScriptsDigits(String input, String ascii) {
        assertEquals(ascii, DecimalDigits.toAscii(input));
        assertEquals(input.length(), DecimalDigits.toAscii(input).length(), "offsets stay valid");
        assertEquals(ascii, DecimalDigits.toAscii(ascii), "idempotent");
    }

    @Test
    void returnsTheSameStringWhenNothingChanges() {
        String clean = "ตัวชี้วัดที่ 9";
        assertSame(clean, DecimalDigits.toAscii(clean));
    }

    @Test
    void oneCodePoint() {
        assertEquals('7', DecimalDigits.toAscii(0x0E57));
        assertEquals('5', DecimalDigits.toAscii(0x1D7D3)); // MATHEMATICAL BOLD DIGIT FIVE, outside the BMP
    }
}
