package org.itaminer.model.layout;

import java.util.List;
import java.util.Objects;

/**
 * A table as the source laid it out: rows of cells, the header row (if any) among them.
 *
 * <p>A ruled table that a page break cuts is drawn without its closing line: the part on the first
 * page has no line under its last row ({@code openBottom}), the part on the next page no line over
 * its first row ({@code openTop}). A row cut that way (a long มาตรการ cell running over the break) is
 * one row printed on two pages, so a reader joins the two halves instead of starting a new row.
 * Readers that cannot tell (plain text, stream tables, office files) leave both false.
 *
 * @param rows rows in order
 * @param method how the table was found
 * @param openTop no ruling closes the table's top edge: the first row may continue a row cut by a page break
 * @param openBottom no ruling closes the table's bottom edge: the last row may go on on the next page
 */
public record Table(List<Row> rows, TableMethod method, boolean openTop, boolean openBottom) implements Block {

    public Table {
        rows = List.copyOf(rows);
        Objects.requireNonNull(method, "method");
    }

    /** A table with closed edges (or edges the reader cannot see). */
    public Table(List<Row> rows, TableMethod method) {
        this(rows, method, false, false);
    }

    /** The same table (method and edges) with other rows: for steps that rewrite cell text. */
    public Table withRows(List<Row> newRows) {
        return new Table(newRows, method, openTop, openBottom);
    }

    public int columnCount() {
        return rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
    }
}
