package org.itaminer.thai;

import static org.itaminer.thai.FilterAssert.check;
import static org.itaminer.thai.FilterAssert.checkRandomData;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WhitespaceCollapserTest {

    private final WhitespaceCollapser filter = new WhitespaceCollapser();
    private final WhitespaceCollapser keepingLines = WhitespaceCollapser.keepingLineBreaks();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                   | ''
            'แต่งตั้ง คณะกรรมการ'                   | 'แต่งตั้ง คณะกรรมการ'
            '  แต่งตั้ง    คณะกรรมการ  '            | 'แต่งตั้ง คณะกรรมการ'
            # tab, NO-BREAK SPACE, NARROW NO-BREAK SPACE, IDEOGRAPHIC SPACE
            'ข้อ\t1\u00A0แต่งตั้ง\u202Fคณะ\u3000กรรมการ' | 'ข้อ 1 แต่งตั้ง คณะ กรรมการ'
            # line breaks: CR LF, LF, FORM FEED, TAB
            'รายงาน\r\nผลการ\nดำเนินงาน\fปี\t2567' | 'รายงาน ผลการ ดำเนินงาน ปี 2567'
            '\u00A0\t '                           | ''
            """)
    void collapsesWhiteSpace(String input, String expected) {
        check(filter, input, expected);
    }

    /** LINE SEPARATOR U+2028 and NEXT LINE U+0085 end a line inside a text block, so not in one. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "'รายงาน\u2028ผลการ\u2029ดำเนินงาน\u0085 2567' | 'รายงาน ผลการ ดำเนินงาน 2567'"
    })
    void collapsesUnicodeLineSeparators(String input, String expected) {
        check(filter, input, expected);
        check(keepingLines, input, "รายงาน\nผลการ\nดำเนินงาน\n2567");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                     | ''
            'ตัวชี้วัดที่ 1\nการเปิดเผยข้อมูล'          | 'ตัวชี้วัดที่ 1\nการเปิดเผยข้อมูล'
            '  ตัวชี้วัดที่  1 \r\n\r\n  การเปิดเผย\tข้อมูล \n' | 'ตัวชี้วัดที่ 1\nการเปิดเผย ข้อมูล'
            '\n\n'                                  | ''
            """)
    void keepsLineBreaksWhenAsked(String input, String expected) {
        check(keepingLines, input, expected);
    }

    @Test
    void randomData() {
        checkRandomData(filter, 8L, 300);
        checkRandomData(keepingLines, 9L, 300);
    }
}
