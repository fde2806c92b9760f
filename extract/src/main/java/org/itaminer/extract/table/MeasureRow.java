package org.itaminer.extract.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.itaminer.extract.measure.ColumnRole;
import org.itaminer.extract.measure.MeasureDraft;
import org.itaminer.extract.measure.StepSplitter;
import java.util.regex.Pattern;

/**
 * One measure as read from a table, before its cells are interpreted: the text of each column,
 * gathered over the measure's first row and the rows that continue it on later pages.
 */
public final class MeasureRow {

    /** A number's opening bracket or closing dot or bracket: "(3)", "4.". */
    private static final java.util.regex.Pattern NUMBER_MARKS = java.util.regex.Pattern.compile("^\\(|[.)]$");
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d{1,3}(\\.\\d{1,2})*");

    private final ColumnLayout layout;
    private final int page;
    private final Optional<String> group;
    private final List<StringBuilder> columns = new ArrayList<>();
    /** The paragraphs of the steps column's cells, in order. */
    private final List<String> stepItems = new ArrayList<>();

    MeasureRow(ColumnLayout layout, int page, Optional<String> group) {
        this.layout = layout;
        this.page = page;
        this.group = group;
        for (int i = 0; i < layout.size(); i++) {
            columns.add(new StringBuilder());
        }
    }

    public ColumnLayout layout() {
        return layout;
    }

    /** The page the measure starts on. */
    public int page() {
        return page;
    }

    /**
     * The heading of the group the measure is listed under ("ยุทธศาสตร์ที่ 1 ...", "มิติที่ 2 ..."): a
     * row spanning the table above it, or a heading printed over the table; empty when none.
     */
    public Optional<String> group() {
        return group;
    }

    /** The gathered text of a column; empty when the cells were empty. */
    public String text(int column) {
        return column < 0 || column >= columns.size() ? "" : columns.get(column).toString();
    }

    /** The gathered text of the column with this role, or empty when the table has no such column. */
    public Optional<String> text(ColumnRole role) {
        int column = layout.columnOf(role);
        return column < 0 ? Optional.empty() : Optional.of(text(column));
    }

    /**
     * Adds a cell's text to a column. Text identical (white space aside) to what the column already
     * holds is not added again: documents repeat the responsible or monitoring cell on every
     * continuation row.
     */
    void append(int column, String text) {
        append(column, text, List.of());
    }

    /**
     * Adds a cell's text to a column, with the cell's paragraphs: in the steps column a cell that sets out its
     * steps one paragraph each (a Word list whose numbers are not in the text, bullets, ก. ข.) lists them.
     */
    void append(int column, String text, List<String> paragraphs) {
        if (column >= columns.size() || text.isBlank()) {
            return;
        }
        StringBuilder sb = columns.get(column);
        String have = squeeze(sb.toString());
        String add = squeeze(text);
        if (!have.isEmpty() && (have.contains(add) || Similarity.ratio(have, add) >= 0.9)) {
            return;
        }
        if (sb.length() > 0) {
            sb.append(' ');
        }
        sb.append(text.strip());
        if (column == layout.columnOf(ColumnRole.STEPS)) {
            List<String> items = paragraphs.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
            stepItems.addAll(items.isEmpty() ? List.of(text.strip()) : items);
        }
    }

    /**
     * The steps as the cells list them, one paragraph each with its bullet or letter taken off; empty when the
     * steps are numbered (the numbers split them) or written as one paragraph.
     */
    private List<String> listedSteps() {
        String steps = text(ColumnRole.STEPS).orElse("");
        if (stepItems.size() < 2 || StepSplitter.split(steps).size() >= 2) {
            return List.of();
        }
        return stepItems.stream().map(p -> ITEM_MARK.matcher(p).replaceFirst("").strip()).filter(p -> !p.isEmpty())
                .toList();
    }

    /** A bullet or a Thai letter opening a list item: "- ", "• ", "ก. ", "ข) ". */
    private static final Pattern ITEM_MARK = Pattern.compile("^(?:[-–•●▪◦○■□►▶➢✓*]|[ก-ฮ][.)](?![ก-ฮ]\\.))\\s*");

    /**
     * The measure as a draft: the text of each role's (first) column; the number column's number; in {@code extra},
     * the group heading first, then named non-field columns under their role's key and unknown columns
     * under their header, left to right, then the ticked status options gathered under one key.
     */
    public MeasureDraft draft() {
        Map<ColumnRole, String> fields = new EnumMap<>(ColumnRole.class);
        RowExtras extras = new RowExtras(layout, group);
        for (int c = 0; c < layout.size(); c++) {
            ColumnRole role = layout.roles().get(c);
            if (layout.columnOf(role) == c) {
                fields.put(role, text(c));
            }
            String text = text(c);
            if (!MeasureDraft.present(text)) {
                continue;
            }
            if (role == ColumnRole.STRATEGY) {
                continue; // the measure's group, put first
            }
            extras.add(c, text);
        }
        return new MeasureDraft(fields, text(ColumnRole.NUMBER).flatMap(MeasureRow::digitsOnly), listedSteps(),
                extras.extra(), page);
    }

    /** "12", "(3)", "4." → the number; anything else in a number column is not one. */
    private static Optional<String> digitsOnly(String text) {
        String t = NUMBER_MARKS.matcher(text.strip()).replaceAll("").strip();
        return NUMBER.matcher(t).matches() ? Optional.of(t) : Optional.empty();
    }

    private static String squeeze(String s) {
        return Squeezed.of(s);
    }
}
