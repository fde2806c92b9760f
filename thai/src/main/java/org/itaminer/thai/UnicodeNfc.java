package org.itaminer.thai;

import java.text.Normalizer;

/**
 * Unicode Normalization Form C ({@link java.text.Normalizer.Form#NFC}).
 *
 * <p>For Thai this only reorders marks with a non-zero combining class into canonical order:
 * PHINTHU U+0E3A (class 9), SARA U/UU U+0E38–U+0E39 (103) before the tone marks U+0E48–U+0E4B
 * (107). NFC does <em>not</em> compose NIKHAHIT U+0E4D + SARA AA U+0E32 into SARA AM U+0E33 (that
 * is a compatibility decomposition); {@link SaraAmComposer} does that.
 */
public final class UnicodeNfc implements TextFilter {

    @Override
    public String apply(String text) {
        Boolean simple = thaiOrAsciiIsNormalized(text);
        if (simple != null ? simple : Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * The NFC check for text of printable ASCII, white space and the Thai block only, where no character
     * composes or decomposes canonically, so NFC is just canonical order: the combining classes of a run of
     * marks never decrease. Null when the text has other characters (the JDK decides then). The JDK's
     * general check costs a tenth of the whole extraction on Thai text.
     */
    static Boolean thaiOrAsciiIsNormalized(String text) {
        int lastClass = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int cc;
            if (c < 0x7F || ThaiChars.isThai(c)) {
                cc = combiningClass(c);
            } else {
                return null;
            }
            if (cc != 0 && cc < lastClass) {
                return false;
            }
            lastClass = cc;
        }
        return true;
    }

    private static int combiningClass(char c) {
        if (c == ThaiChars.PHINTHU) {
            return 9; // PHINTHU
        }
        if (c == 0x0E38 || c == 0x0E39) {
            return 103; // SARA U, SARA UU
        }
        if (ThaiChars.isToneMark(c)) {
            return 107; // tone marks
        }
        return 0;
    }
}
