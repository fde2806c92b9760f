package org.itaminer.extract.table;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.itaminer.model.layout.Block;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Row;
import org.itaminer.model.layout.Table;

/**
 * The printed tables of one (normalized) document, each classified once ({@link TableClassifier}): its grid
 * rows, the segments of one kind each that it holds, each segment's kind and the whole table's. The measure
 * tables ({@link TableContinuations}), the schedule reader's other tables and the indicator scores all ask
 * what a table holds; they share this view instead of classifying (and reading headers) again. It is made
 * per document and handed down, never kept between documents, so extraction stays a pure function.
 */
public final class ClassifiedTables {

    /** By the printed table itself: a layout filtered by a reader keeps the same table objects. */
    private final Map<Table, Classified> byTable = new IdentityHashMap<>();

    private ClassifiedTables() {
    }

    /** The classification of every table of a (normalized) layout. */
    public static ClassifiedTables of(LayoutDocument layout) {
        ClassifiedTables tables = new ClassifiedTables();
        for (Page page : layout.pages()) {
            for (Block block : page.blocks()) {
                if (block instanceof Table table) {
                    tables.get(table);
                }
            }
        }
        return tables;
    }

    /** The classification of a table of this document (one from elsewhere is classified on the spot). */
    public Classified get(Table table) {
        return byTable.computeIfAbsent(table, Classified::of);
    }

    /**
     * One printed table classified.
     *
     * @param grid its rows, one cell per grid column ({@link GridRow})
     * @param segments the parts of one kind each it holds ({@link TableClassifier#segments(List)}), in order
     * @param kind what the whole table holds ({@link TableClassifier#classify(Table)})
     */
    public record Classified(List<Row> grid, List<Segment> segments, TableKind kind) {

        public Classified {
            grid = List.copyOf(grid);
            segments = List.copyOf(segments);
        }

        static Classified of(Table table) {
            List<Row> grid = table.rows().stream().map(GridRow::of).toList();
            HeaderReadings readings = new HeaderReadings(grid);
            List<Segment> segments = TableClassifier.segments(readings).stream()
                    .map(part -> new Segment(part, TableClassifier.classify(part))).toList();
            // one segment is the whole table, read within the same rows; several are judged together again
            TableKind kind = segments.size() == 1 ? segments.get(0).kind() : TableClassifier.classify(readings);
            return new Classified(grid, segments, kind);
        }
    }

    /** A part of a printed table that holds one kind, with its rows' header readings kept for the readers. */
    public static final class Segment {
        private final HeaderReadings headers;
        private final TableKind kind;

        Segment(HeaderReadings headers, TableKind kind) {
            this.headers = headers;
            this.kind = kind;
        }

        /** Its rows, one cell per grid column. */
        public List<Row> rows() {
            return headers.rows();
        }

        public TableKind kind() {
            return kind;
        }

        HeaderReadings headers() {
            return headers;
        }
    }
}
