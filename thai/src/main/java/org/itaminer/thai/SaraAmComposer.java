package org.itaminer.thai;

/**
 * Re-composes a SARA AM that a font shaper split: NIKHAHIT U+0E4D, then any tone marks
 * U+0E48–U+0E4B, then SARA AA U+0E32 becomes the tone marks followed by SARA AM U+0E33
 * (ด ํ ่ า → ด่ำ). Nothing is guessed across white space: "ด ํ า" with spaces is left alone (such
 * text layers are better OCR'd than repaired).
 */
public final class SaraAmComposer implements TextFilter {

    @Override
    public String apply(String text) {
        int nikhahit = text.indexOf(ThaiChars.NIKHAHIT);
        if (nikhahit < 0) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        while (nikhahit >= 0) {
            int j = nikhahit + 1;
            while (j < text.length() && ThaiChars.isToneMark(text.charAt(j))) {
                j++;
            }
            if (j < text.length() && text.charAt(j) == ThaiChars.SARA_AA) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, nikhahit); // text before the NIKHAHIT
                out.append(text, nikhahit + 1, j); // the tone marks
                out.append(ThaiChars.SARA_AM);
                copied = j + 1;
                nikhahit = text.indexOf(ThaiChars.NIKHAHIT, copied);
            } else {
                nikhahit = text.indexOf(ThaiChars.NIKHAHIT, nikhahit + 1);
            }
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, text.length()).toString();
    }
}
