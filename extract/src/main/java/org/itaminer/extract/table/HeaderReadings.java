package org.itaminer.extract.table;

import java.util.List;
import java.util.Optional;
import org.itaminer.model.layout.Row;

/**
 * The readings of a printed table's rows as a measure header ({@link ColumnLayout#ofHeader}), each made once.
 * Cutting a table into segments, classifying each segment and joining the measure tables all ask whether a
 * row is a header; the answer depends only on the row (from its words alone) or on the row and the rows under
 * it within its segment (with the cells below), so it is kept here and asked again for free. One instance
 * serves one table of one document: nothing is shared across documents.
 */
final class HeaderReadings {

    /** How many rows below a header are enough to judge its columns' content. */
    static final int SAMPLE_ROWS = 25;

    private final List<Row> rows;
    private final int offset;
    /** The words-only readings of the whole table's rows, shared by its segments. */
    private final Optional<?>[] byWords;
    /** The readings with the rows below, within these rows. */
    private final Optional<?>[] withBelow;

    /** The readings of a table's (or a segment's) rows, one cell per grid column ({@link GridRow}). */
    HeaderReadings(List<Row> rows) {
        this(rows, 0, new Optional<?>[rows.size()]);
    }

    private HeaderReadings(List<Row> rows, int offset, Optional<?>[] byWords) {
        this.rows = rows;
        this.offset = offset;
        this.byWords = byWords;
        this.withBelow = new Optional<?>[rows.size()];
    }

    /** The readings of rows {@code from} (inclusive) to {@code to} (exclusive) as a table of their own. */
    HeaderReadings part(int from, int to) {
        return new HeaderReadings(rows.subList(from, to), offset + from, byWords);
    }

    List<Row> rows() {
        return rows;
    }

    /** Row {@code r} read as a header from its words alone ({@link ColumnLayout#ofHeader(Row)}). */
    @SuppressWarnings("unchecked")
    Optional<ColumnLayout> byWords(int r) {
        Optional<?> read = byWords[offset + r];
        if (read == null) {
            read = ColumnLayout.ofHeader(rows.get(r));
            byWords[offset + r] = read;
        }
        return (Optional<ColumnLayout>) read;
    }

    /**
     * Row {@code r} read as a header with up to {@link #SAMPLE_ROWS} rows under it within these rows
     * ({@link ColumnLayout#ofHeader(Row, List)}).
     */
    @SuppressWarnings("unchecked")
    Optional<ColumnLayout> withBelow(int r) {
        Optional<?> read = withBelow[r];
        if (read == null) {
            List<Row> below = rows.subList(Math.min(r + 1, rows.size()), Math.min(r + 1 + SAMPLE_ROWS, rows.size()));
            read = ColumnLayout.ofHeader(rows.get(r), below, byWords(r));
            withBelow[r] = read;
        }
        return (Optional<ColumnLayout>) read;
    }
}
