package org.itaminer.ingest.layout;

import java.util.List;
import java.util.Objects;

/**
 * A table as the source laid it out: rows of cells, the header row (if any) among them.
 *
 * @param rows rows in order
 * @param method how the table was found: "text-form", "html", "lattice", "stream", "ocr" ...
 */
public record Table(List<Row> rows, String method) implements Block {

    public Table {
        rows = List.copyOf(rows);
        Objects.requireNonNull(method, "method");
    }

    public int columnCount() {
        return rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
    }
}
