package org.itaminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayWidthTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|0",
        "abc|3",
        // ไม่รับของขวัญ: ไ ม ่ ร ั บ ข อ ง ข ว ั ญ, three marks take no column
        "ไม่รับของขวัญ|10",
        // น้ำ: MAI THO above, SARA AM spacing
        "น้ำ|2",
        // กิ่ง: SARA I and MAI EK stacked over ก
        "กิ่ง|2",
        // decomposed SARA AM: NIKHAHIT (a mark) then SARA AA
        "ท\u0e4d\u0e32|2",
        // zero width space between Thai words
        "ก\u200bข|2",
        "๒๕๖๘|4",
        "日本|4"})
    void columns(String text, int width) {
        assertEquals(width, DisplayWidth.of(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "abc|5|'abc  '|'  abc'",
        "ที่|3|'ที่  '|'  ที่'",
        "abcdef|3|abcdef|abcdef"})
    void padding(String text, int width, String right, String left) {
        assertEquals(right, DisplayWidth.padRight(text, width));
        assertEquals(left, DisplayWidth.padLeft(text, width));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "องค์การบริหารส่วนตำบล|30|องค์การบริหารส่วนตำบล",
        // cut at 6 columns: 5 of text (THANTHAKHAT takes none), then …
        "องค์การบริหาร|6|องค์กา…",
        // ที่ดิน at 2: ท keeps SARA II and MAI EK
        "ที่ดิน|2|ที่…",
        "abcdefgh|4|abc…"})
    void fit(String text, int width, String expected) {
        assertEquals(expected, DisplayWidth.fit(text, width));
        assertEquals(true, DisplayWidth.of(DisplayWidth.fit(text, width)) <= width);
    }
}
