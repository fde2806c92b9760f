package org.itaminer.ingest.office;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;

/**
 * Word's bullets in a saved web page are letters of a symbol font: {@code <span style='font-family:Symbol'>·</span>}
 * shows a bullet, Wingdings' § a square, Ø an arrow, ü a tick. Read as those letters they are no list markers; here
 * they become the characters they show.
 */
final class SymbolFonts {

    private static final Pattern FAMILY = Pattern.compile("font-family\\s*:\\s*[\"']?([a-z0-9 ]+)");
    private static final Map<String, Map<Character, Character>> GLYPHS = Map.of(
            "symbol", Map.of('\u00B7', '\u2022'),
            "wingdings", Map.of('§', '▪', 'Ø', '➢', 'ü', '✓', 'l', '●', 'n', '■'));

    private SymbolFonts() {
    }

    /** The symbol font the element sets ({@code symbol}, {@code wingdings}), "" for another font, null when it sets none. */
    static String of(Attributes atts) {
        String family = null;
        String style = atts.getValue("style");
        if (style != null) {
            Matcher m = FAMILY.matcher(style.toLowerCase(Locale.ROOT));
            if (m.find()) {
                family = m.group(1).strip();
            }
        }
        if (family == null && atts.getValue("face") != null) {
            family = atts.getValue("face").toLowerCase(Locale.ROOT).strip();
        }
        if (family == null) {
            return null;
        }
        return GLYPHS.containsKey(family) ? family : "";
    }

    /** The character {@code c} shows in {@code font} (as returned by {@link #of}). */
    static char shown(String font, char c) {
        Map<Character, Character> glyphs = font == null ? null : GLYPHS.get(font);
        return glyphs == null ? c : glyphs.getOrDefault(c, c);
    }
}
