package org.itaminer.extract.schedule;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a row of a schedule's measure column is marked: the measure rows of a table share one style ("1.",
 * "มาตรการที่ 1", none) and the activity rows under them another ("1.1", "- ", "•", "(1)", "ก."), so a row
 * is a measure when it is marked as the table's first row is. Numbers count their levels: "1." is one,
 * "1.1" two.
 *
 * @param style the kind of mark
 * @param depth how many numbers a numbered mark has (1 for "1.", 2 for "1.1"); 0 for the others
 * @param end where the mark ends in the cell's text (the activity's words begin there)
 */
record ItemMarker(Style style, int depth, int end) {

    /** The kinds of marks. */
    enum Style {
        /** มาตรการที่ 1, โครงการที่ 2, แผนงานที่ 3. */
        MEASURE_WORD,
        /** กิจกรรมที่ 1, กิจกรรมย่อย 2. */
        ACTIVITY_WORD,
        /** 1. / 1 / 1.1 / 1.1.1 */
        NUMBER,
        /** (1) */
        PARENTHESIS,
        /** 1) */
        CLOSING_PARENTHESIS,
        /** ก. ข) */
        LETTER,
        /** - • ● ▪ ◦ * ➢ ► */
        BULLET,
        /** no mark */
        NONE
    }

    private static final Pattern MEASURE_WORD = Pattern.compile("^(?:มาตรการ|โครงการ|แผนงาน)\\s*ที่\\s*\\d{1,2}(?!\\d)[.:)]?\\s*");
    private static final Pattern ACTIVITY_WORD = Pattern.compile("^กิจกรรม\\s*(?:ที่|ย่อย(?:ที่)?)\\s*\\d{1,2}(?:\\.\\d{1,2})*[.:)]?\\s*");
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})*)(?:\\.(?!\\d)\\s*|\\s+)");
    private static final Pattern PARENTHESIS = Pattern.compile("^\\(\\d{1,2}\\)\\s*");
    private static final Pattern CLOSING = Pattern.compile("^\\d{1,2}\\)\\s*");
    private static final Pattern LETTER = Pattern.compile("^[ก-ฮ][.)]\\s+");
    private static final Pattern BULLET = Pattern.compile("^[-–•●▪◦○·*➢►▶>]+\\s*");

    /** The mark a (stripped) cell text opens with. */
    static ItemMarker of(String text) {
        Matcher m;
        if ((m = MEASURE_WORD.matcher(text)).find()) {
            return new ItemMarker(Style.MEASURE_WORD, 0, m.end());
        }
        if ((m = ACTIVITY_WORD.matcher(text)).find()) {
            return new ItemMarker(Style.ACTIVITY_WORD, 0, m.end());
        }
        if ((m = NUMBER.matcher(text)).find()) {
            return new ItemMarker(Style.NUMBER, m.group(1).split("\\.").length, m.end());
        }
        if ((m = PARENTHESIS.matcher(text)).find()) {
            return new ItemMarker(Style.PARENTHESIS, 0, m.end());
        }
        if ((m = CLOSING.matcher(text)).find()) {
            return new ItemMarker(Style.CLOSING_PARENTHESIS, 0, m.end());
        }
        if ((m = LETTER.matcher(text)).find()) {
            return new ItemMarker(Style.LETTER, 0, m.end());
        }
        if ((m = BULLET.matcher(text)).find()) {
            return new ItemMarker(Style.BULLET, 0, m.end());
        }
        return new ItemMarker(Style.NONE, 0, 0);
    }

    /** Whether a row marked so is at the same level as one marked {@code other}. */
    boolean sameLevel(ItemMarker other) {
        return style == other.style && depth == other.depth;
    }

    /** The text after the mark. */
    String rest(String text) {
        return text.substring(end).strip();
    }
}
