package org.itaminer.ingest.ocr.digits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers that cannot be what they say: the lines of one page in 2569 (2026), and the numbers in doubt. */
class NumberChecksTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ประจำปีงบประมาณ พ.ศ. ๒๕๖๘                                   | ''
            ประจำปีงบประมาณ พ.ศ. ๒๕๘๘                                   | ๒๕๘๘
            ประจำปีงบประมาณ พ.ศ. ๒๕๖                                    | ๒๕๖
            พ.ศ. ๒๕๖๘ / พ.ศ. ๒๕๖๗ / ปี ๒๕๖๘ / ปี ๒๕๙๘                    | ๒๕๙๘
            ได้คะแนน ๘๓.๕๙ คะแนน จากคะแนนเต็ม ๑๐๐ คะแนน                  | ''
            ได้คะแนน ๘๓๕.๙ คะแนน                                        | ๘๓๕.๙
            วันที่ ๓๑ มีนาคม ๒๕๖๘                                        | ''
            วันที่ ๓๑ เมษายน ๒๕๖๘                                        | ๓๑
            วันที่ ๐ มกราคม ๒๕๖๘                                         | ๐
            ลงวันที่ ๒๙ กุมภาพันธ์ ๒๕๖๗                                   | ''
            ITA 2567 ได้ 95.5 คะแนน                                      | ''
            """)
    void numbersThatCannotBeAreDoubted(String lines, String doubted) {
        List<String> page = Arrays.stream(lines.split(" / ")).toList();
        String found = String.join(",", NumberChecks.checkLines(page, 2569).stream().map(NumberDoubt::written).toList());
        assertEquals(doubted, found);
    }
}
