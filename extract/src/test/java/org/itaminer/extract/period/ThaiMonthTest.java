package org.itaminer.extract.period;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThaiMonthTest {

    @ParameterizedTest(name = "[{index}] {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # number | full name   | abbreviation
            1        | มกราคม      | ม.ค.
            2        | กุมภาพันธ์    | ก.พ.
            3        | มีนาคม      | มี.ค.
            4        | เมษายน      | เม.ย.
            5        | พฤษภาคม     | พ.ค.
            6        | มิถุนายน     | มิ.ย.
            7        | กรกฎาคม     | ก.ค.
            8        | สิงหาคม     | ส.ค.
            9        | กันยายน     | ก.ย.
            10       | ตุลาคม      | ต.ค.
            11       | พฤศจิกายน   | พ.ย.
            12       | ธันวาคม     | ธ.ค.
            """)
    void readsFullNameAndAbbreviation(int number, String fullName, String abbreviation) {
        ThaiMonth month = ThaiMonth.of(number);
        assertEquals(fullName, month.fullName());
        assertEquals(abbreviation, month.abbreviation());
        assertEquals(number, month.toMonth().getValue());
        String noFinalDot = abbreviation.substring(0, abbreviation.length() - 1);
        String spaced = abbreviation.replace(".", ". ").strip();
        for (String text : List.of(fullName, abbreviation, noFinalDot, spaced, " " + abbreviation + " ",
                "เดือน" + fullName, "เดือน " + abbreviation)) {
            assertEquals(Optional.of(month), ThaiMonth.parse(text), text);
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # variant      | month
            กรกฏาคม        | JULY
            กุมภาพันธ      | FEBRUARY
            พฤศภาคม        | MAY
            มกรา           | JANUARY
            ตุลา           | OCTOBER
            ม. ค.          | JANUARY
            ม .ค .         | JANUARY
            ม.ค            | JANUARY
            """)
    void readsVariants(String text, ThaiMonth expected) {
        assertEquals(Optional.of(expected), ThaiMonth.parse(text));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            ''
            เดือน 13
            ก.ค.ศ.
            ก.พ.ร.
            มกราคม 2566
            ไตรมาส
            ม.ค.ม.ค.
            """)
    void rejectsNonMonths(String text) {
        assertEquals(Optional.empty(), ThaiMonth.parse(text));
    }

    @Test
    void nullIsNoMonth() {
        assertEquals(Optional.empty(), ThaiMonth.parse(null));
        assertEquals(List.of(), ThaiMonth.findAll(null));
    }

    @Test
    void findsMentionsInText() {
        String text = "ระหว่าง ม.ค. – มี.ค. 65 และเดือนกรกฏาคม (ไม่ใช่ ก.ค.ศ.)";
        List<ThaiMonth.Mention> found = ThaiMonth.findAll(text);
        assertEquals(List.of(ThaiMonth.JANUARY, ThaiMonth.MARCH, ThaiMonth.JULY),
                found.stream().map(ThaiMonth.Mention::month).toList());
        assertEquals("ม.ค.", text.substring(found.get(0).start(), found.get(0).end()));
        assertEquals("มี.ค.", text.substring(found.get(1).start(), found.get(1).end()));
        assertEquals("กรกฏาคม", text.substring(found.get(2).start(), found.get(2).end()));
    }

    /** Months are found after a quick look for a name or a dot: spaced abbreviations and names inside words still count. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ประชุมคณะทำงานทุกไตรมาส |
            ดำเนินการ ม. ค. - มี .ค 2568 | JANUARY MARCH
            ต.ค.67 ถึง ก.ย.68 | OCTOBER SEPTEMBER
            มติ ก.พ.ร. และ ก.ค.ศ. |
            ภายในเดือนพฤศภาคมของทุกปี | MAY
            1. จัดอบรม 2. สรุปผล 3.1 รายงาน |
            ระหว่างวันที่ 1 ตุลาคม 2567 - 30 กันยายน 2568 | OCTOBER SEPTEMBER
            """)
    void findsMonthsWrittenAnyWayAndNoneWhereThereAreNone(String text, String months) {
        String expected = months == null ? "" : months;
        assertEquals(expected, String.join(" ", ThaiMonth.findAll(text).stream().map(m -> m.month().name()).toList()));
    }
}
