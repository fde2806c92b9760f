package org.itaminer.ingest.pdf;

import java.util.List;
import org.itaminer.model.layout.Table;

/**
 * A table read from a region, where it starts on the page, and the glyphs it took (so the text outside
 * tables is built from what is left; empty for a table read from lines).
 *
 * @param table the table
 * @param top the top of its first row
 * @param used the glyphs placed in its cells
 */
record ExtractedTable(Table table, double top, List<Glyph> used) {

    ExtractedTable {
        used = List.copyOf(used);
    }
}
