package org.itaminer.thai;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The character classes, as a table: each row is one character with the classes it is in. Columns:
 * thai, consonant, digit, letter-or-mark, combining mark, tone mark, above/below vowel, cannot begin a
 * syllable, leading vowel, spelling-variant mark, combining glyph, private use, mark rank.
 */
class ThaiCharsTest {

    @ParameterizedTest(name = "U+{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # code | name               | thai | cons | digit | letter | comb | tone | vowelAB | noBegin | lead | variant | glyph | pua | rank
            0E00   | (unassigned)       | n    | n    | n     | n      | n    | n    | n       | n       | n    | n       | n     | n   | 0
            0E01   | ก KO KAI           | y    | y    | n     | y      | n    | n    | n       | n       | n    | n       | n     | n   | 0
            0E2E   | ฮ HO NOKHUK        | y    | y    | n     | y      | n    | n    | n       | n       | n    | n       | n     | n   | 0
            0E2F   | ฯ PAIYANNOI        | y    | n    | n     | n      | n    | n    | n       | n       | n    | n       | n     | n   | 0
            0E31   | ั MAI HAN-AKAT      | y    | n    | n     | y      | y    | n    | y       | y       | n    | n       | y     | n   | 0
            0E32   | า SARA AA          | y    | n    | n     | y      | n    | n    | n       | y       | n    | n       | n     | n   | 0
            0E33   | ำ SARA AM          | y    | n    | n     | y      | n    | n    | n       | y       | n    | n       | n     | n   | 0
            0E38   | ุ SARA U            | y    | n    | n     | y      | y    | n    | y       | y       | n    | n       | y     | n   | 0
            0E3A   | ฺ PHINTHU           | y    | n    | n     | y      | y    | n    | y       | y       | n    | n       | y     | n   | 0
            0E40   | เ SARA E           | y    | n    | n     | y      | n    | n    | n       | n       | y    | n       | n     | n   | 0
            0E45   | ๅ LAKKHANGYAO      | y    | n    | n     | y      | n    | n    | n       | y       | n    | n       | n     | n   | 0
            0E46   | ๆ MAIYAMOK         | y    | n    | n     | n      | n    | n    | n       | n       | n    | n       | n     | n   | 0
            0E47   | ็ MAITAIKHU         | y    | n    | n     | y      | y    | n    | y       | y       | n    | y       | y     | n   | 0
            0E48   | ่ MAI EK            | y    | n    | n     | y      | y    | y    | n       | y       | n    | y       | y     | n   | 1
            0E4B   | ๋ MAI CHATTAWA      | y    | n    | n     | y      | y    | y    | n       | y       | n    | y       | y     | n   | 1
            0E4C   | ์ THANTHAKHAT       | y    | n    | n     | y      | y    | n    | n       | y       | n    | y       | y     | n   | 2
            0E4D   | ํ NIKHAHIT          | y    | n    | n     | y      | y    | n    | n       | y       | n    | n       | y     | n   | 2
            0E50   | ๐ DIGIT ZERO       | y    | n    | y     | n      | n    | n    | n       | n       | n    | n       | n     | n   | 0
            0E59   | ๙ DIGIT NINE       | y    | n    | y     | n      | n    | n    | n       | n       | n    | n       | n     | n   | 0
            0E5B   | ๛ KHOMUT           | y    | n    | n     | n      | n    | n    | n       | n       | n    | n       | n     | n   | 0
            0041   | A                  | n    | n    | n     | n      | n    | n    | n       | n       | n    | n       | n     | n   | 0
            0301   | COMBINING ACUTE    | n    | n    | n     | n      | n    | n    | n       | n       | n    | n       | y     | n   | 0
            F700   | legacy ฐ           | n    | n    | n     | n      | n    | n    | n       | n       | n    | n       | n     | y   | 0
            F705   | legacy ่ down-left  | n    | n    | n     | n      | n    | n    | n       | n       | n    | n       | y     | y   | 1
            F70F   | legacy ญ no tail   | n    | n    | n     | n      | n    | n    | n       | n       | n    | n       | n     | y   | 0
            F718   | legacy ุ            | n    | n    | n     | n      | n    | n    | n       | n       | n    | n       | y     | y   | 0
            F89A   | legacy ญ no tail   | n    | n    | n     | n      | n    | n    | n       | n       | n    | n       | n     | y   | 0
            """)
    void classes(String code, String name, char thai, char consonant, char digit, char letter, char combining,
            char tone, char aboveBelow, char noBegin, char leading, char variant, char glyph, char privateUse,
            int rank) {
        int c = Integer.parseInt(code, 16);
        List<String> expected = List.of(
                "thai=" + thai, "consonant=" + consonant, "digit=" + digit, "letter=" + letter,
                "combining=" + combining, "tone=" + tone, "aboveBelow=" + aboveBelow, "noBegin=" + noBegin,
                "leading=" + leading, "variant=" + variant, "glyph=" + glyph, "privateUse=" + privateUse,
                "rank=" + rank);
        List<String> actual = List.of(
                "thai=" + yn(ThaiChars::isThai, c), "consonant=" + yn(ThaiChars::isConsonant, c),
                "digit=" + yn(ThaiChars::isThaiDigit, c), "letter=" + yn(ThaiChars::isThaiLetterOrMark, c),
                "combining=" + yn(ThaiChars::isCombiningMark, c), "tone=" + yn(ThaiChars::isToneMark, c),
                "aboveBelow=" + yn(ThaiChars::isAboveOrBelowVowel, c),
                "noBegin=" + yn(ThaiChars::cannotBeginSyllable, c), "leading=" + yn(ThaiChars::isLeadingVowel, c),
                "variant=" + yn(ThaiChars::isSpellingVariantMark, c), "glyph=" + yn(ThaiChars::isCombiningGlyph, c),
                "privateUse=" + yn(ThaiChars::isPrivateUse, c), "rank=" + ThaiChars.markRank(c));
        assertEquals(expected, actual, name);
    }

    private static char yn(IntPredicate p, int c) {
        return p.test(c) ? 'y' : 'n';
    }

    /** Agrees with the JDK's own White_Space property over the first part of the BMP. */
    @Test
    void whiteSpaceIsUnicodeWhiteSpace() {
        for (int c = 0; c < 0x3001; c++) {
            boolean unicode = Character.isWhitespace(c) || c == 0x00A0 || c == 0x2007 || c == 0x202F
                    || c == 0x0085;
            assertEquals(unicode && c != 0x001C && c != 0x001D && c != 0x001E && c != 0x001F,
                    ThaiChars.isWhiteSpace(c), String.format("U+%04X", c));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # text                | combining glyph
            ''                    | false
            \u0E48                | true
            \u0E34\u0E48          | true
            \u0E01\u0E48          | false
            \uF705\uF718          | true
            """)
    void combiningGlyphText(String glyph, boolean combining) {
        assertEquals(combining, ThaiChars.isCombiningGlyph(glyph));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # text                          | contains Thai
            ''                              | false
            e-GP 2567                       | false
            แผนปฏิบัติการ                     | true
            ๒๕๖๗                            | true
            """)
    void containsThai(String text, boolean thai) {
        assertEquals(thai, ThaiChars.containsThai(text));
    }
}
