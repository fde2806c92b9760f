package org.itaminer.model.layout;

import org.itaminer.model.Warning;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A source document read into pages of paragraphs and tables.
 *
 * @param mediaType the detected media type of the source ("text/plain", "application/pdf" ...)
 * @param textSource where the text came from, as the report schema names it
 * @param pages the pages in order; never null
 * @param warnings what a reader could read only in part (a page needing OCR, a guessed encoding)
 */
public record LayoutDocument(String mediaType, TextSource textSource, List<Page> pages, List<Warning> warnings) {

    public LayoutDocument {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(textSource, "textSource");
        pages = List.copyOf(pages);
        warnings = List.copyOf(warnings);
    }

    /** All blocks of all pages, in reading order. */
    public Stream<Block> blocks() {
        return pages.stream().flatMap(p -> p.blocks().stream());
    }
}
