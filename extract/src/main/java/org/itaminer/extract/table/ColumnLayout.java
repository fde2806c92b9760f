package org.itaminer.extract.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.itaminer.ingest.layout.Row;

/**
 * The roles of a measure table's columns, read from its header row.
 *
 * @param roles one role per column (EXTRA for unknown headers, null-free)
 * @param headers the header text of each column
 */
public record ColumnLayout(List<ColumnRole> roles, List<String> headers) {

    public ColumnLayout {
        roles = List.copyOf(roles);
        headers = List.copyOf(headers);
    }

    /**
     * Reads a row as a header: it is one when at least two of its cells name roles, at least half of
     * its non-empty cells do, and one of them is the measure (or how-to) column. A header naming a role
     * a column on its left already has takes the role's fallback ("แผนงาน/โครงการ | วัตถุประสงค์ | กิจกรรม":
     * the กิจกรรม column holds the steps), else it is kept as {@link ColumnRole#EXTRA}.
     */
    public static Optional<ColumnLayout> ofHeader(Row row) {
        List<ColumnRole> roles = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        int nonEmpty = 0;
        int known = 0;
        for (int i = 0; i < row.cells().size(); i++) {
            String text = row.cell(i).text();
            headers.add(text);
            if (text.isBlank()) {
                roles.add(ColumnRole.EXTRA);
                continue;
            }
            nonEmpty++;
            // the first role the header names that no column left of it has taken
            Optional<ColumnRole> role = HeaderVocabulary.rolesOf(text).stream().filter(r -> !roles.contains(r)).findFirst();
            if (role.isPresent()) {
                roles.add(role.get());
                known++;
            } else {
                roles.add(ColumnRole.EXTRA);
            }
        }
        boolean anchored = roles.contains(ColumnRole.MEASURE) || roles.contains(ColumnRole.STEPS);
        if (known < 2 || known * 2 < nonEmpty || !anchored) {
            return Optional.empty();
        }
        if (!roles.contains(ColumnRole.MEASURE)) {
            // "ประเด็น | แนวทางการดำเนินการ | ผู้รับผิดชอบ": the how-to column is the only measure text there is
            roles.set(roles.indexOf(ColumnRole.STEPS), ColumnRole.MEASURE);
        }
        return Optional.of(new ColumnLayout(roles, headers));
    }

    public int columnOf(ColumnRole role) {
        return roles.indexOf(role);
    }

    public boolean has(ColumnRole role) {
        return roles.contains(role);
    }

    public int size() {
        return roles.size();
    }
}
