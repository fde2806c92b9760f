package org.itaminer.extract.table;

import org.itaminer.extract.measure.ColumnRole;
import org.itaminer.model.layout.Row;
import org.itaminer.model.layout.Table;

/**
 * Tells whether the first data row of a table on a new page is the rest of a row that a page break
 * cut (มาตรการ cell running on over the break), so it joins the measure above instead of starting one.
 * Two signs, either enough:
 * <ul>
 *   <li>the reader saw the cut: the table before ended with no closing ruling and this one starts with
 *       none ({@link Table#openBottom()}, {@link Table#openTop()}), whatever the first cell says;</li>
 *   <li>the table numbers its measures (ข้อที่ / ลำดับ), the measure above has a number and this row's
 *       number cell is empty: a new measure would have its own number.</li>
 * </ul>
 */
final class PageBreakRow {

    private PageBreakRow() {
    }

    /**
     * @param before the table read just before this one, on an earlier page (null when more than page
     *     furniture came between)
     * @param table this table, on a later page than the row above
     * @param row the first data row of {@code table}
     * @param columns the column layout in force
     * @param numberedAbove whether the measure above has a number
     */
    static boolean continues(Table before, Table table, Row row, ColumnLayout columns, boolean numberedAbove) {
        if (before == null) {
            return false;
        }
        if (before.openBottom() && table.openTop()) {
            return true;
        }
        int number = columns.columnOf(ColumnRole.NUMBER);
        return number >= 0 && row.cell(number).isBlank() && numberedAbove;
    }
}
