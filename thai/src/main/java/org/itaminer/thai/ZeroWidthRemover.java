package org.itaminer.thai;

/**
 * Removes invisible format characters: ZERO WIDTH SPACE U+200B, ZERO WIDTH NON-JOINER U+200C,
 * ZERO WIDTH JOINER U+200D, WORD JOINER U+2060, ZERO WIDTH NO-BREAK SPACE / byte order mark
 * U+FEFF and SOFT HYPHEN U+00AD. Nothing is put in their place, so a zero width space used as a
 * Thai word separator joins the words (Thai is written without spaces between words).
 */
public final class ZeroWidthRemover implements TextFilter {

    @Override
    public String apply(String text) {
        int first = firstZeroWidth(text, 0);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        for (int i = first + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isZeroWidth(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstZeroWidth(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (isZeroWidth(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    static boolean isZeroWidth(char c) {
        return (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }
}
