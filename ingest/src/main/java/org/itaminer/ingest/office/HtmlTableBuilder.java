package org.itaminer.ingest.office;

import java.util.ArrayList;
import java.util.List;
import org.itaminer.model.layout.Cell;
import org.itaminer.model.layout.Row;
import org.itaminer.model.layout.Table;
import org.itaminer.model.layout.TableMethod;

/**
 * Rows and cells of one HTML table being read. A cell's {@code colspan} is its column span; a cell's
 * {@code rowspan} leaves an empty cell of the same span in each row below it that it covers, where the source
 * wrote none, so that every row's cells stay under their own columns (as a ruled PDF table's merged cells read).
 */
final class HtmlTableBuilder {

    /** A cell reaching down into later rows: from grid column {@code column}, {@code width} wide. */
    private static final class RowSpan {
        final int column;
        final int width;
        int rowsLeft;

        RowSpan(int column, int width, int rowsLeft) {
            this.column = column;
            this.width = width;
            this.rowsLeft = rowsLeft;
        }
    }

    /** Rows a cell may reach down: far beyond any printed table, and no {@code rowspan=100000} blows it up. */
    private static final int MAX_ROWSPAN = 1000;

    private final List<Row> rows = new ArrayList<>();
    private final List<RowSpan> spans = new ArrayList<>();
    private final List<RowSpan> started = new ArrayList<>();
    private List<Cell> row;
    private List<String> cell;
    private int span = 1;
    private int rowspan = 1;
    /** The grid column where the next cell of this row starts. */
    private int column;

    void startRow() {
        endRow();
        row = new ArrayList<>();
        column = 0;
    }

    void endRow() {
        endCell();
        if (row != null) {
            // cells from rows above that reach into this row after its last cell
            for (RowSpan s : spans) {
                if (s.column >= column && s.rowsLeft > 0) {
                    fillCovered(true);
                    break;
                }
            }
            rows.add(new Row(row));
            row = null;
            spans.forEach(s -> s.rowsLeft--);
            spans.removeIf(s -> s.rowsLeft <= 0);
            spans.addAll(started);
            started.clear();
        }
    }

    void startCell(int colspan, int rowSpan) {
        endCell();
        if (row == null) {
            row = new ArrayList<>();
            column = 0;
        }
        fillCovered(false);
        cell = new ArrayList<>();
        span = colspan;
        rowspan = Math.min(MAX_ROWSPAN, Math.max(1, rowSpan));
    }

    /**
     * Empty cells for the columns that cells above cover from {@link #column} on: those that follow on directly, or
     * ({@code toEnd}) every one up to the row's end, an empty cell for each uncovered column between.
     */
    private void fillCovered(boolean toEnd) {
        boolean found = true;
        while (found) {
            found = false;
            for (RowSpan s : spans) {
                if (s.rowsLeft > 0 && s.column == column) {
                    row.add(s.width == 1 ? Cell.EMPTY : new Cell(List.of(), s.width));
                    column += s.width;
                    found = true;
                    break;
                }
            }
            if (!found && toEnd) {
                // a gap before a later covered column: step over to it
                int next = spans.stream().filter(s -> s.rowsLeft > 0 && s.column > column)
                        .mapToInt(s -> s.column).min().orElse(-1);
                if (next > column) {
                    row.add(Cell.EMPTY);
                    column++;
                    found = true;
                }
            }
        }
    }

    void endCell() {
        if (cell != null) {
            row.add(cell.isEmpty() && span == 1 ? Cell.EMPTY : new Cell(cell, span));
            if (rowspan > 1) {
                started.add(new RowSpan(column, span, rowspan - 1));
            }
            column += span;
            cell = null;
        }
    }

    boolean inCell() {
        return cell != null;
    }

    void addParagraph(String text) {
        if (cell == null) {
            startCell(1, 1);
        }
        if (!text.isBlank()) {
            cell.add(text);
        }
    }

    Table build() {
        endRow();
        return new Table(rows, TableMethod.HTML);
    }

    /** A {@code colspan} or {@code rowspan} value: 1 when missing or not a number, at most 1000. */
    static int span(String value) {
        if (value == null) {
            return 1;
        }
        try {
            return Math.max(1, Math.min(1000, Integer.parseInt(value.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
