package org.itaminer.extract.period;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.itaminer.thai.DecimalDigits;

/**
 * Reads printed years. Thai documents count years in the Buddhist Era (พุทธศักราช, พ.ศ.), which is
 * the Common Era (คริสต์ศักราช, ค.ศ.) plus 543, and often print only the last two digits
 * ("ปี 65" = พ.ศ. 2565). A bare number is read as:
 * <ul>
 *   <li>four digits from 2400: B.E. as printed;</li>
 *   <li>four digits 1900–2200: C.E., converted to B.E.;</li>
 *   <li>two digits: B.E. 25xx (65 → 2565);</li>
 *   <li>anything else: not a year.</li>
 * </ul>
 * A prefix พ.ศ. (also "พ.ศ", "พศ.") forces B.E. and ค.ศ. forces C.E. ("ค.ศ. 2025" → 2568, "ค.ศ. 25" → 2568).
 * Every method returns B.E. years.
 */
public final class ThaiYear {

    /** Offset between the eras: B.E. = C.E. + 543. */
    public static final int ERA_OFFSET = 543;

    /** Era marker: group "era" is "พ" or "ค"; the dots and spaces around ศ are optional. */
    static final String ERA_REGEX = "(?:(?<era>[พค])\\s*\\.?\\s*ศ\\s*\\.?)";

    /** A printed year with optional era marker or "ปี": groups "era" and "year". */
    static final String YEAR_REGEX = "(?:" + ERA_REGEX + "|ปี)?\\s*(?<year>\\d{4}|\\d{2})(?!\\d)";

    private static final Pattern WHOLE = Pattern.compile("(?:ปี\\s*)?" + YEAR_REGEX);
    private static final Pattern TWO_OR_FOUR_DIGITS = Pattern.compile("\\d{2}|\\d{4}");

    private ThaiYear() {
    }

    /**
     * Reads a text that is one printed year: "พ.ศ.2568", "พ.ศ. 2568", "พ.ศ 2568", "ปี 65", "2568",
     * "ค.ศ. 2025". Thai digits (๐–๙) are accepted.
     *
     * @return the B.E. year, or empty when the text is not a year (also for null)
     */
    public static OptionalInt parse(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        Matcher m = WHOLE.matcher(DecimalDigits.toAscii(text).strip());
        return m.matches() ? fromMatch(m) : OptionalInt.empty();
    }

    /**
     * Interprets a bare printed number as a B.E. year by the rules above.
     *
     * @param digits the digits as printed (ASCII), e.g. "65" or "2568"
     */
    public static OptionalInt interpret(String digits) {
        return interpret(digits, null);
    }

    /** Same as {@link #interpret(String)} with a forced era: 'พ' (B.E.), 'ค' (C.E.) or null. */
    static OptionalInt interpret(String digits, Character era) {
        if (digits == null || !TWO_OR_FOUR_DIGITS.matcher(digits).matches()) {
            return OptionalInt.empty();
        }
        int n = Integer.parseInt(digits);
        boolean common = era != null && era == 'ค';
        boolean buddhist = era != null && era == 'พ';
        if (digits.length() == 2) {
            return OptionalInt.of(common ? 2000 + n + ERA_OFFSET : 2500 + n);
        }
        if (n >= 2400 && !common) {
            return OptionalInt.of(n);
        }
        if (n >= 1900 && n <= 2200 && !buddhist) {
            return OptionalInt.of(n + ERA_OFFSET);
        }
        return OptionalInt.empty();
    }

    /** Reads the "era" and "year" groups of a match of a pattern containing {@link #YEAR_REGEX}. */
    static OptionalInt fromMatch(Matcher m) {
        String era = m.group("era");
        return interpret(m.group("year"), era == null ? null : era.charAt(0));
    }

    /** The C.E. year of a B.E. year. */
    public static int toCommonEra(int buddhistYear) {
        return buddhistYear - ERA_OFFSET;
    }

    /** The B.E. year of a C.E. year. */
    public static int toBuddhistEra(int commonYear) {
        return commonYear + ERA_OFFSET;
    }
}
