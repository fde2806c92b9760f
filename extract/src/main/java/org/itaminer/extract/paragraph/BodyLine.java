package org.itaminer.extract.paragraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.itaminer.model.layout.Block;
import org.itaminer.model.layout.Cell;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.Row;
import org.itaminer.model.layout.Table;

/**
 * A line of a document's body in reading order. A table row whose first cell is a label and whose other
 * cells hold its value ("ผู้รับผิดชอบ⇥กองคลัง": the text form's tab, a two-column box in Word) is one
 * labelled line; any other row is its cells' text in one line.
 *
 * @param text the line
 * @param page 1-based page
 * @param block the index of the paragraph or table that holds it, in document order
 * @param cellLabel the label and value when the line is such a row
 */
record BodyLine(String text, int page, int block, Optional<Label> cellLabel) {

    static List<BodyLine> of(LayoutDocument layout) {
        List<BodyLine> lines = new ArrayList<>();
        int block = 0;
        for (Page page : layout.pages()) {
            for (Block b : page.blocks()) {
                if (b instanceof Paragraph p) {
                    for (String line : p.lines()) {
                        lines.add(new BodyLine(line, page.number(), block, Optional.empty()));
                    }
                } else if (b instanceof Table t) {
                    for (Row row : t.rows()) {
                        rowLine(row, page.number(), block).ifPresent(lines::add);
                    }
                }
                block++;
            }
        }
        return lines;
    }

    private static Optional<BodyLine> rowLine(Row row, int page, int block) {
        List<String> texts = row.cells().stream().map(Cell::text).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (texts.isEmpty()) {
            return Optional.empty();
        }
        String joined = String.join(" ", texts);
        Optional<Label> label = texts.size() < 2 || Marker.of(texts.get(0)).isPresent() ? Optional.empty()
                : Label.ofCells(texts.get(0), String.join(" ", texts.subList(1, texts.size())));
        return Optional.of(new BodyLine(joined, page, block, label));
    }
}
