package org.itaminer.ingest.ocr.digits;

import java.util.List;
import java.util.regex.Pattern;
import org.itaminer.ingest.ocr.Symbol;

/**
 * A number read with a digit in doubt, with the runner-up of each such digit. A year that is far from the
 * page's common year takes the runner-ups that bring it near (๒๕๒๖ for ๒๕๖๖ when ๖ or ๒ was the doubt):
 * a guess, so it stays named in the doubts.
 *
 * @param before what the engine read
 * @param read the digits as read again, one symbol each
 * @param alternatives for each doubtful digit, its index in {@code read} and the runner-up digit
 * @param why the doubts, as a phrase
 * @param line the output line the number is in
 * @param offset where in {@code line} it begins
 */
record UnsureNumber(String before, List<Symbol> read, List<int[]> alternatives, String why, List<Symbol> line,
        int offset) {

    private static final Pattern YEAR_LIKE = Pattern.compile("๒๕[๐-๙]{2}");

    UnsureNumber(String before, List<Symbol> read, List<int[]> alternatives, String why) {
        this(before, read, alternatives, why, read, 0);
    }

    /** The same number, found from {@code offset} on in {@code line}. */
    UnsureNumber at(List<Symbol> line, int offset) {
        return new UnsureNumber(before, read, alternatives, why, line, offset);
    }

    String written() {
        StringBuilder b = new StringBuilder();
        line.subList(offset, offset + read.size()).forEach(s -> b.append(s.text()));
        return b.toString();
    }

    NumberDoubt doubt() {
        return new NumberDoubt(before, written(), why);
    }

    /** The doubt, after changing the number to the nearest year to {@code common} its alternatives allow. */
    NumberDoubt nearYear(int common) {
        String now = written();
        if (!YEAR_LIKE.matcher(now).matches() || Math.abs(NumberChecks.value(now) - common) <= NumberChecks.YEAR_SPREAD) {
            return doubt();
        }
        int best = -1;
        int bestGap = NumberChecks.YEAR_SPREAD + 1;
        for (int mask = 1; mask < 1 << alternatives.size(); mask++) {
            char[] digits = now.toCharArray();
            for (int k = 0; k < alternatives.size(); k++) {
                if ((mask & 1 << k) != 0) {
                    digits[alternatives.get(k)[0]] = (char) alternatives.get(k)[1];
                }
            }
            int gap = Math.abs(NumberChecks.value(new String(digits)) - common);
            if (gap < bestGap) {
                bestGap = gap;
                best = mask;
            }
        }
        if (best < 0) {
            return doubt();
        }
        for (int k = 0; k < alternatives.size(); k++) {
            if ((best & 1 << k) != 0) {
                int at = offset + alternatives.get(k)[0];
                Symbol s = line.get(at);
                line.set(at, new Symbol(String.valueOf((char) alternatives.get(k)[1]), s.box(), s.confidence(), s.spaceBefore()));
            }
        }
        return new NumberDoubt(before, written(), why + "; taken as a year near " + NumberChecks.thai(common));
    }
}

