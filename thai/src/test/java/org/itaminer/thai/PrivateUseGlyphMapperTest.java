package org.itaminer.thai;

import static org.itaminer.thai.FilterAssert.check;
import static org.itaminer.thai.FilterAssert.checkRandomData;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrivateUseGlyphMapperTest {

    private final PrivateUseGlyphMapper filter = new PrivateUseGlyphMapper();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                          | ''
            ค้าราคากลาง                  | ค้าราคากลาง
            # ค + MAI THO shifted down (Windows F70B) + า → ค้า
            ค\uF70Bา                     | ค้า
            # ที่: SARA II shifted left (F702) + MAI EK shifted left (F713)
            ท\uF702\uF713                | ที่
            # ปี: SARA II shifted left (F702)
            ป\uF702งบประมาณ              | ปีงบประมาณ
            # ฐาน with THO THAN without descender (F700), ญ without descender (F70F)
            \uF700าน \uF70Fาติ            | ฐาน ญาติ
            # สั่ง: MAI HAN-AKAT shifted left (F710) + MAI EK shifted down-left (F705)
            ส\uF710\uF705ง                | สั่ง
            # ดำ split: NIKHAHIT shifted left (F711) stays split here
            ด\uF711า                      | ด\u0E4Dา
            # เป็น: MAITAIKHU shifted left (F712)
            เป\uF712น                     | เป็น
            # ครุฑ / ปฏู: SARA U, SARA UU, PHINTHU shifted down (F718–F71A)
            คร\uF718ฑ ป\uF719 พ\uF71A      | ครุฑ ปู พ\u0E3A
            # Mac: ที่ = F886 + F88A, ดั้ง = F884 + F88E, ฐ = F89E, ญ = F89A
            ท\uF886\uF88A ด\uF884\uF88Eง \uF89E \uF89A | ที่ ดั้ง ฐ ญ
            # Mac: THANTHAKHAT variants F896–F898, NIKHAHIT F899, MAITAIKHU F889, SARA U/UU/PHINTHU F89B–F89D
            \uF896\uF897\uF898 \uF899 \uF889 \uF89B\uF89C\uF89D | \u0E4C\u0E4C\u0E4C \u0E4D \u0E47 \u0E38\u0E39\u0E3A
            # other private-use code points stay
            \uF6FF\uF71B\uF883\uF89F     | \uF6FF\uF71B\uF883\uF89F
            """)
    void mapsPrivateUseGlyphs(String input, String expected) {
        check(filter, input, expected);
    }

    @Test
    void everyToneMarkVariantMapsToItsToneMark() {
        String tones = "\u0E48\u0E49\u0E4A\u0E4B\u0E4C"; // ่ ้ ๊ ๋ ์
        assertEquals(tones, filter.apply("\uF705\uF706\uF707\uF708\uF709")); // Windows down-left
        assertEquals(tones, filter.apply("\uF70A\uF70B\uF70C\uF70D\uF70E")); // Windows down
        assertEquals(tones, filter.apply("\uF713\uF714\uF715\uF716\uF717")); // Windows left
        assertEquals(tones, filter.apply("\uF88A\uF88D\uF890\uF893\uF896")); // Mac left
        assertEquals(tones, filter.apply("\uF88C\uF88F\uF892\uF895\uF898")); // Mac down-left
        assertEquals(tones, filter.apply("\uF88B\uF88E\uF891\uF894\uF897")); // Mac down
    }

    @Test
    void everyVariantMapsIntoTheThaiBlock() {
        for (char c = '\uF700'; c <= '\uF71A'; c++) {
            assertEquals(true, Character.UnicodeBlock.of(filter.apply(String.valueOf(c)).charAt(0))
                    == Character.UnicodeBlock.THAI, String.format("U+%04X", (int) c));
        }
        for (char c = '\uF884'; c <= '\uF89E'; c++) {
            assertEquals(true, Character.UnicodeBlock.of(filter.apply(String.valueOf(c)).charAt(0))
                    == Character.UnicodeBlock.THAI, String.format("U+%04X", (int) c));
        }
    }

    @Test
    void randomData() {
        checkRandomData(filter, 3L, 300);
    }
}
