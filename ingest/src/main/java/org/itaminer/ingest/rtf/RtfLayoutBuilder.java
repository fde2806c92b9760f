package org.itaminer.ingest.rtf;

import java.util.ArrayList;
import java.util.List;
import org.itaminer.model.layout.Block;
import org.itaminer.model.layout.Cell;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.Row;
import org.itaminer.model.layout.Table;
import org.itaminer.model.layout.TableMethod;

/** Builds pages of paragraphs and tables from the parser's events; one per document. */
final class RtfLayoutBuilder implements RtfParser.Listener {

    /** Cell edges closer than this (in twips, 1/1440 inch) are the same column line drawn twice. */
    private static final int SAME_EDGE = 30;

    /** A row as read: each cell's paragraphs, and the row's cell definitions. */
    private record RawRow(List<List<String>> cells, List<RtfParser.CellDef> defs) {
    }

    private final List<Page> pages = new ArrayList<>();
    private List<Block> blocks = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    private final List<RawRow> rows = new ArrayList<>();
    private List<List<String>> rowCells = new ArrayList<>();
    private List<String> cellParagraphs = new ArrayList<>();

    @Override
    public void text(String s) {
        text.append(s);
    }

    @Override
    public void lineBreak() {
        breakLine();
    }

    @Override
    public void paragraphEnd(boolean inTable) {
        breakLine();
        if (inTable) {
            if (!lines.isEmpty()) {
                cellParagraphs.add(String.join(" ", lines));
            }
        } else {
            closeTable();
            if (!lines.isEmpty()) {
                blocks.add(new Paragraph(lines));
            }
        }
        lines.clear();
    }

    @Override
    public void cellEnd() {
        paragraphEnd(true);
        rowCells.add(cellParagraphs);
        cellParagraphs = new ArrayList<>();
    }

    @Override
    public void rowEnd(List<RtfParser.CellDef> defs) {
        if (!cellParagraphs.isEmpty() || !text.isEmpty() || !lines.isEmpty()) {
            cellEnd(); // text after the last \cell: a broken file, but the text is the row's
        }
        rows.add(new RawRow(rowCells, defs));
        rowCells = new ArrayList<>();
    }

    @Override
    public void pageBreak() {
        if (!rowCells.isEmpty() || !cellParagraphs.isEmpty()) {
            return; // a break inside a row: the row goes on, Word moves it to the next page whole
        }
        paragraphEnd(false);
        if (!blocks.isEmpty()) {
            pages.add(new Page(pages.size() + 1, blocks));
            blocks = new ArrayList<>();
        }
    }

    List<Page> finish() {
        paragraphEnd(false);
        closeTable();
        if (!blocks.isEmpty() || pages.isEmpty()) {
            pages.add(new Page(pages.size() + 1, blocks));
            blocks = new ArrayList<>();
        }
        return List.copyOf(pages);
    }

    private void breakLine() {
        String line = text.toString().replace('\u00A0', ' ').replaceAll("[ \\t\\x0B]+", " ").strip();
        text.setLength(0);
        if (!line.isEmpty()) {
            lines.add(line);
        }
    }

    private void closeTable() {
        if (!cellParagraphs.isEmpty()) {
            cellEnd();
        }
        if (!rowCells.isEmpty()) {
            rowEnd(List.of());
        }
        if (rows.isEmpty()) {
            return;
        }
        List<Integer> edges = columnEdges(rows);
        List<Row> out = new ArrayList<>();
        for (RawRow raw : rows) {
            out.add(row(raw, edges));
        }
        rows.clear();
        blocks.add(new Table(out, TableMethod.RTF));
    }

    /** Every column line of the table, left to right: the right edges of all rows' cells. */
    private static List<Integer> columnEdges(List<RawRow> rows) {
        List<Integer> all = rows.stream().flatMap(r -> r.defs().stream()).map(RtfParser.CellDef::right)
                .sorted().toList();
        List<Integer> edges = new ArrayList<>();
        for (int x : all) {
            if (edges.isEmpty() || x - edges.get(edges.size() - 1) > SAME_EDGE) {
                edges.add(x);
            }
        }
        return edges;
    }

    /**
     * A cell spans the column lines between its left and right edges; a cell merged into the one on
     * its left ({@code \clmrg}) widens that one. A row whose definitions do not match its cells (a
     * broken file) keeps one column per cell.
     */
    private static Row row(RawRow raw, List<Integer> edges) {
        boolean defined = raw.defs().size() == raw.cells().size();
        List<Cell> cells = new ArrayList<>();
        long left = Long.MIN_VALUE / 2;
        for (int k = 0; k < raw.cells().size(); k++) {
            List<String> paragraphs = raw.cells().get(k);
            int span = 1;
            if (defined) {
                long right = raw.defs().get(k).right();
                long from = left;
                span = (int) Math.max(1, edges.stream()
                        .filter(e -> e > from + SAME_EDGE && e <= right + SAME_EDGE).count());
                left = right;
            }
            if (defined && raw.defs().get(k).mergedIntoPrevious() && !cells.isEmpty()) {
                Cell previous = cells.remove(cells.size() - 1);
                List<String> joined = new ArrayList<>(previous.paragraphs());
                joined.addAll(paragraphs);
                cells.add(new Cell(joined, previous.columnSpan() + span));
            } else {
                cells.add(paragraphs.isEmpty() && span == 1 ? Cell.EMPTY : new Cell(paragraphs, span));
            }
        }
        return new Row(cells);
    }
}
