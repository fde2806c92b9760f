package org.itaminer.ingest.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.itaminer.model.layout.Cell;
import org.itaminer.model.layout.Row;
import org.itaminer.model.layout.Table;
import org.itaminer.model.layout.TableMethod;

/**
 * Reads a table without rulings from text alignment: each word of a {@link LineRun run of lines} goes to the
 * column its left edge falls in, and the lines fold into rows. Where the run's rows are set apart by more white
 * than its wrapped lines (cell padding), a wider step starts a row; otherwise a line with text in its first
 * column does. Either way a line continues the row above only if each of its cells continues a cell of the
 * line above: a cell starting where the line above left its column empty starts a row (cells are top-aligned).
 * Used only when the alignment is convincing; {@link AlignedLineDetector} finds the runs.
 */
final class StreamExtractor implements TableExtractor<LineRun> {

    private static final int MIN_COLUMNS = 3;
    /** A schedule has a column per month beside its measure, unit, budget and number columns. */
    private static final int MAX_COLUMNS = 24;
    private static final int MIN_ROWS = 2;
    /** A step between baselines this much wider than the run's tightest one is white between two rows. */
    private static final double ROW_STEP = 1.25;

    /** The table of the run, or empty when its alignment is not convincing. */
    @Override
    public Optional<ExtractedTable> extract(LineRun run) {
        List<Double> columns = run.columns();
        int ncol = columns.size();
        // two aligned blocks are signature blocks or a contents list far more often than a table
        if (ncol < MIN_COLUMNS || ncol > MAX_COLUMNS) {
            return Optional.empty();
        }
        List<TextLine> lines = run.lines();
        List<String[]> cells = new ArrayList<>();
        List<int[]> wordColumns = new ArrayList<>();
        for (int k = run.first(); k <= run.last(); k++) {
            int[] wordColumn = columnsOf(lines.get(k), columns);
            wordColumns.add(wordColumn);
            cells.add(cellsOf(lines.get(k), wordColumn, ncol));
        }
        double step = 0;
        double widest = 0;
        for (int k = run.first() + 1; k <= run.last(); k++) {
            double gap = lines.get(k).baseline() - lines.get(k - 1).baseline();
            if (gap > 0.5 * lines.get(k).size()) {
                step = step == 0 ? gap : Math.min(step, gap);
                widest = Math.max(widest, gap);
            }
        }
        boolean spaced = step > 0 && widest > ROW_STEP * step + 0.5;
        List<List<List<String>>> rows = new ArrayList<>();
        List<List<StreamTables.Place>> places = new ArrayList<>();
        for (int k = 0; k < cells.size(); k++) {
            String[] line = cells.get(k);
            boolean newRow = k == 0 || startsCell(cells.get(k - 1), line);
            if (!newRow) {
                double gap = lines.get(run.first() + k).baseline() - lines.get(run.first() + k - 1).baseline();
                newRow = spaced ? gap > ROW_STEP * step
                        : line[0] != null || gap > 1.8 * lines.get(run.first() + k).size();
            }
            if (newRow) {
                List<List<String>> row = new ArrayList<>();
                for (int c = 0; c < ncol; c++) {
                    row.add(new ArrayList<>());
                }
                rows.add(row);
            }
            List<List<String>> row = rows.get(rows.size() - 1);
            int rowIndex = rows.size() - 1;
            places.add(Arrays.stream(wordColumns.get(k)).mapToObj(c -> new StreamTables.Place(rowIndex, c)).toList());
            for (int c = 0; c < ncol; c++) {
                if (line[c] != null) {
                    row.get(c).add(line[c]);
                }
            }
        }
        int multi = 0;
        int[] filled = new int[ncol];
        for (List<List<String>> row : rows) {
            int nonEmpty = 0;
            for (int c = 0; c < ncol; c++) {
                if (!row.get(c).isEmpty()) {
                    nonEmpty++;
                    filled[c]++;
                }
            }
            if (nonEmpty >= 2) {
                multi++;
            }
        }
        if (rows.size() < MIN_ROWS || multi < MIN_ROWS || multi < 0.6 * rows.size()) {
            return Optional.empty();
        }
        // a schedule's month without a tick on this page is a column all the same; a table needs some columns
        // filled down its rows
        int full = 0;
        for (int f : filled) {
            if (f >= Math.min(2, rows.size() - 1)) {
                full++;
            }
        }
        if (full < MIN_COLUMNS) {
            return Optional.empty();
        }
        List<Row> out = new ArrayList<>();
        for (List<List<String>> row : rows) {
            List<Cell> cs = new ArrayList<>();
            for (List<String> cellLines : row) {
                cs.add(cellLines.isEmpty() ? Cell.EMPTY : new Cell(CellText.paragraphsOfText(cellLines)));
            }
            out.add(new Row(cs));
        }
        return Optional.of(new ExtractedTable(new Table(out, TableMethod.STREAM), lines.get(run.first()).top(), List.of(),
                places));
    }

    /** The column of each word of the line: the column its left edge falls in. */
    private static int[] columnsOf(TextLine line, List<Double> columns) {
        int[] out = new int[line.words().size()];
        for (int i = 0; i < out.length; i++) {
            double x0 = line.words().get(i).x0();
            int c = columns.size() - 1;
            while (c > 0 && x0 < columns.get(c)) {
                c--;
            }
            out[i] = c;
        }
        return out;
    }

    /** The line's text per column (null where it has none), its words in the columns {@code wordColumn} gives. */
    private static String[] cellsOf(TextLine line, int[] wordColumn, int ncol) {
        String[] out = new String[ncol];
        for (int i = 0; i < wordColumn.length; i++) {
            int c = wordColumn[i];
            String text = line.words().get(i).text();
            out[c] = out[c] == null ? text : out[c] + " " + text;
        }
        return out;
    }

    /** Whether a cell of {@code line} starts in a column that {@code above} left empty. */
    private static boolean startsCell(String[] above, String[] line) {
        for (int c = 0; c < line.length; c++) {
            if (line[c] != null && above[c] == null) {
                return true;
            }
        }
        return false;
    }
}
