package org.itaminer.extract.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Header cells of period columns, as they come out of normalization (Thai digits already Arabic). */
class PeriodLabelTest {

    @ParameterizedTest(name = "{0} → {1} {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            ต.ค.                          | MONTH   | OCTOBER   | 0
            ตุลาคม                        | MONTH   | OCTOBER   | 0
            ม.ค                           | MONTH   | JANUARY   | 0
            เดือนกุมภาพันธ์                | MONTH   | FEBRUARY  | 0
            ต.ค.67                        | MONTH   | OCTOBER   | 2567
            ต.ค. 2567                     | MONTH   | OCTOBER   | 2567
            ธ.ค.-67                       | MONTH   | DECEMBER  | 2567
            ก.ย. พ.ศ. 2568                | MONTH   | SEPTEMBER | 2568
            ไตรมาส 1                      | QUARTER |           | 0
            ไตรมาสที่ 4                   | QUARTER |           | 0
            ไตรมาส 3/2568                 | QUARTER |           | 2568
            ไตรมาสที่ 1 (ต.ค. - ธ.ค. 67)  | QUARTER |           | 0
            Q2                            | QUARTER |           | 0
            """)
    void aMonthOrAQuarterIsAColumnOfItsOwn(String header, PeriodLabel.Kind kind, String month, int year) {
        PeriodLabel label = PeriodLabel.of(header).orElseThrow();
        assertEquals(kind, label.kind());
        assertEquals(Optional.ofNullable(month), label.month().map(Enum::name));
        assertEquals(year, label.year().orElse(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ม.ค. – มี.ค. 67", "ไตรมาสที่ 1-2", "ไตรมาส 1 และ 2", "ไตรมาส 5", "ผู้รับผิดชอบ",
            "ประชุมคณะทำงานเดือนมกราคม", "ก.พ.ร.", "ระยะเวลาดำเนินการ", "2568", ""})
    void aRangeASentenceOrAnotherHeaderIsNot(String header) {
        assertTrue(PeriodLabel.of(header).isEmpty(), header);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ปีงบประมาณ พ.ศ. 2568                  | 2568
            ระยะเวลาดำเนินการ ปีงบประมาณ 2569      | 2569
            พ.ศ. 2567                            | 2567
            ปี 68                                 | 2568
            2568                                  | 2568
            ระยะเวลาดำเนินการ                      | 0
            ไตรมาสที่ 1                            | 0
            """)
    void aLabelOverThePeriodColumnsMayGiveTheYear(String label, int year) {
        assertEquals(year, PeriodLabel.yearIn(label).orElse(0));
    }
}
