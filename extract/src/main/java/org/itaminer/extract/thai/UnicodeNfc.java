package org.itaminer.extract.thai;

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
        if (Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
