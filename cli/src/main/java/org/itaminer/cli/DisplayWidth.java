package org.itaminer.cli;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * How many terminal columns text takes, for aligning tables. Thai vowels and tone marks written above or below a
 * consonant (ั ิ ี ึ ื ุ ู ็ ่ ้ ๊ ๋ ์ ํ, general category Mn) take none, so {@code String.length()} over-counts
 * every Thai word that has them; zero-width format characters (U+200B, Cf) take none either, East Asian wide and
 * full-width characters two, everything else one.
 */
final class DisplayWidth {

    private DisplayWidth() {
    }

    /** The columns one code point takes: 0, 1 or 2. */
    static int of(int codePoint) {
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || type == Character.CONTROL) {
            return 0;
        }
        int eaw = UCharacter.getIntPropertyValue(codePoint, UProperty.EAST_ASIAN_WIDTH);
        return eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
    }

    /** The columns {@code text} takes; 0 for null. */
    static int of(String text) {
        return text == null ? 0 : text.codePoints().map(DisplayWidth::of).sum();
    }

    /** {@code text} followed by spaces up to {@code width} columns (left-aligned); unchanged when wider. */
    static String padRight(String text, int width) {
        return text + " ".repeat(Math.max(0, width - of(text)));
    }

    /** Spaces then {@code text}, {@code width} columns in all (right-aligned); unchanged when wider. */
    static String padLeft(String text, int width) {
        return " ".repeat(Math.max(0, width - of(text))) + text;
    }

    /**
     * {@code text} cut to at most {@code width} columns, ending in "…" when cut. A consonant keeps the marks
     * above and below it: they are never separated.
     */
    static String fit(String text, int width) {
        if (of(text) <= width) {
            return text;
        }
        StringBuilder b = new StringBuilder();
        int used = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int w = of(cp);
            if (w > 0 && used + w > width - 1) {
                break;
            }
            b.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return b.append('…').toString();
    }
}
