package org.itaminer.model.layout;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * One table cell: its text as the paragraphs (and list items) printed inside it.
 *
 * @param paragraphs the cell's paragraphs in order, each non-blank; empty for an empty cell
 * @param columnSpan how many grid columns the cell covers (1 unless the source merged cells)
 */
public record Cell(List<String> paragraphs, int columnSpan) {

    /** The shared empty cell, returned for gaps instead of null. */
    public static final Cell EMPTY = new Cell(List.of(), 1);

    public Cell {
        paragraphs = paragraphs.stream().filter(p -> !p.isBlank()).toList();
        if (columnSpan < 1) {
            throw new IllegalArgumentException("columnSpan must be >= 1, was " + columnSpan);
        }
    }

    public Cell(List<String> paragraphs) {
        this(paragraphs, 1);
    }

    public static Cell of(String text) {
        return text == null || text.isBlank() ? EMPTY : new Cell(List.of(text));
    }

    /** The paragraphs joined with single spaces. */
    @JsonIgnore
    public String text() {
        // every reader asks for a cell's text many times: one paragraph (most cells) needs no join and no copy
        return switch (paragraphs.size()) {
            case 0 -> "";
            case 1 -> paragraphs.get(0);
            default -> String.join(" ", paragraphs);
        };
    }

    @JsonIgnore
    public boolean isBlank() {
        return paragraphs.isEmpty();
    }
}
