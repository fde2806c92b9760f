package org.itaminer.thai;

import static org.itaminer.thai.FilterAssert.check;
import static org.itaminer.thai.FilterAssert.checkRandomData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThaiTextNormalizerTest {

    private final ThaiTextNormalizer normalizer = ThaiTextNormalizer.standard();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ``                                              | ``
            1. แต่งตั้ง คณะกรรมการ                             | 1. แต่งตั้ง คณะกรรมการ
            <p>๑. แต่งตั้ง คณะกรรมการ</p>                       | 1. แต่งตั้ง คณะกรรมการ
            # private-use glyphs: ค้า (F70B), ที่ (F702 F713)
            ค\uF70Bาราคากลาง ท\uF702\uF713ดิน                  | ค้าราคากลาง ที่ดิน
            # split SARA AM with a tone: ด ํ ่ า → ด่ำ
            ด\u0E4D\u0E48\u0E32                              | ด่ำ
            # private-use NIKHAHIT (F711) + SARA AA: ดำเนินงาน
            ด\uF711าเนินงาน                                  | ดำเนินงาน
            # a space before NIKHAHIT goes, then SARA AM composes (second round of the chain)
            ด \u0E4D\u0E32เนินงาน                             | ดำเนินงาน
            # a space between NIKHAHIT and SARA AA is not guessed
            ด\u0E4D \u0E32                                   | ด\u0E4D \u0E32
            # tone stored before the vowel, zero width spaces, NBSP, markdown
            **ก\u0E48\u0E34จกรรม**\u200B&nbsp;ประจำปี ๒๕๖๗     | กิ่จกรรม ประจำปี 2567
            # line-wrapped words, words kept apart
            ประชา สัมพันธ์ ผ่าน เว็บไซต์ หน่วยงาน                | ประชาสัมพันธ์ ผ่าน เว็บไซต์ หน่วยงาน
            ท ี่ ประชุม                                       | ที่ ประชุม
            # ICU 74 puts a word boundary between ตลอด and ปีงบประมาณ, so the space stays
            ตลอด ปีงบประมาณ                                   | ตลอด ปีงบประมาณ
            # entity-encoded Thai digit and private-use glyph: decoded, then folded and mapped
            ไตรมาสที่ &#3666; ค&#xF70B;า                       | ไตรมาสที่ 2 ค้า
            <ol style="x"><li>คะแนน < 50</li></ol>            | คะแนน < 50
            สำนักปลัด &amp; กองคลัง                           | สำนักปลัด & กองคลัง
            """)
    void normalizesTextValues(String input, String expected) {
        check(normalizer, input, expected);
        assertEquals(expected, ThaiTextNormalizer.normalize(input));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ``                                                  | ``
            `ตัวชี้วัดที่ ๑\nการเปิดเผยข้อมูล`                     | `ตัวชี้วัดที่ 1\nการเปิดเผยข้อมูล`
            `<p>ตัวชี้วัดที่ ๑</p>\r\n\r\n  ประชา สัมพันธ์  `        | `ตัวชี้วัดที่ 1\nประชาสัมพันธ์`
            """)
    void keepsLinesWhenAsked(String input, String expected) {
        assertEquals(expected, ThaiTextNormalizer.normalizeKeepLines(input));
        assertEquals(expected, ThaiTextNormalizer.normalizeKeepLines(expected));
    }

    @Test
    void nullStaysNull() {
        assertNull(ThaiTextNormalizer.normalize(null));
        assertNull(ThaiTextNormalizer.normalizeKeepLines(null));
        assertThrows(NullPointerException.class, () -> normalizer.apply(null));
    }

    @Test
    void customChainAppliesItsFiltersInOrder() {
        ThaiTextNormalizer digitsOnly = new ThaiTextNormalizer(List.of(new ThaiDigitFolder()));
        assertEquals("<p>2567</p>", digitsOnly.apply("<p>๒๕๖๗</p>"));
        assertEquals(10, normalizer.filters().size());
        assertThrows(NullPointerException.class, () -> new ThaiTextNormalizer(null));
    }

    /**
     * The whole chain, LineWrapSpaceJoiner included, is idempotent: the joiner repeats its passes
     * until no space goes, and the chain repeats its rounds until the text stops changing.
     */
    @Test
    void randomData() {
        checkRandomData(normalizer, 11L, 500);
        checkRandomData(ThaiTextNormalizer::normalizeKeepLines, 12L, 500);
    }
}
