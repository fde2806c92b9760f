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
    /** A header label is a few words: the longest seen in the genre is about 50 characters without spaces. */
    private static final int MAX_LABEL_CHARS = 60;
    private static final java.util.regex.Pattern COUNTED = java.util.regex.Pattern.compile("ที่\\s*\\d");
    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("\\(?\\d{1,3}(?:\\.\\d{1,2})*\\s*[.)]");
    private static final java.util.regex.Pattern BARE_NUMBER = java.util.regex.Pattern.compile("[\\d๐-๙]{1,3}");

    public ColumnLayout {
        roles = List.copyOf(roles);
        headers = List.copyOf(headers);
    }

    /** Reads a row as a header from its words alone (a row inside a table, with nothing known below it). */
    public static Optional<ColumnLayout> ofHeader(Row row) {
        return ofHeader(row, List.of());
    }

    /**
     * Reads a row as a header. Its words name roles ({@link HeaderVocabulary}); the rows below it, when
     * given, tell the roles of columns whose words the vocabulary does not know ({@link ColumnScores}).
     * From its words alone a row is a header when at least two of its cells name roles, at least half of
     * its non-empty cells do, and one of them is the measure (or how-to) column. With the rows below, one
     * cell naming a role is enough when the content names the others (two or more in all, half of the
     * non-empty cells), and no header cell looks like the cells under it (a data row is not a header).
     * A header naming a role a column on its left already has takes the role's fallback ("แผนงาน/โครงการ |
     * วัตถุประสงค์ | กิจกรรม": the กิจกรรม column holds the steps), else it is kept as {@link ColumnRole#EXTRA}.
     *
     * @param row the candidate header row, one cell per grid column
     * @param below the rows under it in the same printed table (empty when not known)
     */
    public static Optional<ColumnLayout> ofHeader(Row row, List<Row> below) {
        return below.isEmpty() ? read(row, below) : ofHeader(row, below, read(row, List.of()));
    }

    /** As {@link #ofHeader(Row, List)}, the row's reading from its words alone already made ({@link HeaderReadings}). */
    static Optional<ColumnLayout> ofHeader(Row row, List<Row> below, Optional<ColumnLayout> byWords) {
        // the words alone decide most headers, and cost far less than reading the cells below
        if (below.isEmpty() || byWords.isPresent() && !byWords.get().roles().contains(ColumnRole.EXTRA)) {
            return byWords;
        }
        return read(row, below);
    }

    private static Optional<ColumnLayout> read(Row row, List<Row> below) {
        // most rows asked are data: one look at the words rules them out before any scoring
        int words = 0;
        for (var cell : row.cells()) {
            words += !cell.isBlank() && !HeaderVocabulary.rolesOf(cell.text()).isEmpty() ? 1 : 0;
        }
        if (words < (below.isEmpty() ? 2 : 1)) {
            return Optional.empty();
        }
        List<String> headers = new ArrayList<>();
        int nonEmpty = 0;
        for (int i = 0; i < row.cells().size(); i++) {
            String text = row.cell(i).text();
            headers.add(text);
            if (!text.isBlank()) {
                nonEmpty++;
            }
        }
        // what the header's own cells rule out, before the cells below are read: a numbered cell rules out both
        // readings; the words' reading needs as many named cells as the words can give (named <= words), the
        // content's needs labels
        boolean byWordsMay = words >= 2 && words * 2 >= nonEmpty;
        boolean byContentMay = !below.isEmpty() && labels(headers);
        if (!byWordsMay && !byContentMay || numbered(headers)) {
            return Optional.empty();
        }
        List<ColumnContent> contents = new ArrayList<>();
        for (int i = 0; i < row.cells().size(); i++) {
            contents.add(below.isEmpty() ? ColumnContent.NONE : ColumnContent.of(below, i));
        }
        List<ColumnRole> roles = new ArrayList<>(ColumnScores.assign(headers, contents));
        int known = 0;
        int named = 0; // the columns whose role their own words name ("เป้าหมาย | ตัวชี้วัด": one KPI column, not two)
        for (int i = 0; i < roles.size(); i++) {
            if (roles.get(i) != ColumnRole.EXTRA && !headers.get(i).isBlank()) {
                known++;
                named += HeaderVocabulary.rolesOf(headers.get(i)).contains(roles.get(i)) ? 1 : 0;
            }
        }
        boolean byWords = named >= 2 && named * 2 >= nonEmpty;
        boolean byContent = !below.isEmpty() && named >= 1 && known >= 2 && known * 2 >= nonEmpty
                && labels(headers) && !looksLikeItsColumn(headers, contents);
        if (!byWords && !byContent) {
            return Optional.empty();
        }
        if (!roles.contains(ColumnRole.MEASURE)) {
            // "ประเด็น | แนวทางการดำเนินการ | ผู้รับผิดชอบ": the how-to column is the only measure text there is;
            // "โอกาส/ความเสี่ยง | สถานะ | ผลการดำเนินงาน": a risk-plan form without a control-measure column
            // reports on each risk; "เรื่อง | ผู้ปฏิบัติ | ห้วงเวลา": the first column of running text under
            // a header the vocabulary does not know
            int unknown = unknownTextColumn(headers, roles, contents);
            int steps = roles.indexOf(ColumnRole.STEPS);
            int stand = unknown >= 0 && (steps < 0 || unknown < steps) ? unknown
                    : steps >= 0 ? steps
                    : roles.indexOf(ColumnRole.RISK);
            if (stand < 0) {
                return Optional.empty();
            }
            roles.set(stand, ColumnRole.MEASURE);
        }
        return Optional.of(new ColumnLayout(roles, headers));
    }

    /** Whether every non-empty cell is short and unnumbered, as a header's labels are. */
    private static boolean labels(List<String> headers) {
        return headers.stream().filter(h -> !h.isBlank())
                .allMatch(h -> Squeezed.of(h).length() <= MAX_LABEL_CHARS && !NUMBERED.matcher(h).lookingAt());
    }

    /**
     * Whether a cell is numbered as data is ("เป้าหมายที่ 1 ...", "2. โครงการ...", a number column's "5"): a
     * header names its columns, it does not number them.
     */
    private static boolean numbered(List<String> headers) {
        return headers.stream().anyMatch(h -> NUMBERED.matcher(h).lookingAt() || COUNTED.matcher(h).find()
                || BARE_NUMBER.matcher(h.strip()).matches());
    }

    /** Whether a header cell holds what its column's cells hold (a unit, a period, a number): then it is data. */
    private static boolean looksLikeItsColumn(List<String> headers, List<ColumnContent> contents) {
        for (int i = 0; i < headers.size(); i++) {
            String h = headers.get(i);
            if (h.isBlank() || !HeaderVocabulary.rolesOf(h).isEmpty()) {
                continue;
            }
            Optional<ColumnRole> byContent = contents.get(i).suggests();
            ColumnContent own = ColumnContent.of(List.of(h));
            if (byContent.isPresent() && own.suggests().equals(byContent)) {
                return true;
            }
        }
        return false;
    }

    /** The first column of running text (not a list) under a header the vocabulary does not know, or −1. */
    private static int unknownTextColumn(List<String> headers, List<ColumnRole> roles, List<ColumnContent> contents) {
        for (int i = 0; i < roles.size(); i++) {
            if (roles.get(i) == ColumnRole.EXTRA && !headers.get(i).isBlank() && contents.get(i).isText()
                    && contents.get(i).lists() < 0.5) {
                return i;
            }
        }
        return -1;
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
        boolean spans = false;
        for (int c = 0; c < header.cells().size() && c < size(); c++) {
            int span = header.cell(c).columnSpan();
            for (int k = 0; span > 1 && k < span && c + k < size(); k++) {
                under[c + k] = true;
                parent[c + k] = header.cell(c).text();
                spans = true;
            }
        }
        if (!spans) {
            // the text form and stream tables have no merged cells: a label followed by empty header cells
            // that the row below fills spans them ("การดำเนินงาน" | "" over "ดำเนินการแล้ว" | "ยังไม่ดำเนินการ")
            for (int c = 1; c < size(); c++) {
                int p = c - 1;
                while (p >= 0 && header.cell(p).isBlank()) {
                    p--;
                }
                if (p >= 0 && header.cell(c).isBlank() && !next.cell(c).isBlank()) {
                    for (int k = p; k <= c; k++) {
                        under[k] = true;
                        parent[k] = header.cell(p).text();
                    }
                }
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
            Optional<ColumnRole> own = free(HeaderVocabulary.rolesOf(child), newRoles, column);
            // a sub-column its words do not name takes the spanning label's role when no column holds it yet:
            // "วิธีการ" under "การดำเนินการ" is the steps
            Optional<ColumnRole> role = own.isPresent() ? own : free(HeaderVocabulary.rolesOf(parent[c]), newRoles, column);
            newRoles.set(c, role.orElse(ColumnRole.EXTRA));
            newHeaders.set(c, own.isPresent() ? child : (parent[c] + " " + child).strip());
        }
        if (!newRoles.contains(ColumnRole.MEASURE)) {
            return Optional.empty(); // the split took the measure column: not a sub-header after all
        }
        return Optional.of(new ColumnLayout(newRoles, newHeaders));
    }

    /** The first of {@code roles} that no other column than {@code column} holds (status columns may repeat). */
    private static Optional<ColumnRole> free(List<ColumnRole> roles, List<ColumnRole> held, int column) {
        return roles.stream()
                .filter(r -> r == ColumnRole.STATUS || !held.contains(r) || held.indexOf(r) == column)
                .findFirst();
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
