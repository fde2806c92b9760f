package org.itaminer.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import org.itaminer.model.layout.Cell;
import org.itaminer.model.layout.Row;
import org.itaminer.model.layout.Table;
import org.itaminer.model.layout.TableMethod;

/**
 * Finds tables without rulings from text alignment: a run of lines whose words fall into the same
 * columns, the columns separated by gaps that stay empty down the whole run. Used only where the
 * lattice extractor found nothing, and only when the alignment is convincing.
 */
final class StreamExtractor {

    /** A gap wider than this share of the font size separates two columns on a line. */
    private static final double COLUMN_GAP = 1.2;
    private static final int MIN_LINES = 3;
    private static final int MIN_COLUMNS = 3;
    private static final int MAX_COLUMNS = 12;

    /** A stream table and the lines (indexes into the input, inclusive) it was made of. */
    record Result(Table table, int firstLine, int lastLine) {
    }

    private record Segment(String text, double x0, double x1) {
    }

    private StreamExtractor() {
    }

    /** @param lines the page's lines outside ruled tables, top to bottom */
    static List<Result> extract(List<TextLine> lines) {
        List<List<Segment>> segs = new ArrayList<>(lines.size());
        for (TextLine l : lines) {
            segs.add(segments(l));
        }
        List<Result> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (segs.get(i).size() < 2) {
                i++;
                continue;
            }
            int end = i;
            int j = i + 1;
            while (j < lines.size()) {
                double gap = lines.get(j).baseline() - lines.get(j - 1).baseline();
                if (gap > 3.0 * Math.max(lines.get(j).size(), lines.get(j - 1).size())) {
                    break;
                }
                if (segs.get(j).size() >= 2) {
                    end = j;
                } else if (!(j + 1 < lines.size() && segs.get(j + 1).size() >= 2)) {
                    break;
                }
                j++;
            }
            Result r = tryTable(lines, segs, i, end);
            if (r != null) {
                out.add(r);
                i = end + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    private static Result tryTable(List<TextLine> lines, List<List<Segment>> segs, int first, int last) {
        int candidates = 0;
        List<double[]> spans = new ArrayList<>();
        double size = 0;
        for (int k = first; k <= last; k++) {
            size = Math.max(size, lines.get(k).size());
            if (segs.get(k).size() >= 2) {
                candidates++;
                for (Segment s : segs.get(k)) {
                    spans.add(new double[] {s.x0, s.x1});
                }
            }
        }
        if (candidates < MIN_LINES) {
            return null;
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
            return null;
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
                while (c < bounds.length && s.x0 >= bounds[c]) {
                    c++;
                }
                if (cells.get(c).length() > 0) {
                    cells.get(c).append(' ');
                }
                cells.get(c).append(s.text);
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
            return null;
        }
        for (int f : filled) {
            if (f < 2) {
                return null;
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
        return new Result(new Table(rows, TableMethod.STREAM), first, last);
    }

    private static List<Segment> segments(TextLine line) {
        List<Segment> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        double x0 = 0;
        double x1 = 0;
        for (TextLine.Word w : line.words()) {
            if (text.length() > 0 && w.x0() - x1 > COLUMN_GAP * line.size()) {
                out.add(new Segment(text.toString(), x0, x1));
                text.setLength(0);
            }
            if (text.length() == 0) {
                x0 = w.x0();
            } else {
                text.append(' ');
            }
            text.append(w.text());
            x1 = w.x1();
        }
        if (text.length() > 0) {
            out.add(new Segment(text.toString(), x0, x1));
        }
        return out;
    }
}
