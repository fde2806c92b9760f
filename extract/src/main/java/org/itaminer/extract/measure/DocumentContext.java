package org.itaminer.extract.measure;

import java.util.Objects;
import org.itaminer.extract.meta.DocumentText;
import org.itaminer.extract.meta.TitleFinder;
import org.itaminer.model.layout.LayoutDocument;

/**
 * What a {@link MeasureReader} may read of a document.
 *
 * @param layout the layout with every text normalized
 * @param text its lines in reading order
 * @param title its title, and what the title says the document is about
 */
public record DocumentContext(LayoutDocument layout, DocumentText text, TitleFinder.Title title) {

    public DocumentContext {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(title, "title");
    }
}
