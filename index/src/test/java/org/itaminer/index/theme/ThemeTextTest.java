package org.itaminer.index.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThemeTextTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        // text as published | its matching key
        "ช่องทาง ร้องเรียน|ชองทางรองเรียน",              // space and tone marks go
        "จัดซื้อ-จัดจ้าง|จัดซือจัดจาง",
        "e-GP|egp",
        "No Gift Policy|nogiftpolicy",
        "ไตรมาสที่ ๒ (ม.ค. – มี.ค. ๒๕๖๘)|ไตรมาสที2มคมีค2568", // Thai digits become ASCII; dashes and brackets go
        "คู่มื่อ|คูมือ",                                  // a doubled tone mark, as some PDFs have it
        "ฯลฯ ๆ|ฯลฯๆ",                                     // PAIYANNOI and MAIYAMOK are letters
        "ราคา ฿500|ราคา500",                              // the baht sign is not
        "ด\u0E4D\u0E32เนินการ|ดำเนินการ",                  // a split SARA AM is composed (slow path)
        "ร\u200Bอง\u00ADเรียน|รองเรียน",                  // zero-width and soft hyphens go (slow path)
        "ＡＢＣ １２|ａｂｃ12",                             // full-width letters are lowered, not made ASCII (slow path)
    })
    void foldsToTheMatchingKey(String text, String key) {
        assertEquals(key, ThemeText.fold(text));
    }

    @Test
    void emptyAndNullFoldToNothing() {
        assertEquals("", ThemeText.fold(null));
        assertEquals("", ThemeText.fold(""));
        assertEquals("", ThemeText.fold(" -–() "));
    }

    /** The one-pass path must give what every step gives, for any mix of ASCII and Thai, marks in any order. */
    @Test
    void onePassAgreesWithTheFullChain() {
        Random random = new Random(7);
        String alphabet = "abcXYZ09 -./()\u0E01\u0E14\u0E23\u0E2D\u0E2F\u0E31\u0E32\u0E33\u0E34\u0E38\u0E39\u0E3A"
                + "\u0E3F\u0E40\u0E46\u0E47\u0E48\u0E49\u0E4B\u0E4C\u0E4D\u0E4F\u0E50\u0E59\u0E5A\u0E5B";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = b.toString();
            assertEquals(ThemeText.foldSlowly(s), ThemeText.fold(s), () -> "fold of " + s.codePoints()
                    .mapToObj(c -> String.format("U+%04X", c)).toList());
        }
    }
}
