package org.itaminer.extract.meta;

import java.util.ArrayList;
import java.util.List;
import org.itaminer.model.layout.Block;
import org.itaminer.model.layout.Cell;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.Row;
import org.itaminer.model.layout.Table;

/** The lines of a normalized layout, in reading order, each with its origin. */
public final class DocumentText {

    /** Paragraphs among the first this many whose short lines count as headings. */
    private static final int HEADING_PARAGRAPHS = 12;
    private static final int HEADING_MAX_CHARS = 160;

    private final List<TextLine> lines;
    private final List<List<String>> paragraphs;
    /** For each paragraph: its page and its block's index in document order (tables count as blocks). */
    private final List<int[]> places;

    private DocumentText(List<TextLine> lines, List<List<String>> paragraphs, List<int[]> places) {
        this.lines = List.copyOf(lines);
        this.paragraphs = List.copyOf(paragraphs);
        this.places = List.copyOf(places);
    }

    public static DocumentText of(LayoutDocument layout) {
        List<TextLine> lines = new ArrayList<>();
        List<List<String>> paragraphs = new ArrayList<>();
        List<int[]> places = new ArrayList<>();
        int index = 0;
        for (Page page : layout.pages()) {
            for (Block block : page.blocks()) {
                if (block instanceof Paragraph p) {
                    paragraphs.add(p.lines());
                    places.add(new int[] {page.number(), index});
                    for (String line : p.lines()) {
                        boolean heading = paragraphs.size() <= HEADING_PARAGRAPHS && line.length() <= HEADING_MAX_CHARS;
                        lines.add(new TextLine(line, page.number(),
                                heading ? TextLine.Origin.HEADING : TextLine.Origin.PARAGRAPH, index));
                    }
                } else {
                    for (Row row : ((Table) block).rows()) {
                        for (Cell cell : row.cells()) {
                            for (String para : cell.paragraphs()) {
                                lines.add(new TextLine(para, page.number(), TextLine.Origin.CELL, index));
                            }
                        }
                    }
                }
                index++;
            }
        }
        return new DocumentText(lines, paragraphs, places);
    }

    public List<TextLine> lines() {
        return lines;
    }

    /** Lines outside tables. */
    public List<TextLine> paragraphLines() {
        return lines.stream().filter(l -> l.origin() != TextLine.Origin.CELL).toList();
    }

    /**
     * True when paragraph {@code b} follows paragraph {@code a} directly on the same page: no table and no
     * page break between them, so a heading can go on from one into the other.
     */
    public boolean samePageNoTableBetween(int a, int b) {
        int[] first = places.get(a);
        int[] second = places.get(b);
        return first[0] == second[0] && second[1] - first[1] == b - a;
    }

    /** The paragraphs (outside tables) in order, each as its lines. */
    public List<List<String>> paragraphs() {
        return paragraphs;
    }
}
