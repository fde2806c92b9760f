package org.itaminer.thai;

/**
 * Folds the Thai digits ๐–๙ (U+0E50–U+0E59) to the ASCII digits 0–9 (U+0030–U+0039). No other
 * character changes; other scripts' digits are left alone.
 */
public final class ThaiDigitFolder implements TextFilter {

    @Override
    public String apply(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ThaiChars.isThaiDigit(c)) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = (char) ('0' + (c - ThaiChars.DIGIT_ZERO));
            }
        }
        return chars == null ? text : new String(chars);
    }
}
