package org.itaminer.extract.table;

import java.util.ArrayList;
import java.util.List;

/**
 * One measure as read from a table, before its cells are interpreted: the text of each column,
 * gathered over the measure's first row and the rows that continue it on later pages.
 */
public final class MeasureRow {

    private final ColumnLayout layout;
    private final int page;
    private final String group;
    private final List<StringBuilder> columns = new ArrayList<>();

    MeasureRow(ColumnLayout layout, int page, String group) {
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
     * row spanning the table above it; null when none.
     */
    public String group() {
        return group;
    }

    /** The gathered text of a column; empty when the cells were empty. */
    public String text(int column) {
        return column < 0 || column >= columns.size() ? "" : columns.get(column).toString();
    }

    /** The gathered text of the column with this role, or null when the table has no such column. */
    public String text(ColumnRole role) {
        int column = layout.columnOf(role);
        return column < 0 ? null : text(column);
    }

    /**
     * Adds a cell's text to a column. Text identical (white space aside) to what the column already
     * holds is not added again: documents repeat the responsible or monitoring cell on every
     * continuation row.
     */
    void append(int column, String text) {
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
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
