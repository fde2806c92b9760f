package org.itaminer.extract.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiscalYearTest {

    @ParameterizedTest(name = "[{index}] FY {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # FY B.E. | start      | end
            2566      | 2022-10-01 | 2023-09-30
            2567      | 2023-10-01 | 2024-09-30
            2568      | 2024-10-01 | 2025-09-30
            2400      | 1856-10-01 | 1857-09-30
            2700      | 2156-10-01 | 2157-09-30
            """)
    void runsOctoberToSeptember(int buddhistYear, LocalDate start, LocalDate end) {
        DefaultLocales.underEach(() -> {
            FiscalYear fy = FiscalYear.ofBuddhist(buddhistYear);
            assertEquals(start, fy.start());
            assertEquals(end, fy.end());
            assertEquals(new DateSpan(start, end), fy.span());
        });
    }

    @ParameterizedTest(name = "[{index}] Q{1} of {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # FY | quarter | start      | end
            2568 | 1       | 2024-10-01 | 2024-12-31
            2568 | 2       | 2025-01-01 | 2025-03-31
            2568 | 3       | 2025-04-01 | 2025-06-30
            2568 | 4       | 2025-07-01 | 2025-09-30
            2566 | 2       | 2023-01-01 | 2023-03-31
            2566 | 3       | 2023-04-01 | 2023-06-30
            """)
    void hasFourQuarters(int buddhistYear, int quarter, LocalDate start, LocalDate end) {
        assertEquals(new DateSpan(start, end), FiscalYear.ofBuddhist(buddhistYear).quarter(quarter));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # date     | FY
            2024-10-01 | 2568
            2024-09-30 | 2567
            2025-09-30 | 2568
            2023-01-15 | 2566
            2022-12-31 | 2566
            """)
    void containsDate(LocalDate date, int buddhistYear) {
        DefaultLocales.underEach(() -> assertEquals(FiscalYear.ofBuddhist(buddhistYear), FiscalYear.containing(date)));
    }

    @ParameterizedTest(name = "[{index}] {0} in FY 2568 -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            OCTOBER   | 2024
            DECEMBER  | 2024
            JANUARY   | 2025
            SEPTEMBER | 2025
            """)
    void placesMonthsInCalendarYears(ThaiMonth month, int commonYear) {
        assertEquals(commonYear, FiscalYear.ofBuddhist(2568).commonYearOf(month));
    }

    @Test
    void rejectsOutOfRange() {
        assertEquals("buddhistYear must be 2400-2700: 2399",
                assertThrows(IllegalArgumentException.class, () -> FiscalYear.ofBuddhist(2399)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new FiscalYear(2701));
        assertEquals("quarter must be 1-4: 5",
                assertThrows(IllegalArgumentException.class, () -> FiscalYear.ofBuddhist(2568).quarter(5)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> FiscalYear.ofBuddhist(2568).quarter(0));
    }
}
