package org.itaminer.extract.paragraph;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.itaminer.extract.measure.ColumnRole;

/**
 * A labelled line under a measure: "ผู้รับผิดชอบ: กองคลัง", "ระยะเวลาดำเนินการ ตลอดปีงบประมาณ", a label alone
 * on its line ("ขั้นตอนการดำเนินการ") whose value follows on the next lines, or a label and its value in the
 * two cells of a row (the text form's tab). A label the vocabulary knows names a field; any other short
 * label before a colon is kept under its own words.
 *
 * @param role the field the label names ({@link LabelVocabulary}); empty for a label the project has not seen
 * @param name the label as printed, without its colon
 * @param value the text after the label on the same line; empty when the value follows on the next lines
 */
record Label(Optional<ColumnRole> role, String name, String value) {

    /** A label's closing colon, and the spaces before it. */
    private static final java.util.regex.Pattern TRAILING_COLON = java.util.regex.Pattern.compile("\\s*[:：]$");

    /** A label: up to 40 characters before a colon (ASCII or full-width). */
    private static final Pattern COLON = Pattern.compile("^([^:：]{2,40}?)\\s*[:：]\\s*(.*)$");
    /** A label the project has not seen is a short phrase of Thai words: no digits, at most four words. */
    private static final Pattern UNKNOWN_NAME = Pattern.compile("^(?=.*[ก-๛])[^\\d๐-๙()\\[\\]]{2,30}$");
    private static final int MAX_UNKNOWN_WORDS = 4;
    private static final int MAX_LABEL_ALONE_CHARS = 40;

    /** The line read as a label, or empty when it is not one. */
    static Optional<Label> of(String line) {
        String s = line.strip();
        Matcher colon = COLON.matcher(s);
        if (colon.matches() && !timeOfDay(s, colon.end(1))) {
            String name = colon.group(1).strip();
            Optional<ColumnRole> role = LabelVocabulary.roleOf(name);
            if (role.isPresent() || unknownName(name)) {
                return Optional.of(new Label(role, name, colon.group(2).strip()));
            }
        }
        Optional<LabelVocabulary.Opening> opening = LabelVocabulary.opening(s);
        if (opening.isPresent()) {
            return Optional.of(new Label(Optional.of(opening.get().role()), opening.get().label(), opening.get().value()));
        }
        if (s.length() <= MAX_LABEL_ALONE_CHARS && LabelVocabulary.isLabelAlone(s)) {
            return Optional.of(new Label(LabelVocabulary.roleOf(s), s, ""));
        }
        return Optional.empty();
    }

    /**
     * The text after a list marker read as a label: a numbered field ("๑) ผู้รับผิดชอบ: กองคลัง") only when
     * the vocabulary knows the label and a colon follows it, so a measure named "การติดตามผลการจัดซื้อจัดจ้าง"
     * and a plan's section "๒. วัตถุประสงค์" stay items.
     */
    static Optional<Label> numbered(String rest) {
        String s = rest.strip();
        // "๑. ชื่อโครงการ: ..." numbers a measure and names it: an item, not a field
        return s.indexOf(':') >= 0 || s.indexOf('：') >= 0
                ? of(s).filter(l -> l.known() && l.role().get() != ColumnRole.MEASURE) : Optional.empty();
    }

    /** A label read from a row's first cell, its value the other cells. */
    static Optional<Label> ofCells(String first, String rest) {
        String name = TRAILING_COLON.matcher(first.strip()).replaceFirst("");
        Optional<ColumnRole> role = LabelVocabulary.roleOf(name);
        if (role.isPresent() || unknownName(name)) {
            return Optional.of(new Label(role, name, rest.strip()));
        }
        return Optional.empty();
    }

    /** Whether the label names a field the project knows. */
    boolean known() {
        return role.isPresent();
    }

    /**
     * Whether the label names a field only a measure has (who, when, how, with what money, with what result):
     * a plan's own sections are headed วัตถุประสงค์, เป้าหมาย or กลุ่มเป้าหมาย too, so those do not tell a
     * measure from a section.
     */
    boolean measureField() {
        return role.filter(r -> r != ColumnRole.OBJECTIVE && r != ColumnRole.TARGET_GROUP && r != ColumnRole.KPI
                && r != ColumnRole.REMARK && r != ColumnRole.MEASURE && r != ColumnRole.NUMBER).isPresent();
    }

    private static boolean unknownName(String name) {
        return UNKNOWN_NAME.matcher(name).matches() && name.split("\\s+").length <= MAX_UNKNOWN_WORDS;
    }

    /** "เวลา 08:30 น.": a colon between digits is a time, not a label's end. */
    private static boolean timeOfDay(String s, int colonAt) {
        int after = s.indexOf(':', colonAt) >= 0 ? s.indexOf(':', colonAt) : s.indexOf('：', colonAt);
        return after > 0 && after + 1 < s.length() && Character.isDigit(s.charAt(after - 1))
                && Character.isDigit(s.charAt(after + 1));
    }
}
