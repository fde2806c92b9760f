package org.itaminer.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.itaminer.ingest.pdf.LineRun.Segment;
import org.itaminer.model.layout.Cell;
import org.itaminer.model.layout.Row;
import org.itaminer.model.layout.Table;
import org.itaminer.model.layout.TableMethod;

/**
 * Reads a table without rulings from text alignment: the segments of a {@link LineRun run of lines} fall into
 * the same columns, separated by gaps that stay empty down the whole run. Used only where no ruled table was
 * found, and only when the alignment is convincing; {@link AlignedLineDetector} finds the runs.
 */
final class StreamExtractor implements TableExtractor<LineRun> {

    private static final int MIN_LINES = 3;
    private static final int MIN_COLUMNS = 3;
    private static final int MAX_COLUMNS = 12;

    /** The table of the run, or empty when its alignment is not convincing. */
    @Override
    public Optional<ExtractedTable> extract(LineRun run) {
        List<TextLine> lines = run.lines();
        List<List<Segment>> segs = run.segments();
        int first = run.first();
        int last = run.last();
        int candidates = 0;
        List<double[]> spans = new ArrayList<>();
        double size = 0;
        for (int k = first; k <= last; k++) {
            size = Math.max(size, lines.get(k).size());
            if (segs.get(k).size() >= 2) {
                candidates++;
                for (Segment s : segs.get(k)) {
                    spans.add(new double[] {s.x0(), s.x1()});
                }
            }
        }
        if (candidates < MIN_LINES) {
            return Optional.empty();
        }
        spans.sort((a, b) -> Double.compare(a[0], b[0]));
        List<double[]> columns = new ArrayList<>();
        for (double[] s : spans) {
            double[] lastCol = columns.isEmpty() ? null : columns.get(columns.size() - 1);
            if (lastCol != null && s[0] <= lastCol[1] + 0.5 * size) {
                lastCol[1] = Math.max(lastCol[1], s[1]);
            } else {
                columns.add(new double[] {s[0], s[1]});
            }
        }
        int ncol = columns.size();
        // two aligned blocks are signature blocks or a contents list far more often than a table
        if (ncol < MIN_COLUMNS || ncol > MAX_COLUMNS) {
            return Optional.empty();
        }
        double[] bounds = new double[ncol - 1];
        for (int c = 0; c < ncol - 1; c++) {
            bounds[c] = (columns.get(c)[1] + columns.get(c + 1)[0]) / 2;
        }
        // every line's segments into columns
        List<List<StringBuilder>> rowsText = new ArrayList<>();
        List<Integer> rowLine = new ArrayList<>();
        int multi = 0;
        int[] filled = new int[ncol];
        for (int k = first; k <= last; k++) {
            List<StringBuilder> cells = new ArrayList<>();
            for (int c = 0; c < ncol; c++) {
                cells.add(new StringBuilder());
            }
            for (Segment s : segs.get(k)) {
                int c = 0;
                while (c < bounds.length && s.x0() >= bounds[c]) {
                    c++;
                }
                if (cells.get(c).length() > 0) {
                    cells.get(c).append(' ');
                }
                cells.get(c).append(s.text());
            }
            int nonEmpty = 0;
            for (int c = 0; c < ncol; c++) {
                if (cells.get(c).length() > 0) {
                    nonEmpty++;
                    filled[c]++;
                }
            }
            if (nonEmpty >= 2) {
                multi++;
            }
            rowsText.add(cells);
            rowLine.add(k);
        }
        int total = last - first + 1;
        if (multi < MIN_LINES || multi < 0.6 * total) {
            return Optional.empty();
        }
        for (int f : filled) {
            if (f < 2) {
                return Optional.empty();
            }
        }
        // lines with an empty first column right under a row continue that row (wrapped cells)
        List<List<List<String>>> merged = new ArrayList<>();
        for (int k = 0; k < rowsText.size(); k++) {
            List<StringBuilder> cells = rowsText.get(k);
            boolean continuation = !merged.isEmpty() && cells.get(0).length() == 0
                    && lines.get(rowLine.get(k)).baseline() - lines.get(rowLine.get(k) - 1).baseline()
                    <= 1.8 * lines.get(rowLine.get(k)).size();
            if (continuation) {
                List<List<String>> prev = merged.get(merged.size() - 1);
                for (int c = 0; c < ncol; c++) {
                    if (cells.get(c).length() > 0) {
                        prev.get(c).add(cells.get(c).toString());
                    }
                }
            } else {
                List<List<String>> row = new ArrayList<>();
                for (int c = 0; c < ncol; c++) {
                    List<String> cellLines = new ArrayList<>();
                    if (cells.get(c).length() > 0) {
                        cellLines.add(cells.get(c).toString());
                    }
                    row.add(cellLines);
                }
                merged.add(row);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (List<List<String>> row : merged) {
            List<Cell> cells = new ArrayList<>();
            for (List<String> cellLines : row) {
                cells.add(cellLines.isEmpty() ? Cell.EMPTY : new Cell(CellText.paragraphsOfText(cellLines)));
            }
            rows.add(new Row(cells));
        }
        return Optional.of(new ExtractedTable(new Table(rows, TableMethod.STREAM), lines.get(first).top(), List.of()));
    }
}
