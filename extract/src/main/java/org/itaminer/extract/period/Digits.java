package org.itaminer.extract.period;

/**
 * Folds every Unicode decimal digit (category Nd, including Thai ๐–๙ U+0E50–U+0E59) to ASCII 0–9.
 * The result has the same length, so offsets stay valid.
 */
final class Digits {

    private Digits() {
    }

    static String toAscii(String text) {
        char[] chars = text.toCharArray();
        boolean changed = false;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if ((c < '0' || c > '9') && Character.isDigit(c)) {
                chars[i] = (char) ('0' + Character.digit(c, 10));
                changed = true;
            }
        }
        return changed ? new String(chars) : text;
    }
}
