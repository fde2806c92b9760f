package org.itaminer.ingest.ocr.digits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.itaminer.ingest.ocr.Box;
import org.itaminer.ingest.ocr.Symbol;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A year read with a digit in doubt takes the runner-up digits that bring it near the page's common year;
 * a year already near it, or one no runner-up brings near, stays as read. Either way it stays a doubt.
 */
class UnsureYearTest {

    @ParameterizedTest(name = "{0} with {1} near {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ๒๕๒๖ | 2:๖     | 2566 | ๒๕๖๖ | true
            ๒๕๒๒ | 2:๖,3:๖ | 2566 | ๒๕๖๖ | true
            ๒๕๖๕ | 3:๔     | 2566 | ๒๕๖๕ | false
            ๒๕๙๙ | 3:๘     | 2566 | ๒๕๙๙ | false
            ๑๐๐  | 0:๓     | 2566 | ๑๐๐  | false
            """)
    void aYearFarFromThePagesYearTakesTheRunnerUpsThatBringItNear(String read, String alternatives, int common,
            String written, boolean changed) {
        List<Symbol> line = new ArrayList<>();
        line.add(new Symbol("ปี", new Box(0, 0, 10, 10), 90f, false));
        int offset = line.size();
        List<Symbol> number = new ArrayList<>();
        for (char c : read.toCharArray()) {
            number.add(new Symbol(String.valueOf(c), new Box(20, 0, 30, 10), 90f, false));
        }
        line.addAll(number);
        List<int[]> alts = new ArrayList<>();
        for (String a : alternatives.split(",")) {
            alts.add(new int[] {Integer.parseInt(a.split(":")[0]), a.split(":")[1].charAt(0)});
        }
        UnsureNumber unsure = new UnsureNumber(read, number, alts, "doubt").at(line, offset);
        NumberDoubt doubt = unsure.nearYear(common);
        assertEquals(written, doubt.written());
        assertEquals(written, line.subList(offset, line.size()).stream().map(Symbol::text).reduce("", String::concat));
        assertEquals(changed, doubt.why().contains("taken as a year near"));
    }
}
