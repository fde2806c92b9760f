package org.itaminer.model.layout;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/** One table row: its cells from left to right. */
public record Row(List<Cell> cells) {

    public Row {
        cells = List.copyOf(cells);
    }

    public static Row of(String... texts) {
        return new Row(java.util.Arrays.stream(texts).map(Cell::of).toList());
    }

    /** The cell at {@code column}, or {@link Cell#EMPTY} past the row's end. */
    public Cell cell(int column) {
        return column < cells.size() ? cells.get(column) : Cell.EMPTY;
    }

    @JsonIgnore
    public boolean isBlank() {
        return cells.stream().allMatch(Cell::isBlank);
    }
}
