package org.itaminer.extract.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itaminer.extract.measure.ColumnRole;
import org.itaminer.extract.measure.MeasureDraft;

/**
 * What a table row gives a measure beyond its fields, in the schema's {@code extra}: the group heading first, then
 * named non-field columns under their role's key and unknown columns under their header, left to right, then the
 * ticked status options gathered under one key. Shared by the measure-table and the schedule readers.
 */
public final class RowExtras {

    private final ColumnLayout layout;
    private final Map<String, String> extra = new LinkedHashMap<>();
    private final List<String> statuses = new ArrayList<>();

    public RowExtras(ColumnLayout layout, Optional<String> group) {
        this.layout = layout;
        group.ifPresent(g -> extra.put(MeasureDraft.GROUP_KEY, g));
    }

    /** A cell with text, of column {@code column}: kept where its column's role says (fields are the caller's). */
    public void add(int column, String text) {
        ColumnRole role = layout.roles().get(column);
        if (role == ColumnRole.STATUS) {
            // option columns and box lists give the ticked option's words, gathered under one key
            StatusMarks.read(layout.headers().get(column), text).ifPresent(statuses::add);
        } else if (role.extraKey().isPresent()) {
            extra.put(role.extraKey().get(), text);
        } else if (role == ColumnRole.EXTRA) {
            String header = layout.headers().get(column);
            extra.put(header.isBlank() ? "column " + (column + 1) : header, text);
        }
    }

    /** The row's extra, its status options last. */
    public Map<String, String> extra() {
        Map<String, String> all = new LinkedHashMap<>(extra);
        if (!statuses.isEmpty()) {
            all.put(ColumnRole.STATUS.extraKey().orElseThrow(), String.join("; ", statuses));
        }
        return all;
    }
}
