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
 * @param places for a table read from lines, the cell each word of each line went into (per line of the run,
 *     per word of the line, as {@link TextLine#words()}); empty otherwise
 */
record ExtractedTable(Table table, double top, List<Glyph> used, List<List<StreamTables.Place>> places) {

    ExtractedTable {
        used = List.copyOf(used);
        places = places.stream().map(List::copyOf).toList();
    }

    ExtractedTable(Table table, double top, List<Glyph> used) {
        this(table, top, used, List.of());
    }
}
