package org.itaminer.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.itaminer.model.layout.Cell;
import org.itaminer.model.layout.Row;
import org.itaminer.model.layout.Table;
import org.itaminer.model.layout.TableMethod;

/**
 * Builds a table from a ruled region: grid lines where rulings run, a cell for every grid rectangle,
 * and neighbouring rectangles merged where the ruling between them is missing (merged cells span).
 * A glyph belongs to the cell containing its centre. A top or bottom edge with no horizontal ruling is
 * recorded as open ({@link Table#openTop()}): the table was cut there by a page break.
 */
final class LatticeExtractor implements TableExtractor<RuledArea> {

    /** Grid lines closer than this are one line (double borders, thick lines drawn as two). */
    private static final double SAME_LINE = 4.0;
    private static final double ON_LINE = 2.5;
    private static final int MAX_GRID_CELLS = 40_000;

    /** The table of the region, or empty when it holds no real table (a box, a frame, one cell). */
    @Override
    public Optional<ExtractedTable> extract(RuledArea area) {
        TableRegion region = area.region();
        List<Glyph> glyphs = area.glyphs();
        List<Ruling> hs = region.rulings().stream().filter(Ruling::horizontal).toList();
        List<Ruling> vs = region.rulings().stream().filter(r -> !r.horizontal()).toList();
        double[] xs = gridLines(vs, region.x0(), region.x1());
        double[] ys = gridLines(hs, region.y0(), region.y1());
        int rows = ys.length - 1;
        int cols = xs.length - 1;
        if (rows < 1 || cols < 1 || (long) rows * cols > MAX_GRID_CELLS) {
            return Optional.empty();
        }
        int[] parent = new int[rows * cols];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 1; c < cols; c++) {
                if (!covered(vs, xs[c], ys[r], ys[r + 1])) {
                    DisjointSets.union(parent, r * cols + c - 1, r * cols + c);
                }
            }
        }
        for (int r = 1; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (!covered(hs, ys[r], xs[c], xs[c + 1])) {
                    DisjointSets.union(parent, (r - 1) * cols + c, r * cols + c);
                }
            }
        }
        // bounding grid box of every merged cell
        int n = rows * cols;
        int[] r0 = new int[n];
        int[] r1 = new int[n];
        int[] c0 = new int[n];
        int[] c1 = new int[n];
        java.util.Arrays.fill(r0, Integer.MAX_VALUE);
        java.util.Arrays.fill(c0, Integer.MAX_VALUE);
        java.util.Arrays.fill(r1, -1);
        java.util.Arrays.fill(c1, -1);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int root = DisjointSets.find(parent, r * cols + c);
                r0[root] = Math.min(r0[root], r);
                r1[root] = Math.max(r1[root], r);
                c0[root] = Math.min(c0[root], c);
                c1[root] = Math.max(c1[root], c);
            }
        }
        // glyphs to cells
        List<List<Glyph>> content = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            content.add(null);
        }
        List<Glyph> used = new ArrayList<>();
        for (Glyph g : glyphs) {
            double cx = g.centreX();
            double cy = g.centreY();
            if (cx < xs[0] || cx > xs[cols] || cy < ys[0] || cy > ys[rows]) {
                continue;
            }
            int c = Math.min(cols - 1, Math.max(0, upperIndex(xs, cx)));
            int r = Math.min(rows - 1, Math.max(0, upperIndex(ys, cy)));
            int root = DisjointSets.find(parent, r * cols + c);
            if (content.get(root) == null) {
                content.set(root, new ArrayList<>());
            }
            content.get(root).add(g);
            used.add(g);
        }
        // grid columns and rows where no cell starts are not real: collapse them
        TreeSet<Integer> colStarts = new TreeSet<>();
        TreeSet<Integer> rowStarts = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            if (DisjointSets.find(parent, i) == i) {
                colStarts.add(c0[i]);
                rowStarts.add(r0[i]);
            }
        }
        List<Integer> starts = new ArrayList<>(colStarts);
        int[] effective = new int[cols];
        for (int c = 0; c < cols; c++) {
            effective[c] = colStarts.headSet(c, true).size() - 1;
        }
        int cellCount = 0;
        int nonBlank = 0;
        List<Row> out = new ArrayList<>();
        for (int r : rowStarts) {
            List<Cell> cells = new ArrayList<>();
            int e = 0;
            while (e < starts.size()) {
                int c = starts.get(e);
                int root = DisjointSets.find(parent, r * cols + c);
                int span = effective[c1[root]] - effective[c0[root]] + 1;
                if (effective[c0[root]] != e) {
                    span = Math.max(1, effective[c1[root]] - e + 1);
                }
                if (r0[root] == r) {
                    List<Glyph> gs = content.get(root);
                    List<String> paragraphs = gs == null ? List.of() : CellText.paragraphs(LineBuilder.build(gs));
                    Cell cell = new Cell(paragraphs, span);
                    cells.add(cell);
                    cellCount++;
                    if (!cell.isBlank()) {
                        nonBlank++;
                    }
                } else {
                    cells.add(span == 1 ? Cell.EMPTY : new Cell(List.of(), span)); // under a cell merged downwards
                }
                e += span;
            }
            out.add(new Row(cells));
        }
        if (starts.size() < 2 || cellCount < 2 || nonBlank < 1) {
            return Optional.empty();
        }
        // an edge without its ruling is where a page break cut the table (Word and LibreOffice leave it open)
        boolean openTop = !covered(hs, ys[0], xs[0], xs[cols]);
        boolean openBottom = !covered(hs, ys[rows], xs[0], xs[cols]);
        return Optional.of(new ExtractedTable(new Table(out, TableMethod.LATTICE, openTop, openBottom), ys[0], used));
    }

    /** Grid line positions: the rulings' positions, plus the table's outer edges when a side is open. */
    private static double[] gridLines(List<Ruling> rulings, double min, double max) {
        TreeSet<Double> positions = new TreeSet<>();
        for (Ruling r : rulings) {
            positions.add(r.position());
        }
        positions.add(min);
        positions.add(max);
        List<Double> merged = new ArrayList<>();
        double groupFirst = Double.NaN;
        double sum = 0;
        int count = 0;
        for (double p : positions) {
            if (count > 0 && p - groupFirst > SAME_LINE) {
                merged.add(sum / count);
                count = 0;
                sum = 0;
            }
            if (count == 0) {
                groupFirst = p;
            }
            sum += p;
            count++;
        }
        if (count > 0) {
            merged.add(sum / count);
        }
        return merged.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Whether rulings at {@code position} cover most of the span from a to b. */
    private static boolean covered(List<Ruling> rulings, double position, double a, double b) {
        double tol = Math.max(1.5, Math.min(4, 0.3 * (b - a)));
        for (Ruling r : rulings) {
            if (Math.abs(r.position() - position) <= ON_LINE + SAME_LINE / 2
                    && r.start() <= a + tol && r.end() >= b - tol) {
                return true;
            }
        }
        return false;
    }

    /** Index i with a[i] <= v < a[i+1]. */
    private static int upperIndex(double[] a, double v) {
        int lo = 0;
        int hi = a.length - 1;
        while (lo < hi - 1) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= v) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
