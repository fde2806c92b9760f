package org.itaminer.extract.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.itaminer.extract.table.GridRow;
import org.itaminer.model.layout.Block;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.Row;
import org.itaminer.model.layout.Table;

/**
 * Finds a document's schedule tables and joins the parts page breaks cut each into: the same header
 * printed again on a later page goes on with the schedule in force, and so does a table without a header
 * of the schedule's width when no more than a short paragraph came between.
 */
final class ScheduleTables {

    /** Paragraph text between two tables beyond which a header-less table no longer continues a schedule. */
    private static final int MAX_GAP_CHARS = 400;

    /**
     * A schedule read whole.
     *
     * @param columns its header's columns
     * @param parts its parts in document order
     * @param tables the printed tables it was read from (so other readers can leave them out)
     */
    record Schedule(ScheduleColumns columns, List<Part> parts, List<Table> tables) {
        Schedule {
            Objects.requireNonNull(columns, "columns");
            parts = List.copyOf(parts);
            tables = List.copyOf(tables);
        }
    }

    /**
     * The rows of a schedule printed on one page, below any header.
     *
     * @param page the page
     * @param rows one cell per grid column ({@link GridRow}), merged cells keeping their span
     */
    record Part(int page, List<Row> rows) {
        Part {
            rows = List.copyOf(rows);
        }
    }

    private ScheduleTables() {
    }

    /** The schedules of a normalized layout, in document order; the document's fiscal year is asked for only if one has period columns. */
    static List<Schedule> of(LayoutDocument layout, Supplier<OptionalInt> documentFiscalYear) {
        List<Schedule> schedules = new ArrayList<>();
        ScheduleColumns current = null;
        List<Part> parts = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        int gap = 0;
        for (Page page : layout.pages()) {
            for (Block block : page.blocks()) {
                if (block instanceof Paragraph p) {
                    gap += p.text().length();
                    continue;
                }
                Table table = (Table) block;
                List<Row> rows = table.rows().stream().map(GridRow::of).toList();
                int width = GridRow.width(table);
                Optional<ScheduleColumns> header = ScheduleColumns.read(rows, width, documentFiscalYear);
                boolean goesOn = current != null && (header.isPresent() ? current.sameColumns(header.get())
                        : gap <= MAX_GAP_CHARS && width == current.layout().size());
                gap = 0;
                if (!goesOn) {
                    if (current != null) {
                        schedules.add(new Schedule(current, parts, tables));
                    }
                    current = header.orElse(null);
                    parts = new ArrayList<>();
                    tables = new ArrayList<>();
                    if (current == null) {
                        continue;
                    }
                }
                int skip = header.map(ScheduleColumns::headerRows).orElse(0);
                parts.add(new Part(page.number(), rows.subList(skip, rows.size())));
                tables.add(table);
            }
        }
        if (current != null) {
            schedules.add(new Schedule(current, parts, tables));
        }
        return schedules;
    }
}
