package org.itaminer.extract.table;

import java.util.ArrayList;
import java.util.List;
import org.itaminer.model.layout.Cell;
import org.itaminer.model.layout.Row;
import org.itaminer.model.layout.Table;

/**
 * A row with one cell per grid column: a cell merged over k columns ({@link Cell#columnSpan()}) is
 * followed by k − 1 empty cells, so that column c of every row is the same column of the table. The
 * merged cell keeps its span, which tells a group heading or a two-level header apart.
 */
public final class GridRow {

    private GridRow() {
    }

    public static Row of(Row row) {
        if (row.cells().stream().allMatch(c -> c.columnSpan() == 1)) {
            return row;
        }
        List<Cell> cells = new ArrayList<>();
        for (Cell cell : row.cells()) {
            cells.add(cell);
            for (int k = 1; k < cell.columnSpan(); k++) {
                cells.add(Cell.EMPTY);
            }
        }
        return new Row(cells);
    }

    /** How many grid columns the table has: its widest row, merged cells counted by their spans. */
    public static int width(Table table) {
        int width = 0;
        for (Row row : table.rows()) {
            width = Math.max(width, row.cells().stream().mapToInt(Cell::columnSpan).sum());
        }
        return width;
    }
}
