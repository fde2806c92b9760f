package org.itaminer.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Status cells as report forms print them. Boxes drawn with symbol fonts come out as private-use
 * glyphs: U+F0A3 and U+F052 are Wingdings 2's empty and ticked box, U+F0A8 and U+F0FE Wingdings'.
 */
class StatusMarksTest {

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # a tick in an option column under a two-level header: the option's words
            ดำเนินการ แล้ว                  | /                      | ดำเนินการแล้ว
            ยังมิได้ ดำเนินการ               | ✓                      | ยังมิได้ดำเนินการ
            ดำเนินการแล้ว                   | ''                     | null
            # a tick under a column that is not an option says nothing
            สถานะการดำเนินการ               | /                      | null
            # words alone are the status
            สถานะการดำเนินการ               | อยู่ระหว่างดำเนินการ       | อยู่ระหว่างดำเนินการ
            # a box list: the one box unlike the others is ticked (Wingdings 2, then Wingdings)
            สถานะการดำเนินการจัดการความเสี่ยง | '\uF0A3 ยังไม่ได้ดำเนินการ \uF052 เฝ้าระวังและติดตามต่อเนื่อง \uF0A3 เริ่มดำเนินการไปบ้างแต่ยังไม่ครบถ้วน \uF0A3 เหตุผลอื่น (โปรดระบุ) ..........' | เฝ้าระวังและติดตามต่อเนื่อง
            สถานะ                           | '\uF0FE ดำเนินการแล้ว \uF0A8 ยังไม่ได้ดำเนินการ \uF0A8 อยู่ระหว่างดำเนินการ' | ดำเนินการแล้ว
            # Unicode boxes, two ticked of four: known ticked glyphs decide when counts tie
            สถานะ                           | '☑ ดำเนินการแล้ว ☐ ยังไม่ได้ดำเนินการ ☑ เฝ้าระวัง ☐ อื่น ๆ' | ดำเนินการแล้ว; เฝ้าระวัง
            # nothing ticked
            สถานะ                           | '☐ ดำเนินการแล้ว ☐ ยังไม่ได้ดำเนินการ' | null
            """)
    void statusOfACell(String header, String cell, String expected) {
        assertEquals(expected, StatusMarks.read(header, unescape(cell)).orElse(null));
    }

    /** CsvSource keeps {@code \\uXXXX} as typed; the private-use glyphs are easier to read escaped. */
    private static String unescape(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("\\u", i) && i + 6 <= s.length()) {
                out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }
}
