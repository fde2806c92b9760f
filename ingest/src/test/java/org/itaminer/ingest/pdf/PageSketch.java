package org.itaminer.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import org.itaminer.model.layout.Block;
import org.itaminer.model.layout.Cell;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.Row;
import org.itaminer.model.layout.Table;

/**
 * A page drawn word by word for the layout tests, as a word processor sets it: one glyph per word (a Thai
 * word is half its font size wide per character), words apart by a word space, tables with their cell text
 * left-aligned at a padding inside columns as wide as their longest line, so the white between two columns
 * is only twice the padding where that line runs.
 */
final class PageSketch {

    static final double SPACE = 0.34;
    private final List<Glyph> glyphs = new ArrayList<>();
    private final List<Ruling> rulings = new ArrayList<>();
    private int seq;

    static double width(String word, double size) {
        return word.codePointCount(0, word.length()) * 0.5 * size;
    }

    /** One printed line starting at x; returns where it ends. */
    double text(String line, double x, double baseline, double size) {
        for (String word : line.split(" ")) {
            double w = width(word, size);
            glyphs.add(new Glyph(word, x, baseline, w, size, seq++, false));
            x += w + SPACE * size;
        }
        return x;
    }

    /**
     * A table from (x, top): rows of cells, a cell's printed lines separated by "\n"; rows set apart by the
     * padding above and below their text. Ruled draws the grid lines. Returns the table's bottom.
     */
    double table(double x, double top, double size, double pad, boolean ruled, String[][] rows) {
        int ncol = rows[0].length;
        double[] xs = new double[ncol + 1];
        xs[0] = x;
        for (int c = 0; c < ncol; c++) {
            double w = 0;
            for (String[] row : rows) {
                for (String l : row[c].split("\n")) {
                    w = Math.max(w, lineWidth(l, size));
                }
            }
            xs[c + 1] = xs[c] + w + 2 * pad;
        }
        double step = 1.4 * size;
        double y = top;
        List<Double> ys = new ArrayList<>(List.of(top));
        for (String[] row : rows) {
            int lines = 1;
            for (int c = 0; c < ncol; c++) {
                String[] cellLines = row[c].isEmpty() ? new String[0] : row[c].split("\n");
                for (int i = 0; i < cellLines.length; i++) {
                    text(cellLines[i], xs[c] + pad, y + pad + (i + 1) * step - 0.35 * size, size);
                }
                lines = Math.max(lines, cellLines.length);
            }
            y += lines * step + 2 * pad;
            ys.add(y);
        }
        if (ruled) {
            for (double yy : ys) {
                rulings.add(new Ruling(true, yy, xs[0], xs[ncol]));
            }
            for (double xx : xs) {
                rulings.add(new Ruling(false, xx, top, y));
            }
        }
        return y;
    }

    private static double lineWidth(String line, double size) {
        double w = 0;
        for (String word : line.split(" ")) {
            w += width(word, size) + SPACE * size;
        }
        return w - SPACE * size;
    }

    PageContent page() {
        return new PageContent(1, 842, 595, glyphs, rulings, 0, 0, 0);
    }

    List<Block> blocks() {
        return PageLayoutBuilder.build(page());
    }

    /** The page's tables, each as its rows of cell texts. */
    static List<List<List<String>>> tables(List<Block> blocks) {
        List<List<List<String>>> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Table t) {
                List<List<String>> rows = new ArrayList<>();
                for (Row r : t.rows()) {
                    rows.add(r.cells().stream().map(Cell::text).toList());
                }
                out.add(rows);
            }
        }
        return out;
    }

    /** The page's paragraph lines. */
    static List<String> paragraphLines(List<Block> blocks) {
        List<String> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Paragraph p) {
                out.addAll(p.lines());
            }
        }
        return out;
    }
}
