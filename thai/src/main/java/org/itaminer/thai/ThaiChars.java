package org.itaminer.thai;

/**
 * Character classes of Thai text: the Thai block U+0E00–U+0E7F and the private-use glyphs legacy Thai
 * fonts draw with. The one place the filters of this package, the PDF reader's repair, extraction and
 * the theme classifier take them from. Pure functions of one code point; a {@code char} widens to it.
 */
public final class ThaiChars {

    /** The first code point of the Thai block, and one past its last (U+0E00, U+0E80). */
    public static final char BLOCK_FIRST = '\u0E00';
    public static final char BLOCK_END = '\u0E80';
    /** พินทุ PHINTHU ฺ. */
    public static final char PHINTHU = '\u0E3A';
    /** นิคหิต NIKHAHIT ํ. */
    public static final char NIKHAHIT = '\u0E4D';
    /** สระอา SARA AA า. */
    public static final char SARA_AA = '\u0E32';
    /** สระอำ SARA AM ำ. */
    public static final char SARA_AM = '\u0E33';
    /** ๐ THAI DIGIT ZERO; ๑–๙ follow it. */
    public static final char DIGIT_ZERO = '\u0E50';

    private ThaiChars() {
    }

    /** U+0E00–U+0E7F: any code point of the Thai block, assigned or not. */
    public static boolean isInThaiBlock(int c) {
        return c >= BLOCK_FIRST && c < BLOCK_END;
    }

    /** U+0E01–U+0E5B: Thai consonants, vowels, marks, digits and Thai punctuation. */
    public static boolean isThai(int c) {
        return c >= 0x0E01 && c <= 0x0E5B;
    }

    /** พยัญชนะ, the consonants ก–ฮ: U+0E01–U+0E2E. */
    public static boolean isConsonant(int c) {
        return c >= 0x0E01 && c <= 0x0E2E;
    }

    /** เลขไทย, the Thai digits ๐–๙: U+0E50–U+0E59. */
    public static boolean isThaiDigit(int c) {
        return c >= DIGIT_ZERO && c <= 0x0E59;
    }

    /**
     * Thai letters and marks that can be part of a word: U+0E01–U+0E2E consonants, U+0E30–U+0E3A
     * vowels, U+0E40–U+0E45 leading vowels and LAKKHANGYAO, U+0E47–U+0E4E marks. Excludes PAIYANNOI
     * ฯ U+0E2F, MAIYAMOK ๆ U+0E46, the digits and the Thai punctuation U+0E4F, U+0E5A, U+0E5B.
     */
    public static boolean isThaiLetterOrMark(int c) {
        return (c >= 0x0E01 && c <= 0x0E2E) || (c >= 0x0E30 && c <= 0x0E3A)
                || (c >= 0x0E40 && c <= 0x0E45) || (c >= 0x0E47 && c <= 0x0E4E);
    }

    /** Combining marks written above or below the base: U+0E31, U+0E34–U+0E3A, U+0E47–U+0E4E. */
    public static boolean isCombiningMark(int c) {
        return c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E3A) || (c >= 0x0E47 && c <= 0x0E4E);
    }

    /** วรรณยุกต์, the tone marks MAI EK, MAI THO, MAI TRI, MAI CHATTAWA: U+0E48–U+0E4B. */
    public static boolean isToneMark(int c) {
        return c >= 0x0E48 && c <= 0x0E4B;
    }

    /**
     * THANTHAKHAT ์, NIKHAHIT ํ and YAMAKKAN ๎ (U+0E4C–U+0E4E): the marks written after the tone marks
     * in canonical spelling.
     */
    public static boolean isSilencingMark(int c) {
        return c >= 0x0E4C && c <= 0x0E4E;
    }

    /**
     * MAITAIKHU ็, the tone marks and THANTHAKHAT ์ (U+0E47–U+0E4C): the marks that usually make the
     * difference between two spellings of one word (ทับซ้อน / ทับซอน, คู่มือ / คู่มื่อ).
     */
    public static boolean isSpellingVariantMark(int c) {
        return c >= 0x0E47 && c <= 0x0E4C;
    }

    /** Upper and lower vowels that precede a tone mark: U+0E31, U+0E34–U+0E37, U+0E38–U+0E3A, U+0E47. */
    public static boolean isAboveOrBelowVowel(int c) {
        return c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E3A) || c == 0x0E47;
    }

    /**
     * Characters that cannot begin a syllable: following vowels and marks U+0E30–U+0E3A, LAKKHANGYAO
     * U+0E45 and U+0E47–U+0E4E.
     */
    public static boolean cannotBeginSyllable(int c) {
        return (c >= 0x0E30 && c <= 0x0E3A) || c == 0x0E45 || (c >= 0x0E47 && c <= 0x0E4E);
    }

    /** สระหน้า, the leading vowels SARA E, SARA AE, SARA O, SARA AI MAIMUAN, SARA AI MAIMALAI: U+0E40–U+0E44. */
    public static boolean isLeadingVowel(int c) {
        return c >= 0x0E40 && c <= 0x0E44;
    }

    /** The private-use area U+E000–U+F8FF, where legacy Thai fonts put their shifted marks (see below). */
    public static boolean isPrivateUse(int c) {
        return c >= 0xE000 && c <= 0xF8FF;
    }

    /**
     * Whether a glyph is drawn over or under the one before: Unicode non-spacing and enclosing marks of any
     * script, and the private-use variants of Thai marks of TH Sarabun-style fonts (U+F701–U+F71A but
     * F70F, which is YO YING without its tail, a base; U+F884–U+F89D but F89A, likewise).
     */
    public static boolean isCombiningGlyph(int c) {
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
            return true;
        }
        if (c >= 0xF701 && c <= 0xF71A) {
            return c != 0xF70F;
        }
        if (c >= 0xF884 && c <= 0xF89D) {
            return c != 0xF89A;
        }
        return false;
    }

    /** Whether every code point of a glyph's text {@link #isCombiningGlyph combines}; false for "". */
    public static boolean isCombiningGlyph(String glyph) {
        return !glyph.isEmpty() && glyph.codePoints().allMatch(ThaiChars::isCombiningGlyph);
    }

    /**
     * Order of a mark on its base in Unicode's canonical spelling: 0 for vowels above and below, 1 for
     * the tone marks U+0E48–U+0E4B and their shifted private-use forms U+F705–U+F70E, U+F713–U+F717
     * (thanthakhat variants among them), 2 for THANTHAKHAT, NIKHAHIT and YAMAKKAN U+0E4C–U+0E4E.
     */
    public static int markRank(int c) {
        if (isToneMark(c)) {
            return 1;
        }
        if (isSilencingMark(c)) {
            return 2;
        }
        if ((c >= 0xF705 && c <= 0xF70E) || (c >= 0xF713 && c <= 0xF717)) {
            return 1;
        }
        return 0;
    }

    /**
     * Unicode White_Space: U+0009–U+000D, U+0020, U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028,
     * U+2029, U+202F, U+205F, U+3000.
     */
    public static boolean isWhiteSpace(int c) {
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
    public static boolean containsThai(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (isThai(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
