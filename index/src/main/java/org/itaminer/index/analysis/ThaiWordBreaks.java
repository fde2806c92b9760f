package org.itaminer.index.analysis;

import java.util.List;

/**
 * Where a space goes before segmenting, because the dictionary segmenters read these places wrong (the rules; the
 * adapter to token streams is {@link ThaiWordBreakCharFilter}):
 * <ul>
 *   <li>a full stop (U+002E) between two Thai characters (U+0E00–U+0E7F) ends an abbreviation and becomes a space:
 *       อบต.บ่อหิน → อบต บ่อหิน;</li>
 *   <li>between a Thai letter or mark and a decimal digit (Thai ๐–๙ U+0E50–U+0E59 or any other), either way round:
 *       ICU would keep ที่๑ as one word, so ไตรมาสที่๑ and ไตรมาสที่ ๑ would not find each other;</li>
 *   <li>inside {@link #COMPOUNDS}: words the dictionary keeps whole although documents also write their parts
 *       alone (ตลอดปีงบประมาณ is ตลอด|ปีงบประมาณ, so งบประมาณ would not find it).</li>
 * </ul>
 */
final class ThaiWordBreaks {

    /** Compounds split at the bar: each part is then also found on its own. */
    static final List<String> COMPOUNDS = List.of("ปี|งบประมาณ");

    private static final String[] LEFT = COMPOUNDS.stream().map(c -> c.substring(0, c.indexOf('|')))
            .toArray(String[]::new);
    private static final String[] RIGHT = COMPOUNDS.stream().map(c -> c.substring(c.indexOf('|') + 1))
            .toArray(String[]::new);

    private ThaiWordBreaks() {
    }

    /** Whether the character at {@code i} is an abbreviation's full stop, to be read as a space. */
    static boolean isAbbreviationDot(CharSequence s, int i) {
        return s.charAt(i) == '.' && i > 0 && i + 1 < s.length() && isThai(s.charAt(i - 1)) && isThai(s.charAt(i + 1));
    }

    /** Whether a space goes between the characters at {@code i - 1} and {@code i}. */
    static boolean breaksBefore(CharSequence s, int i) {
        if (i <= 0 || i >= s.length()) {
            return false;
        }
        char before = s.charAt(i - 1);
        char at = s.charAt(i);
        if (isThaiLetter(before) && Character.isDigit(at) || Character.isDigit(before) && isThaiLetter(at)) {
            return true;
        }
        for (int k = 0; k < LEFT.length; k++) {
            if (endsAt(s, i, LEFT[k]) && startsAt(s, i, RIGHT[k])) {
                return true;
            }
        }
        return false;
    }

    /** The text with the rules applied (for tests; the char filter applies them with offset corrections). */
    static String apply(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            if (breaksBefore(s, i)) {
                out.append(' ');
            }
            out.append(isAbbreviationDot(s, i) ? ' ' : s.charAt(i));
        }
        return out.toString();
    }

    private static boolean isThai(char c) {
        return org.itaminer.thai.ThaiChars.isInThaiBlock(c);
    }

    private static boolean isThaiLetter(char c) {
        return isThai(c) && !org.itaminer.thai.ThaiChars.isThaiDigit(c);
    }

    private static boolean endsAt(CharSequence s, int end, String word) {
        int start = end - word.length();
        if (start < 0) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (s.charAt(start + k) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsAt(CharSequence s, int start, String word) {
        if (start + word.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (s.charAt(start + k) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
