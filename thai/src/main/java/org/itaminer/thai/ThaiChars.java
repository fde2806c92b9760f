package org.itaminer.thai;

/** Character classes of the Thai block (U+0E00–U+0E7F) shared by the filters of this package. */
final class ThaiChars {

    static final char NIKHAHIT = '\u0E4D'; // ํ
    static final char SARA_AA = '\u0E32'; // า
    static final char SARA_AM = '\u0E33'; // ำ

    private ThaiChars() {
    }

    /** U+0E01–U+0E5B: Thai consonants, vowels, marks, digits and Thai punctuation. */
    static boolean isThai(char c) {
        return c >= '\u0E01' && c <= '\u0E5B';
    }

    /**
     * Thai letters and marks that can be part of a word: U+0E01–U+0E2E consonants, U+0E30–U+0E3A
     * vowels, U+0E40–U+0E45 leading vowels and LAKKHANGYAO, U+0E47–U+0E4E marks. Excludes PAIYANNOI
     * ฯ U+0E2F, MAIYAMOK ๆ U+0E46, the digits and the Thai punctuation U+0E4F, U+0E5A, U+0E5B.
     */
    static boolean isThaiLetterOrMark(char c) {
        return (c >= '\u0E01' && c <= '\u0E2E') || (c >= '\u0E30' && c <= '\u0E3A')
                || (c >= '\u0E40' && c <= '\u0E45') || (c >= '\u0E47' && c <= '\u0E4E');
    }

    /** Combining marks written above or below the base: U+0E31, U+0E34–U+0E3A, U+0E47–U+0E4E. */
    static boolean isCombiningMark(char c) {
        return c == '\u0E31' || (c >= '\u0E34' && c <= '\u0E3A') || (c >= '\u0E47' && c <= '\u0E4E');
    }

    /** Tone marks MAI EK, MAI THO, MAI TRI, MAI CHATTAWA: U+0E48–U+0E4B. */
    static boolean isToneMark(char c) {
        return c >= '\u0E48' && c <= '\u0E4B';
    }

    /** Upper and lower vowels that precede a tone mark: U+0E31, U+0E34–U+0E37, U+0E38–U+0E3A, U+0E47. */
    static boolean isAboveOrBelowVowel(char c) {
        return c == '\u0E31' || (c >= '\u0E34' && c <= '\u0E3A') || c == '\u0E47';
    }

    /**
     * Characters that cannot begin a syllable: following vowels and marks U+0E30–U+0E3A, LAKKHANGYAO
     * U+0E45 and U+0E47–U+0E4E.
     */
    static boolean cannotBeginSyllable(char c) {
        return (c >= '\u0E30' && c <= '\u0E3A') || c == '\u0E45' || (c >= '\u0E47' && c <= '\u0E4E');
    }

    /** Leading vowels SARA E, SARA AE, SARA O, SARA AI MAIMUAN, SARA AI MAIMALAI: U+0E40–U+0E44. */
    static boolean isLeadingVowel(char c) {
        return c >= '\u0E40' && c <= '\u0E44';
    }

    /**
     * Unicode White_Space: U+0009–U+000D, U+0020, U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028,
     * U+2029, U+202F, U+205F, U+3000.
     */
    static boolean isWhiteSpace(char c) {
        if (c <= ' ') {
            return c == ' ' || (c >= '\t' && c <= '\r');
        }
        if (c < '\u0085') {
            return false;
        }
        return c == '\u0085' || c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A')
                || c == '\u2028' || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }

    /** Whether {@code text} contains a character of U+0E01–U+0E5B. */
    static boolean containsThai(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isThai(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
