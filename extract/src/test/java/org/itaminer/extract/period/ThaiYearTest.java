package org.itaminer.extract.period;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThaiYearTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # printed    | B.E. (empty: not a year)
            พ.ศ.2568     | 2568
            พ.ศ. 2568    | 2568
            พ.ศ 2568     | 2568
            พศ. 2568     | 2568
            ปี 65        | 2565
            ปี พ.ศ. 2566 | 2566
            2568         | 2568
            65           | 2565
            ๒๕๖๘         | 2568
            ค.ศ. 2025    | 2568
            ค.ศ.2024     | 2567
            2025         | 2568
            1999         | 2542
            2200         | 2743
            2300         |
            1800         |
            พ.ศ. 2025    |
            568          |
            5            |
            25689        |
            ''           |
            ปีงบประมาณ   |
            """)
    void readsPrintedYear(String text, Integer expected) {
        DefaultLocales.underEach(() -> assertEquals(
                expected == null ? OptionalInt.empty() : OptionalInt.of(expected), ThaiYear.parse(text), text));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2568 | 2025
            2543 | 2000
            """)
    void convertsEras(int buddhist, int common) {
        assertEquals(common, ThaiYear.toCommonEra(buddhist));
        assertEquals(buddhist, ThaiYear.toBuddhistEra(common));
    }
}
