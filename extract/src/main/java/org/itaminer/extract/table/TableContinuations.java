package org.itaminer.extract.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.itaminer.extract.measure.ColumnRole;
import org.itaminer.model.layout.Block;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.Row;
import org.itaminer.model.layout.Table;

/**
 * Joins the parts of a measure table that page breaks cut it into, before any row is read as a measure.
 * A header row sets the column layout; the same header printed again on a later page is a repeat, not a
 * new table; a table without a header goes on under the layout in force when its column count matches and
 * no more than a short paragraph came between. Within the joined table a row goes on from the row above
 * when its measure cell says "(ต่อ)", or when it is the first row on a new page and the page break cut it
 * ({@link PageBreakRow}: open edges, or an empty number cell under a numbered measure). Running headers and
 * footers ({@link RunningText}) between two parts are page furniture and do not count as text between.
 */
public final class TableContinuations {

    /** "(ต่อ)", "ต่อ", "(ต่อ) ...": the continued-from-previous-page mark. */
    private static final Pattern CONTINUED = Pattern.compile("^[(\\[]?\\s*ต่อ\\s*[)\\]]?(\\s|$)");
    /** Paragraph text between two tables beyond which a header-less table no longer continues the layout. */
    private static final int MAX_GAP_CHARS = 400;
    /** Paragraph text a page break may put between two parts of one table (page number, running header). */
    private static final int MAX_PAGE_FURNITURE_CHARS = 80;
    /** The rows a header may take at the top of a printed table (a title row, a two-level header). */
    private static final int HEADER_ROWS = 3;

    private TableContinuations() {
    }

    /** The measure tables of a normalized layout, each whole; tables under no measure header are left out. */
    public static List<WholeTable> of(LayoutDocument layout) {
        return of(layout, ClassifiedTables.of(layout));
    }

    /** As {@link #of(LayoutDocument)}, the tables' classification already made for the document. */
    public static List<WholeTable> of(LayoutDocument layout, ClassifiedTables classified) {
        return new Walk(RunningText.of(layout), classified).run(layout);
    }

    /** Whether a measure cell opens with the "(ต่อ)" mark. */
    static boolean isMarkedContinued(String measureCell) {
        return CONTINUED.matcher(measureCell).find();
    }

    /** A measure cell without its "(ต่อ)" mark. */
    static String withoutMark(String measureCell) {
        return CONTINUED.matcher(measureCell).replaceFirst("").strip();
    }

    /** The state of one pass over a layout. */
    private static final class Walk {
        private final Set<String> running;
        private final ClassifiedTables classified;
        private final List<WholeTableBuilder> tables = new ArrayList<>();
        /** The table under the layout in force; null when no measure header is in force. */
        private WholeTableBuilder table;
        private int gap;
        private String headingAbove;
        private Table before;
        private int beforePage;
        /** Whether the measure the last rows belong to has a number (for a cut row under a ข้อที่ column). */
        private boolean numberedAbove;

        Walk(Set<String> running, ClassifiedTables classified) {
            this.running = running;
            this.classified = classified;
        }

        List<WholeTable> run(LayoutDocument layout) {
            for (Page page : layout.pages()) {
                for (Block block : page.blocks()) {
                    if (block instanceof Paragraph p) {
                        if (!running.contains(RunningText.key(p))) {
                            gap += p.text().length();
                            headingAbove = GroupHeading.ofParagraph(p.lines()).orElse(headingAbove);
                        }
                    } else {
                        part((Table) block, page.number());
                    }
                }
            }
            return tables.stream().map(WholeTableBuilder::build).toList();
        }

        private void part(Table printed, int page) {
            for (ClassifiedTables.Segment rows : classified.get(printed).segments()) {
                if (rows.kind().isNotMeasures()) {
                    // an indicator-score table, a budget summary, signatures ...: no measures, and the end of
                    // any measure table before it
                    table = null;
                    before = null;
                    gap = 0;
                    headingAbove = null;
                } else {
                    segment(printed, rows, page);
                }
            }
        }

        /** Reads the rows of one kind that a printed table holds (most tables hold one kind only). */
        private void segment(Table printed, ClassifiedTables.Segment segment, int page) {
            List<Row> rows = segment.rows();
            HeaderReadings headers = segment.headers();
            int width = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
            if (table != null && (gap > MAX_GAP_CHARS || width != table.columns.size())
                    && (rows.isEmpty() || headers.byWords(0).isEmpty())) {
                table = null;
            }
            // only a running header or a page number may stand between the two parts of a cut row
            Table previous = gap <= MAX_PAGE_FURNITURE_CHARS ? before : null;
            boolean firstRowOnNewPage = before != null && beforePage < page;
            before = printed;
            beforePage = page;
            gap = 0;
            Optional<String> heading = Optional.ofNullable(headingAbove);
            headingAbove = null;
            PartBuilder part = null;
            // a header the vocabulary only half knows is judged with the rows under it, at the top of a
            // printed table that does not continue the table in force
            boolean mayContinue = table != null && width == table.columns.size();
            for (int r = 0; r < rows.size(); r++) {
                Row row = rows.get(r);
                Optional<ColumnLayout> header = r < HEADER_ROWS && !mayContinue ? headers.withBelow(r) : headers.byWords(r);
                if (header.isPresent()) {
                    Optional<ColumnLayout> twoLevel = Optional.empty();
                    if (r + 1 < rows.size()) {
                        Row below = rows.get(r + 1);
                        ColumnLayout one = header.get();
                        twoLevel = one.withSubHeader(row, below).or(() -> WrappedHeader.join(one, row, below));
                    }
                    if (twoLevel.isPresent()) {
                        r++; // the sub-header row is part of the header
                    }
                    ColumnLayout read = twoLevel.orElse(header.get());
                    if (table == null || !table.columns.equals(read)) {
                        table = new WholeTableBuilder(read); // a new table, not a repeated header
                        tables.add(table);
                        part = null;
                    }
                    if (heading.isPresent()) {
                        part = table.part(page, heading); // "กลยุทธ์ที่ 2 ..." printed over this table
                        heading = Optional.empty();
                    }
                    continue;
                }
                if (table == null || row.isBlank()) {
                    continue;
                }
                if (part == null) {
                    part = table.part(page, heading);
                    heading = Optional.empty();
                }
                ColumnLayout columns = table.columns;
                String measureCell = row.cell(columns.columnOf(ColumnRole.MEASURE)).text();
                boolean cut = firstRowOnNewPage && PageBreakRow.continues(previous, printed, row, columns, numberedAbove);
                firstRowOnNewPage = false;
                boolean continued = cut || isMarkedContinued(measureCell);
                part.rows.add(new WholeTable.TableRow(row, continued));
                numberedAbove = numbered(row, columns, measureCell, continued);
            }
        }

        /** Whether the last measure, after this row, has a number, as far as the rows tell. */
        private boolean numbered(Row row, ColumnLayout columns, String measureCell, boolean continued) {
            if (GroupHeading.of(row, columns.size()).isPresent()) {
                return numberedAbove; // a group heading row is no measure's
            }
            int number = columns.columnOf(ColumnRole.NUMBER);
            boolean hasNumber = number >= 0 && !row.cell(number).isBlank();
            boolean startsMeasure = !measureCell.isBlank() && !continued;
            return startsMeasure ? hasNumber : numberedAbove || hasNumber;
        }
    }

    private static final class WholeTableBuilder {
        final ColumnLayout columns;
        final List<PartBuilder> parts = new ArrayList<>();

        WholeTableBuilder(ColumnLayout columns) {
            this.columns = columns;
        }

        PartBuilder part(int page, Optional<String> heading) {
            PartBuilder part = new PartBuilder(page, heading);
            parts.add(part);
            return part;
        }

        WholeTable build() {
            return new WholeTable(columns, parts.stream()
                    .map(p -> new WholeTable.Part(p.page, p.heading, p.rows)).toList());
        }
    }

    private static final class PartBuilder {
        final int page;
        final Optional<String> heading;
        final List<WholeTable.TableRow> rows = new ArrayList<>();

        PartBuilder(int page, Optional<String> heading) {
            this.page = page;
            this.heading = heading;
        }
    }
}
