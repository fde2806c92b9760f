package org.itaminer.extract.measure;

import java.util.Objects;
import org.itaminer.extract.meta.DocumentText;
import org.itaminer.extract.meta.TitleFinder;
import org.itaminer.extract.table.ClassifiedTables;
import org.itaminer.model.layout.LayoutDocument;

/**
 * What a {@link MeasureReader} may read of a document.
 *
 * @param layout the layout with every text normalized
 * @param text its lines in reading order
 * @param title its title, and what the title says the document is about
 * @param tables its tables, each classified once for every reader that asks
 */
public record DocumentContext(LayoutDocument layout, DocumentText text, TitleFinder.Title title,
                              ClassifiedTables tables) {

    public DocumentContext {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(tables, "tables");
    }
}
