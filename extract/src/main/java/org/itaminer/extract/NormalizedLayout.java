package org.itaminer.extract;

import java.util.ArrayList;
import java.util.List;
import org.itaminer.thai.ThaiTextNormalizer;
import org.itaminer.model.layout.Block;
import org.itaminer.model.layout.Cell;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.Row;
import org.itaminer.model.layout.Table;

/** The same layout with every text value normalized once, so later steps read clean Thai. */
final class NormalizedLayout {

    private NormalizedLayout() {
    }

    static LayoutDocument of(LayoutDocument layout) {
        List<Page> pages = new ArrayList<>(layout.pages().size());
        for (Page page : layout.pages()) {
            List<Block> blocks = new ArrayList<>(page.blocks().size());
            for (Block block : page.blocks()) {
                if (block instanceof Paragraph p) {
                    List<String> lines = new ArrayList<>(p.lines().size());
                    for (String line : p.lines()) {
                        String n = ThaiTextNormalizer.normalize(line);
                        if (!n.isEmpty()) {
                            lines.add(n);
                        }
                    }
                    if (!lines.isEmpty()) {
                        blocks.add(new Paragraph(lines));
                    }
                } else {
                    Table t = (Table) block;
                    List<Row> rows = new ArrayList<>(t.rows().size());
                    for (Row row : t.rows()) {
                        List<Cell> cells = new ArrayList<>(row.cells().size());
                        for (Cell cell : row.cells()) {
                            cells.add(cell.isBlank() ? cell : new Cell(
                                    cell.paragraphs().stream().map(ThaiTextNormalizer::normalize).toList(),
                                    cell.columnSpan()));
                        }
                        rows.add(new Row(cells));
                    }
                    blocks.add(t.withRows(rows));
                }
            }
            pages.add(page.withBlocks(blocks));
        }
        return new LayoutDocument(layout.mediaType(), layout.textSource(), pages, layout.warnings());
    }
}
