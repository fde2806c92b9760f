package org.itaminer.extract.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.Random;
import org.itaminer.model.report.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodParserTest {

    @ParameterizedTest(name = "[{index}] {0} (FY {1})")
    @CsvSource(delimiter = '|', textBlock = """
            # text                                      | document FY | start      | end
            # rule 1: the whole fiscal year
            ตลอดปีงบประมาณ                              | 2568 | 2024-10-01 | 2025-09-30
            ตลอดปี                                      | 2568 | 2024-10-01 | 2025-09-30
            ทั้งปีงบประมาณ                               | 2567 | 2023-10-01 | 2024-09-30
            ปีงบประมาณ                                  | 2566 | 2022-10-01 | 2023-09-30
            ตลอดทั้งปี                                   | 2568 | 2024-10-01 | 2025-09-30
            ปีงบประมาณ พ.ศ. 2566                        |      | 2022-10-01 | 2023-09-30
            ปีงบประมาณ 2568                             | 2566 | 2024-10-01 | 2025-09-30
            ตลอดปี 65                                   |      | 2021-10-01 | 2022-09-30
            ประจำปีงบประมาณ พ.ศ.2568                     |      | 2024-10-01 | 2025-09-30
            ตลอดปีงบประมาณ พ.ศ. 2567                    | 2568 | 2023-10-01 | 2024-09-30
            ปีงบประมาณ พ.ศ 2568                         |      | 2024-10-01 | 2025-09-30
            ปีงบประมาณ ๒๕๖๘                             |      | 2024-10-01 | 2025-09-30
            ปีงบประมาณ 2566-2567                        |      | 2022-10-01 | 2024-09-30
            ตลอดปีงบประมาณ                              |      |            |
            ปีงบประมาณ 1999                             | 2568 |            |
            ปีงบประมาณ 3000                             | 2568 |            |
            # rule 2: quarters of the fiscal year
            ไตรมาสที่ 2                                  | 2568 | 2025-01-01 | 2025-03-31
            ไตรมาส 1                                    | 2568 | 2024-10-01 | 2024-12-31
            ไตรมาส 3                                    | 2568 | 2025-04-01 | 2025-06-30
            ไตรมาสที่ 4                                  | 2566 | 2023-07-01 | 2023-09-30
            ไตรมาสที่ 2 หรือ 3                            | 2568 | 2025-01-01 | 2025-06-30
            ไตรมาสที่ 2 ,3                               | 2568 | 2025-01-01 | 2025-06-30
            ไตรมาสที่ 2-3                                | 2568 | 2025-01-01 | 2025-06-30
            ไตรมาสที่ 2 และ 3                             | 2568 | 2025-01-01 | 2025-06-30
            ไตรมาส 1-4                                  | 2568 | 2024-10-01 | 2025-09-30
            ไตรมาสที่ 1 – 4                              | 2567 | 2023-10-01 | 2024-09-30
            ไตรมาสที่ 1, 2, 3 และ 4                       | 2566 | 2022-10-01 | 2023-09-30
            ไตรมาสที่ 2 หรือ 3 ปีงบประมาณ พ.ศ. 2566        | 2568 | 2023-01-01 | 2023-06-30
            ไตรมาส 3/2568                               |      | 2025-04-01 | 2025-06-30
            ไตรมาสที่ 1/67                               | 2568 | 2023-10-01 | 2023-12-31
            ไตรมาสที่ ๒                                  | 2568 | 2025-01-01 | 2025-03-31
            ไตรมาสที่ 2                                  |      |            |
            ไตรมาสที่ 7                                  | 2568 |            |
            ไตรมาสที่ 0                                  | 2568 |            |
            ไตรมาสที่ 12                                 | 2568 |            |
            # rule 3: months, ranges of months
            ม.ค. – มี.ค. 65                              | 2566 | 2022-01-01 | 2022-03-31
            ต.ค. – ธ.ค. 65                               |      | 2022-10-01 | 2022-12-31
            พ.ย. – ก.พ. 66                               |      | 2022-11-01 | 2023-02-28
            ตุลาคม พ.ศ.2567 - กันยายน พ.ศ.2568            |      | 2024-10-01 | 2025-09-30
            ธันวาคม พ.ศ.2567 - กันยายน พ.ศ. 2568          |      | 2024-12-01 | 2025-09-30
            ต.ค. 66 - ก.ย. 67                            |      | 2023-10-01 | 2024-09-30
            ตุลาคม 2567 ถึง กันยายน 2568                  |      | 2024-10-01 | 2025-09-30
            ตุลาคม 2567 จนถึง กันยายน 2568                |      | 2024-10-01 | 2025-09-30
            เดือนมีนาคม 2566                             |      | 2023-03-01 | 2023-03-31
            มกราคม - มีนาคม                              | 2568 | 2025-01-01 | 2025-03-31
            ตุลาคม - ธันวาคม                              | 2568 | 2024-10-01 | 2024-12-31
            พฤศจิกายน - กุมภาพันธ์                         | 2568 | 2024-11-01 | 2025-02-28
            มกราคม - มีนาคม                              |      |            |
            มกราคม - มีนาคม ปีงบประมาณ 2566               | 2568 | 2023-01-01 | 2023-03-31
            ม. ค. - มี. ค 65                             |      | 2022-01-01 | 2022-03-31
            ก.ค. — ก.ย. 2566                             |      | 2023-07-01 | 2023-09-30
            ต.ค.65-ก.ย.66                               |      | 2022-10-01 | 2023-09-30
            ตั้งแต่เดือน ม.ค. ถึงเดือน มี.ค. 2568            |      | 2025-01-01 | 2025-03-31
            กรกฏาคม 2566                                |      | 2023-07-01 | 2023-07-31
            ก.พ. 2567                                   |      | 2024-02-01 | 2024-02-29
            ธันวาคม ค.ศ. 2024                            |      | 2024-12-01 | 2024-12-31
            มีนาคม 2025                                 |      | 2025-03-01 | 2025-03-31
            ต.ค. 2567 - มี.ค.                            |      | 2024-10-01 | 2025-03-31
            ก.ย. 67 - ต.ค. 66                            |      |            |
            มีนาคม 1800                                 | 2568 |            |
            # rule 4: days
            1 ต.ค. 2565 – 30 ก.ย. 2566                   |      | 2022-10-01 | 2023-09-30
            วันที่ 15 มกราคม 2566                         |      | 2023-01-15 | 2023-01-15
            1 ตุลาคม 2567 - 31 มีนาคม 2568               |      | 2024-10-01 | 2025-03-31
            ๑ ต.ค. ๒๕๖๕ – ๓๐ ก.ย. ๒๕๖๖                   |      | 2022-10-01 | 2023-09-30
            วันที่ 1-15 มกราคม 2566                       |      | 2023-01-01 | 2023-01-15
            1 ต.ค. - 31 ธ.ค. 2567                        |      | 2024-10-01 | 2024-12-31
            ภายในวันที่ 30 กันยายน 2568                    |      | 2025-09-30 | 2025-09-30
            15 มกราคม                                   | 2566 | 2023-01-15 | 2023-01-15
            31 กุมภาพันธ์ 2566                            |      |            |
            # rule 5: several spans, and none
            ไตรมาสที่ 1 และ มีนาคม 2568                   | 2568 | 2024-10-01 | 2025-03-31
            ไตรมาสที่ 1 และ มีนาคม 2568                   |      |            |
            ตลอดปีงบประมาณ (ต.ค. 67 - ก.ย. 68)            | 2568 | 2024-10-01 | 2025-09-30
            ไตรมาสที่ 2 (ม.ค. - มี.ค. 68)                  | 2568 | 2025-01-01 | 2025-03-31
            มกราคม 2566 และ มิถุนายน 2566                  |      | 2023-01-01 | 2023-06-30
            ''                                          | 2568 |            |
            -                                           | 2568 |            |
            ตามความเหมาะสม                              | 2568 |            |
            ทุกวันทำการ                                  | 2568 |            |
            ปีละ 2 ครั้ง                                  | 2568 |            |
            ก.ค.ศ. กำหนด                                | 2568 |            |
            # rule 6: nonsense never throws
            เดือน 13                                    | 2568 |            |
            ไตรมาสที่                                    | 2568 |            |
            99 ธ.ค. 99                                  | 2568 |            |
            """)
    void parsesSpan(String text, Integer fiscalYear, LocalDate start, LocalDate end) {
        DefaultLocales.underEach(() -> {
            Period period = PeriodParser.parse(text, year(fiscalYear));
            assertEquals(new Period(text, start, end), period, text);
        });
    }

    @Test
    void nullTextIsNone() {
        assertSame(Period.NONE, PeriodParser.parse(null, OptionalInt.of(2568)));
        assertSame(Period.NONE, PeriodParser.parse(null, OptionalInt.empty()));
    }

    @Test
    void keepsTextAsGiven() {
        String text = "ไตรมาสที่ ๒  (ม.ค. – มี.ค.)";
        assertSame(text, PeriodParser.parse(text, OptionalInt.of(2568)).text());
    }

    @Test
    void rejectsImpossibleDocumentFiscalYear() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PeriodParser.parse("ตลอดปี", OptionalInt.of(1999)));
        assertEquals("buddhistYear must be 2400-2700: 1999", e.getMessage());
    }

    /** Random text from the characters periods are made of must never make the parser throw. */
    @Test
    void randomTextNeverThrows() {
        String alphabet = "ไตรมาสที่ปีงบประมาณตลอดทั้งเดือนวันถึงจน ม.ค.ก.พ.มี.ค.ต.ค.ธ.ค.พ.ศ.ค.ศ0123456789๐๑๒๕๖-–—,/()";
        Random random = new Random(20250101L);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(40);
            for (int j = 0; j < length; j++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Integer fy = random.nextBoolean() ? null : 2400 + random.nextInt(301);
            Period period = PeriodParser.parse(sb.toString(), year(fy));
            assertEquals(sb.toString(), period.text());
            assertEquals(period.start() == null, period.end() == null, sb::toString);
        }
    }

    /** The document's fiscal year as the parser takes it; a blank cell of a case table is none. */
    private static OptionalInt year(Integer fiscalYear) {
        return fiscalYear == null ? OptionalInt.empty() : OptionalInt.of(fiscalYear);
    }
}
