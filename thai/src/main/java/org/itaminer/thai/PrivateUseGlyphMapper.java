package org.itaminer.thai;

/**
 * Maps the private-use positioned glyph variants of old Windows and Mac Thai fonts (as PDF text
 * layers made with TH Sarabun-family fonts carry them) to standard Thai, using the table of
 * HarfBuzz's Thai shaper:
 *
 * <table>
 * <caption>Private-use code point to standard Thai</caption>
 * <tr><th>Windows</th><th>Mac</th><th>standard</th></tr>
 * <tr><td>U+F700</td><td>U+F89E</td><td>U+0E10 ฐ (without descender)</td></tr>
 * <tr><td>U+F70F</td><td>U+F89A</td><td>U+0E0D ญ (without descender)</td></tr>
 * <tr><td>U+F701–U+F704</td><td>U+F885–U+F888</td><td>U+0E34–U+0E37 ิ ี ึ ื</td></tr>
 * <tr><td>U+F710</td><td>U+F884</td><td>U+0E31 ั</td></tr>
 * <tr><td>U+F711</td><td>U+F899</td><td>U+0E4D ํ</td></tr>
 * <tr><td>U+F712</td><td>U+F889</td><td>U+0E47 ็</td></tr>
 * <tr><td>U+F713–U+F717</td><td>U+F88A, U+F88D, U+F890, U+F893, U+F896</td>
 *     <td>U+0E48–U+0E4C ่ ้ ๊ ๋ ์ (shifted left)</td></tr>
 * <tr><td>U+F705–U+F709</td><td>U+F88C, U+F88F, U+F892, U+F895, U+F898</td>
 *     <td>U+0E48–U+0E4C (shifted down-left)</td></tr>
 * <tr><td>U+F70A–U+F70E</td><td>U+F88B, U+F88E, U+F891, U+F894, U+F897</td>
 *     <td>U+0E48–U+0E4C (shifted down)</td></tr>
 * <tr><td>U+F718–U+F71A</td><td>U+F89B–U+F89D</td><td>U+0E38 ุ, U+0E39 ู, U+0E3A ฺ</td></tr>
 * </table>
 *
 * <p>Every other character, including the rest of the private use area, is left unchanged.
 */
public final class PrivateUseGlyphMapper implements TextFilter {

    private static final char WINDOWS_FIRST = '\uF700';
    private static final char MAC_FIRST = '\uF884';

    /** Standard Thai for U+F700 + index, index 0–26. */
    private static final String WINDOWS = ""
            + "\u0E10" // F700 ฐ
            + "\u0E34\u0E35\u0E36\u0E37" // F701–F704 ิ ี ึ ื
            + "\u0E48\u0E49\u0E4A\u0E4B\u0E4C" // F705–F709 down-left ่ ้ ๊ ๋ ์
            + "\u0E48\u0E49\u0E4A\u0E4B\u0E4C" // F70A–F70E down
            + "\u0E0D" // F70F ญ
            + "\u0E31" // F710 ั
            + "\u0E4D" // F711 ํ
            + "\u0E47" // F712 ็
            + "\u0E48\u0E49\u0E4A\u0E4B\u0E4C" // F713–F717 left
            + "\u0E38\u0E39\u0E3A"; // F718–F71A ุ ู ฺ

    /** Standard Thai for U+F884 + index, index 0–26. */
    private static final String MAC = ""
            + "\u0E31" // F884 ั
            + "\u0E34\u0E35\u0E36\u0E37" // F885–F888 ิ ี ึ ื
            + "\u0E47" // F889 ็
            + "\u0E48\u0E48\u0E48" // F88A left, F88B down, F88C down-left ่
            + "\u0E49\u0E49\u0E49" // F88D–F88F ้
            + "\u0E4A\u0E4A\u0E4A" // F890–F892 ๊
            + "\u0E4B\u0E4B\u0E4B" // F893–F895 ๋
            + "\u0E4C\u0E4C\u0E4C" // F896–F898 ์
            + "\u0E4D" // F899 ํ
            + "\u0E0D" // F89A ญ
            + "\u0E38\u0E39\u0E3A" // F89B–F89D ุ ู ฺ
            + "\u0E10"; // F89E ฐ

    @Override
    public String apply(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char mapped = map(text.charAt(i));
            if (mapped != 0) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = mapped;
            }
        }
        return chars == null ? text : new String(chars);
    }

    /** The standard character for a private-use glyph, or 0 when {@code c} is not one. */
    static char map(char c) {
        if (c >= WINDOWS_FIRST && c < WINDOWS_FIRST + WINDOWS.length()) {
            return WINDOWS.charAt(c - WINDOWS_FIRST);
        }
        if (c >= MAC_FIRST && c < MAC_FIRST + MAC.length()) {
            return MAC.charAt(c - MAC_FIRST);
        }
        return 0;
    }
}
