package org.itaminer.thai;

/**
 * Collapses every run of Unicode White_Space (U+0009–U+000D, U+0020, U+0085, NO-BREAK SPACE U+00A0,
 * U+1680, U+2000–U+200A, LINE SEPARATOR U+2028, PARAGRAPH SEPARATOR U+2029, U+202F, U+205F,
 * U+3000) into one SPACE U+0020 and removes white space at both ends.
 *
 * <p>The {@link #keepingLineBreaks()} variant does the same within each line but keeps line
 * breaks: a run that contains LINE FEED U+000A, CARRIAGE RETURN U+000D, U+0085, U+2028 or U+2029
 * becomes one LINE FEED (so blank lines disappear), and no line starts or ends with white space.
 */
public final class WhitespaceCollapser implements TextFilter {

    private final boolean keepLineBreaks;

    /** Collapses all white space, line breaks included, into single spaces. */
    public WhitespaceCollapser() {
        this(false);
    }

    private WhitespaceCollapser(boolean keepLineBreaks) {
        this.keepLineBreaks = keepLineBreaks;
    }

    /** A collapser that keeps line breaks as single LINE FEEDs; see the class description. */
    public static WhitespaceCollapser keepingLineBreaks() {
        return new WhitespaceCollapser(true);
    }

    @Override
    public String apply(String text) {
        int n = text.length();
        StringBuilder out = null;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!ThaiChars.isWhiteSpace(c)) {
                if (out != null) {
                    out.append(c);
                }
                i++;
                continue;
            }
            int end = i;
            boolean lineBreak = false;
            while (end < n && ThaiChars.isWhiteSpace(text.charAt(end))) {
                lineBreak |= isLineBreak(text.charAt(end));
                end++;
            }
            String replacement;
            if (i == 0 || end == n) {
                replacement = "";
            } else {
                replacement = keepLineBreaks && lineBreak ? "\n" : " ";
            }
            if (out == null && !(end - i == 1 && replacement.length() == 1 && c == replacement.charAt(0))) {
                out = new StringBuilder(n);
                out.append(text, 0, i);
            }
            if (out != null) {
                out.append(replacement);
            }
            i = end;
        }
        return out == null ? text : out.toString();
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
