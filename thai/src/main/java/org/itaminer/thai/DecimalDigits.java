package org.itaminer.thai;

/**
 * Folds every Unicode decimal digit (general category Nd: Thai ๐–๙ U+0E50–U+0E59, Arabic-Indic, full-width
 * and the rest) to ASCII 0–9, one character for one, so offsets stay valid. {@link ThaiDigitFolder} is the
 * narrower step of the normalization chain, which leaves other scripts' digits alone; reading numbers and
 * matching themes take any script's.
 */
public final class DecimalDigits {

    private DecimalDigits() {
    }

    /** Whether {@code c} is a decimal digit of any script (category Nd), ASCII included. */
    public static boolean isDecimalDigit(int c) {
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    /** The ASCII digit of decimal digit {@code c}; {@code c} must be one ({@link #isDecimalDigit}). */
    public static char toAscii(int c) {
        return (char) ('0' + Character.digit(c, 10));
    }

    /** {@code text} with every decimal digit as its ASCII digit; the same string when it has none. */
    public static String toAscii(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < '0' || c > '9') && Character.isDigit(c)) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = toAscii(c);
            }
        }
        return chars == null ? text : new String(chars);
    }
}
