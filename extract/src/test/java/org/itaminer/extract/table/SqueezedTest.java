package org.itaminer.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** White space taken out of a header or a cell as the regular expression \s+ took it out, without one. */
class SqueezedTest {

    @ParameterizedTest
    @ValueSource(strings = {"ระยะเวลา ดำเนินการ", "ระยะเวลาดำเนินการ", " ผู้รับผิดชอบ\t", "ผลการ\nดำเนินการ\r\n",
        "งบประมาณ\u000B(บาท)\f", "สำนักปลัด\u00A0อบต.", "", "   ", "1. โครงการ  2. กิจกรรม", "\u2003กองคลัง"})
    void whiteSpaceGoesAsTheRegularExpressionTookIt(String text) {
        assertEquals(text.replaceAll("\\s+", ""), Squeezed.of(text));
    }
}
