package org.itaminer.extract.table;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.itaminer.model.layout.Row;

/**
 * A measure table read whole: the parts that page breaks (or a paragraph between) cut it into, joined
 * under the one column layout its header sets, the header's repeats on later pages left out.
 *
 * @param columns the column layout of every row
 * @param parts the table's parts in document order, one per printed table (or the piece of one under this layout)
 */
public record WholeTable(ColumnLayout columns, List<Part> parts) {

    public WholeTable {
        Objects.requireNonNull(columns, "columns");
        parts = List.copyOf(parts);
    }

    /**
     * The part of a table printed as one table on one page.
     *
     * @param page the page it is printed on
     * @param headingAbove a group heading printed over this part ("กลยุทธ์ที่ 2 ..."): the rows from here on
     *     are listed under it, and the first one never goes on from a measure above
     * @param rows its rows below any header, one cell per grid column ({@link GridRow}), blank rows left out
     */
    public record Part(int page, Optional<String> headingAbove, List<TableRow> rows) {

        public Part {
            Objects.requireNonNull(headingAbove, "headingAbove");
            rows = List.copyOf(rows);
        }
    }

    /**
     * A row below the header.
     *
     * @param cells one cell per grid column
     * @param continued the row goes on from the row above: its measure cell says "(ต่อ)", or it is the rest
     *     of a row a page break cut ({@link PageBreakRow})
     */
    public record TableRow(Row cells, boolean continued) {

        public TableRow {
            Objects.requireNonNull(cells, "cells");
        }
    }
}
