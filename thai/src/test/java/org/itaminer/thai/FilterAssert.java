package org.itaminer.thai;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

/** The one-line checks every filter test uses, like Lucene's {@code checkOneTerm}/{@code checkRandomData}. */
final class FilterAssert {

    private FilterAssert() {
    }

    /** {@code filter} turns {@code input} into {@code expected}, and leaves {@code expected} as it is. */
    static void check(TextFilter filter, String input, String expected) {
        String once = filter.apply(input);
        assertEquals(expected, once, () -> "apply(" + escape(input) + ")");
        assertEquals(once, filter.apply(once), () -> "not idempotent on " + escape(input));
    }

    /** {@code filter} never throws on random text and applying it twice equals applying it once. */
    static void checkRandomData(TextFilter filter, long seed, int count) {
        for (String input : randomTexts(seed, count)) {
            String once = assertDoesNotThrow(() -> filter.apply(input), () -> escape(input));
            assertEquals(once, filter.apply(once), () -> "not idempotent on " + escape(input));
        }
    }

    private static final List<String> PIECES = List.of(
            "<p>", "</p>", "<br/>", "<ol style=\"list-style: none\">", "</u>", "&amp;", "&lt;", "&gt;",
            "&nbsp;", "&#3665;", "&#x0E4D;", "&#8203;", "&#xF70B;", "&amp;lt;b&amp;gt;", "**", "__", "< 50",
            "ประชา สัมพันธ์", "ท ี่", "เ ป็น", "ด\u0E4D\u0E48\u0E32", "ด \u0E4D\u0E32", "ก\u0E48\u0E34",
            "ต่าง ๆ", "กรุงเทพฯ", "ไตรมาสที่ ๒", "facebook", "\r\n", "\t", "\u00A0", "\u200B", " ");

    /** Seeded random strings over Thai, ASCII, white space, private-use glyphs and markup pieces. */
    static List<String> randomTexts(long seed, int count) {
        Random random = new Random(seed);
        String[] texts = new String[count];
        for (int t = 0; t < count; t++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(40);
            for (int k = 0; k < length; k++) {
                int kind = random.nextInt(10);
                if (kind < 4) {
                    sb.append((char) (0x0E01 + random.nextInt(0x0E5B - 0x0E01 + 1))); // Thai block
                } else if (kind < 6) {
                    sb.append((char) (0x20 + random.nextInt(0x7F - 0x20))); // printable ASCII
                } else if (kind == 6) {
                    sb.append(random.nextBoolean()
                            ? (char) (0xF700 + random.nextInt(0x1B)) // Windows PUA glyphs
                            : (char) (0xF884 + random.nextInt(0x1B))); // Mac PUA glyphs
                } else {
                    sb.append(PIECES.get(random.nextInt(PIECES.size())));
                }
            }
            texts[t] = sb.toString();
        }
        return List.of(texts);
    }

    /** Text with everything outside printable ASCII and Thai shown as \\uXXXX, for failure messages. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if ((c >= 0x20 && c < 0x7F) || (c >= 0x0E01 && c <= 0x0E2E) || (c >= 0x0E3F && c <= 0x0E46)
                    || (c >= 0x0E50 && c <= 0x0E5B)) {
                sb.append(c);
            } else {
                sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
            }
        }
        return sb.append('"').toString();
    }
}
