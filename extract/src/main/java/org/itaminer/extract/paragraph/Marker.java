package org.itaminer.extract.paragraph;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.itaminer.thai.DecimalDigits;

/**
 * The number or bullet a line opens with, and its style: "มาตรการที่ ๑ ..." (style {@code มาตรการที่}),
 * "๑. ..." ({@code N.}), "(๑) ..." ({@code (N)}), "๑) ..." ({@code N)}), "1.1 ..." ({@code N.N}),
 * "1.1.1 ..." ({@code N.N.N}), "ก. ..." ({@code ก.}), "ก) ..." ({@code ก)}), "- ..." ({@code -}),
 * "• ..." ({@code •}). A document numbers each level of its lists in one style, so the style tells a
 * measure from a step of it, whatever the words say.
 *
 * @param style the numbering's shape; items of one list level share it
 * @param number the number in Arabic digits ("1", "1.1"); empty for bullets and Thai letters
 * @param rest the line after the marker
 */
record Marker(String style, Optional<String> number, String rest) {

    /** A word, ที่ and a number: มาตรการที่ ๑, แนวทางที่ 2, กิจกรรมที่ 3, โครงการที่ 4, ข้อที่ 5, ข้อ 6. */
    private static final Pattern WORD_NUMBER = Pattern.compile(
            "^((?:มาตรการ|แนวทาง|กิจกรรม|โครงการ|แผนงาน|ข้อ)(?:ที่)?)\\s*(\\d{1,3})(?!\\d|\\.\\d)\\s*[.:)]?\\s*(.*)$");
    private static final Pattern DECIMAL = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){1,2})\\.?(?!\\d)\\s*(.*)$");
    private static final Pattern DOT_OR_HALF_PAREN = Pattern.compile("^(\\d{1,3})\\s?([.)])(?!\\d)\\s*(.*)$");
    private static final Pattern PAREN = Pattern.compile("^\\((\\d{1,3})\\)\\s*(.*)$");
    /** ก. ข) ...: one consonant then the mark, not an abbreviation such as "ก.ย." or "อ.เมือง". */
    private static final Pattern LETTER = Pattern.compile("^([ก-ฮ])([.)])(?![ก-ฮ]\\.)\\s*(.*)$");
    private static final Pattern BULLET = Pattern.compile("^([-–—]|[•●▪◦○■□►▶➢✓*])\\s*(.*)$");
    private static final List<Character> DASHES = List.of('-', '–', '—');

    static Optional<Marker> of(String line) {
        String s = DecimalDigits.toAscii(line.strip());
        Matcher m = WORD_NUMBER.matcher(s);
        if (m.matches()) {
            return Optional.of(new Marker(m.group(1).replace("ที่", "") + "ที่", Optional.of(m.group(2)), m.group(3)));
        }
        m = DECIMAL.matcher(s);
        if (m.matches()) {
            String number = m.group(1);
            String style = number.chars().filter(c -> c == '.').count() == 1 ? "N.N" : "N.N.N";
            return Optional.of(new Marker(style, Optional.of(number), m.group(2)));
        }
        m = DOT_OR_HALF_PAREN.matcher(s);
        if (m.matches()) {
            return Optional.of(new Marker("N" + m.group(2), Optional.of(m.group(1)), m.group(3)));
        }
        m = PAREN.matcher(s);
        if (m.matches()) {
            return Optional.of(new Marker("(N)", Optional.of(m.group(1)), m.group(2)));
        }
        m = LETTER.matcher(s);
        if (m.matches()) {
            return Optional.of(new Marker("ก" + m.group(2), Optional.empty(), m.group(3)));
        }
        m = BULLET.matcher(s);
        if (m.matches() && !m.group(2).isEmpty()) {
            String style = DASHES.contains(m.group(1).charAt(0)) ? "-" : "•";
            return Optional.of(new Marker(style, Optional.empty(), m.group(2)));
        }
        return Optional.empty();
    }

    /** The item's place in its list: the number, the last part of "3.2"; 0 for bullets and letters. */
    int ordinal() {
        return number.map(n -> {
            String[] parts = n.split("\\.");
            return Integer.parseInt(parts[parts.length - 1]);
        }).orElse(0);
    }

    /** Whether the style counts (numbers), as bullets and letters do not. */
    boolean counted() {
        return number.isPresent();
    }
}
