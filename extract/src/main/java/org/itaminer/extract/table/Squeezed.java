package org.itaminer.extract.table;

/**
 * A text with its white space taken out, as header words and cell contents are compared ("ระยะเวลา
 * ดำเนินการ" and "ระยะเวลาดำเนินการ" are one header). The same as {@code text.replaceAll("\\s+", "")}, without
 * a regular expression: it runs on every cell of every table, and a text with no white space comes back as is.
 */
public final class Squeezed {

    private Squeezed() {
    }

    /** {@code text} without the characters {@code \s} matches: space, tab, line feed, vertical tab, form feed, carriage return. */
    public static String of(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && !isSpace(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n - 1);
        out.append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether {@code c} is white space as a regular expression's {@code \s} (without UNICODE_CHARACTER_CLASS) says. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
