package org.itaminer.extract.table;

import org.itaminer.extract.measure.HeaderVocabulary;
import org.itaminer.extract.measure.ColumnRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.itaminer.model.layout.Row;

/**
 * The roles of a measure table's columns, read from its header row.
 *
 * @param roles one role per column (EXTRA for unknown headers, null-free)
 * @param headers the header text of each column
 */
public record ColumnLayout(List<ColumnRole> roles, List<String> headers) {

    /** A sub-header names an option or a part of its parent in a few words. */
    private static final int MAX_SUB_HEADER_CHARS = 30;

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
            // the first role the header names that no column left of it has taken (status options may repeat)
            Optional<ColumnRole> role = HeaderVocabulary.rolesOf(text).stream()
                    .filter(r -> r == ColumnRole.STATUS || !roles.contains(r)).findFirst();
            if (role.isPresent()) {
                roles.add(role.get());
                known++;
            } else {
                roles.add(ColumnRole.EXTRA);
            }
        }
        boolean anchored = roles.contains(ColumnRole.MEASURE) || roles.contains(ColumnRole.STEPS)
                || roles.contains(ColumnRole.RISK);
        if (known < 2 || known * 2 < nonEmpty || !anchored) {
            return Optional.empty();
        }
        if (!roles.contains(ColumnRole.MEASURE)) {
            // "ประเด็น | แนวทางการดำเนินการ | ผู้รับผิดชอบ": the how-to column is the only measure text there is;
            // "โอกาส/ความเสี่ยง | สถานะ | ผลการดำเนินงาน": a risk-plan form without a control-measure column
            // reports on each risk
            ColumnRole stand = roles.contains(ColumnRole.STEPS) ? ColumnRole.STEPS : ColumnRole.RISK;
            roles.set(roles.indexOf(stand), ColumnRole.MEASURE);
        }
        return Optional.of(new ColumnLayout(roles, headers));
    }

    /**
     * Reads the row under a header as its second level, when it is one: a header cell spanning several
     * columns ("การดำเนินงาน" over two) is split by the row below into its sub-columns ("ดำเนินการแล้ว",
     * "ยังมิได้ดำเนินการ"). The row is a sub-header when it names every column under a spanning header
     * cell, with short words, and nothing anywhere else. Each sub-column takes the role its own words name
     * (status options become {@link ColumnRole#STATUS} columns), else it is kept as {@link ColumnRole#EXTRA}
     * under "parent child".
     *
     * @param header the header row, one cell per grid column ({@link GridRow}), spans kept on the first
     * @param next the row below it, one cell per grid column
     */
    public Optional<ColumnLayout> withSubHeader(Row header, Row next) {
        boolean[] under = new boolean[size()];
        String[] parent = new String[size()];
        for (int c = 0; c < header.cells().size() && c < size(); c++) {
            int span = header.cell(c).columnSpan();
            for (int k = 0; span > 1 && k < span && c + k < size(); k++) {
                under[c + k] = true;
                parent[c + k] = header.cell(c).text();
            }
        }
        boolean any = false;
        for (int c = 0; c < Math.max(size(), next.cells().size()); c++) {
            boolean filled = !next.cell(c).isBlank();
            boolean inSpan = c < size() && under[c];
            if (filled != inSpan || filled && next.cell(c).text().replace(" ", "").length() > MAX_SUB_HEADER_CHARS) {
                return Optional.empty();
            }
            any |= filled;
        }
        if (!any) {
            return Optional.empty();
        }
        List<ColumnRole> newRoles = new ArrayList<>(roles);
        List<String> newHeaders = new ArrayList<>(headers);
        for (int c = 0; c < size(); c++) {
            if (!under[c]) {
                continue;
            }
            String child = next.cell(c).text();
            int column = c;
            Optional<ColumnRole> role = HeaderVocabulary.rolesOf(child).stream()
                    .filter(r -> r == ColumnRole.STATUS || !newRoles.contains(r) || newRoles.indexOf(r) == column)
                    .findFirst();
            newRoles.set(c, role.orElse(ColumnRole.EXTRA));
            newHeaders.set(c, role.isPresent() ? child : (parent[c] + " " + child).strip());
        }
        if (!newRoles.contains(ColumnRole.MEASURE)) {
            return Optional.empty(); // the split took the measure column: not a sub-header after all
        }
        return Optional.of(new ColumnLayout(newRoles, newHeaders));
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
