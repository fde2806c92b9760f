package org.itaminer.ingest.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.itaminer.ingest.pdf.CellText;
import org.itaminer.model.layout.Cell;
import org.itaminer.model.layout.Row;
import org.itaminer.model.layout.Table;
import org.itaminer.model.layout.TableMethod;

/**
 * A ruled table found in a page image: the x of its column rulings, the y of its row rulings, and for every
 * row which inner column rulings are drawn through it (where one is not, the cells either side are one
 * merged cell). Words go to the cell their box's centre is in. A table cut by a page break is open at that
 * edge: its column rulings end without a row ruling, and the row is taken to end where they do.
 */
public final class CellGrid {

    /** Column rulings running this many slacks past the last row ruling make an open last row. */
    static final int OPEN_EDGE = 3;

    private final List<Integer> xs;
    private final List<Integer> ys;
    /** walls[r][c]: a ruling separates column c from c + 1 in row r. */
    private final boolean[][] walls;
    private final boolean openTop;
    private final boolean openBottom;

    CellGrid(List<Integer> xs, List<Integer> ys, boolean[][] walls, boolean openTop, boolean openBottom) {
        this.xs = List.copyOf(xs);
        this.ys = List.copyOf(ys);
        this.walls = walls;
        this.openTop = openTop;
        this.openBottom = openBottom;
    }

    /** The ruled tables among {@code lines}: groups of crossing lines with at least two cells. */
    static List<CellGrid> find(List<RuleLine> lines, int slack) {
        int n = lines.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (lines.get(i).horizontal() != lines.get(j).horizontal() && lines.get(i).meets(lines.get(j), slack)) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        List<CellGrid> grids = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            if (root(parent, r) != r) {
                continue;
            }
            List<RuleLine> horizontals = new ArrayList<>();
            List<RuleLine> verticals = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (root(parent, i) == r) {
                    (lines.get(i).horizontal() ? horizontals : verticals).add(lines.get(i));
                }
            }
            List<Integer> xs = positions(verticals, slack);
            List<Integer> ys = new ArrayList<>(positions(horizontals, slack));
            // a table a page break cuts has no ruling under its last row (or over its first): its column
            // rulings run on past the last row ruling, and where they end the row ends
            int columnsTop = verticals.stream().mapToInt(RuleLine::from).min().orElse(Integer.MAX_VALUE);
            int columnsBottom = verticals.stream().mapToInt(RuleLine::to).max().orElse(Integer.MIN_VALUE);
            boolean openTop = !ys.isEmpty() && ys.get(0) - columnsTop > OPEN_EDGE * slack;
            boolean openBottom = !ys.isEmpty() && columnsBottom - ys.get(ys.size() - 1) > OPEN_EDGE * slack;
            if (openTop) {
                ys.add(0, columnsTop);
            }
            if (openBottom) {
                ys.add(columnsBottom);
            }
            if (xs.size() < 2 || ys.size() < 2 || (xs.size() - 1) * (ys.size() - 1) < 2) {
                continue; // a frame around a paragraph, or a lone underline: not a table
            }
            boolean[][] walls = new boolean[ys.size() - 1][xs.size() - 2];
            for (int row = 0; row < ys.size() - 1; row++) {
                int mid = (ys.get(row) + ys.get(row + 1)) / 2;
                for (int c = 0; c < xs.size() - 2; c++) {
                    int x = xs.get(c + 1);
                    walls[row][c] = verticals.stream().anyMatch(v -> Math.abs(v.at() - x) <= slack && v.covers(mid, slack));
                }
            }
            grids.add(new CellGrid(xs, ys, walls, openTop, openBottom));
        }
        grids.sort(Comparator.comparingInt(g -> g.ys.get(0)));
        return grids;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** The lines' positions, those within {@code slack} of each other taken as one. */
    private static List<Integer> positions(List<RuleLine> lines, int slack) {
        List<Integer> at = lines.stream().map(RuleLine::at).sorted().toList();
        List<Integer> out = new ArrayList<>();
        int sum = 0;
        int count = 0;
        for (int p : at) {
            if (count > 0 && p - sum / count > slack) {
                out.add(sum / count);
                sum = 0;
                count = 0;
            }
            sum += p;
            count++;
        }
        if (count > 0) {
            out.add(sum / count);
        }
        return out;
    }

    /** The table's outer box. */
    public Box bounds() {
        return new Box(xs.get(0), ys.get(0), xs.get(xs.size() - 1), ys.get(ys.size() - 1));
    }

    public int rows() {
        return ys.size() - 1;
    }

    public int columns() {
        return xs.size() - 1;
    }

    /** Every cell's box, row by row, left to right (a merged cell once), rulings included at its edges. */
    public List<Box> cells() {
        List<Box> out = new ArrayList<>();
        for (int r = 0; r < rows(); r++) {
            int c = 0;
            while (c < columns()) {
                int end = c + 1;
                while (end < columns() && !walls[r][end - 1]) {
                    end++;
                }
                out.add(new Box(xs.get(c), ys.get(r), xs.get(end), ys.get(r + 1)));
                c = end;
            }
        }
        return out;
    }

    /** The table with each word in the cell its centre falls in; an empty row is left out. */
    public Table fill(List<OcrWord> words) {
        return fillPlaced(words).table();
    }

    /**
     * A word in a filled table: its row and its cell in that row (a merged cell counts once), as in the table.
     */
    public record PlacedWord(OcrWord word, int row, int column) {
    }

    /** A filled table and where each of its words went (words of a row left out as empty are not there). */
    public record Filled(Table table, List<PlacedWord> words) {
    }

    /** As {@link #fill}, with the place of every word. */
    public Filled fillPlaced(List<OcrWord> words) {
        List<Row> rows = new ArrayList<>();
        List<PlacedWord> placed = new ArrayList<>();
        for (int r = 0; r < rows(); r++) {
            List<Cell> cells = new ArrayList<>();
            List<PlacedWord> inRow = new ArrayList<>();
            int c = 0;
            while (c < columns()) {
                int end = c + 1;
                while (end < columns() && !walls[r][end - 1]) {
                    end++;
                }
                Box box = new Box(xs.get(c), ys.get(r), xs.get(end), ys.get(r + 1));
                List<OcrWord> inside = words.stream()
                        .filter(w -> box.contains(w.box().centreX(), w.box().centreY())).toList();
                int column = cells.size();
                inside.forEach(w -> inRow.add(new PlacedWord(w, rows.size(), column)));
                cells.add(new Cell(CellText.paragraphsOfText(lines(inside)), end - c));
                c = end;
            }
            Row row = new Row(cells);
            if (!row.isBlank()) {
                rows.add(row);
                placed.addAll(inRow);
            }
        }
        return new Filled(new Table(rows, TableMethod.OCR, openTop, openBottom), placed);
    }

    /** A cell's words as printed lines: grouped by their vertical centres, each line left to right. */
    static List<String> lines(List<OcrWord> words) {
        List<OcrWord> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble(w -> w.box().centreY()));
        List<List<OcrWord>> lines = new ArrayList<>();
        for (OcrWord w : sorted) {
            List<OcrWord> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last != null && Math.abs(w.box().centreY() - last.get(0).box().centreY())
                    < 0.5 * Math.max(w.box().height(), last.get(0).box().height())) {
                last.add(w);
            } else {
                List<OcrWord> line = new ArrayList<>();
                line.add(w);
                lines.add(line);
            }
        }
        List<String> out = new ArrayList<>();
        for (List<OcrWord> line : lines) {
            line.sort(Comparator.comparingInt(w -> w.box().left()));
            out.add(LineText.text(line));
        }
        return out;
    }
}
