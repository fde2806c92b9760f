package org.itaminer.extract.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.itaminer.model.layout.Block;
import org.itaminer.model.layout.Cell;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.Row;
import org.itaminer.model.layout.Table;

/**
 * Reads the measure tables of a (normalized) layout into {@link MeasureRow}s. A header row sets the
 * column roles; the same header printed again on a later page is skipped; a table on a later page
 * without a header continues the last layout when its column count matches. A row whose measure
 * cell is empty or says "(ต่อ)" continues the measure above it, and so does the first row of a table on
 * a new page that is the rest of a row cut by the page break ({@link PageBreakRow}). A row that is a group
 * heading ({@link GroupHeading}: "ยุทธศาสตร์ที่ 1 ...", "มิติที่ ๒ ...") is not a measure; the measures under
 * it carry it as their group. Rows are read one cell per grid column ({@link GridRow}); a header whose
 * merged cells the row below splits is read as one two-level header ({@link ColumnLayout#withSubHeader}).
 */
public final class MeasureTableReader {

    /** "(ต่อ)", "ต่อ", "(ต่อ) ...": the continued-from-previous-page mark. */
    private static final Pattern CONTINUED = Pattern.compile("^[(\\[]?\\s*ต่อ\\s*[)\\]]?(\\s|$)");
    /** The start of a numbered item or a bullet: "1.", "๑)", "(1)", "- ", "•". */
    private static final Pattern ITEM_START = Pattern.compile("\\(?\\d{1,2}\\s*[.)]|[-–•●▪*]\\s");
    /** Paragraph text between two tables beyond which a header-less table no longer continues the layout. */
    private static final int MAX_GAP_CHARS = 400;
    /** Paragraph text a page break may put between two parts of one table (page number, running header). */
    private static final int MAX_PAGE_FURNITURE_CHARS = 80;

    private MeasureTableReader() {
    }

    public static List<MeasureRow> read(LayoutDocument layout) {
        List<MeasureRow> measures = new ArrayList<>();
        Set<String> running = RunningText.of(layout);
        ColumnLayout columns = null;
        String group = null;
        String headingAbove = null;
        int gap = 0;
        Table before = null;
        int beforePage = 0;
        for (Page page : layout.pages()) {
            for (Block block : page.blocks()) {
                if (block instanceof Paragraph p) {
                    if (!running.contains(RunningText.key(p))) {
                        gap += p.text().length();
                        headingAbove = GroupHeading.ofParagraph(p.lines()).orElse(headingAbove);
                    }
                    continue;
                }
                Table table = (Table) block;
                if (columns != null && (gap > MAX_GAP_CHARS || GridRow.width(table) != columns.size())
                        && !startsWithHeader(table)) {
                    columns = null;
                    group = null;
                }
                // only a running header or a page number may stand between the two parts of a cut row
                Table previous = gap <= MAX_PAGE_FURNITURE_CHARS ? before : null;
                boolean firstRowOnNewPage = before != null && beforePage < page.number();
                before = table;
                beforePage = page.number();
                gap = 0;
                String headingOverTable = headingAbove;
                headingAbove = null;
                MeasureRow current = measures.isEmpty() ? null : measures.get(measures.size() - 1);
                List<Row> rows = table.rows().stream().map(GridRow::of).toList();
                for (int r = 0; r < rows.size(); r++) {
                    Row row = rows.get(r);
                    Optional<ColumnLayout> header = ColumnLayout.ofHeader(row);
                    if (header.isPresent()) {
                        Optional<ColumnLayout> twoLevel = r + 1 < rows.size()
                                ? header.get().withSubHeader(row, rows.get(r + 1)) : Optional.empty();
                        if (twoLevel.isPresent()) {
                            r++; // the sub-header row is part of the header
                        }
                        ColumnLayout read = twoLevel.orElse(header.get());
                        if (columns == null || !columns.equals(read)) {
                            columns = read;
                            group = null;
                        }
                        if (headingOverTable != null) {
                            group = headingOverTable; // "กลยุทธ์ที่ 2 ..." printed over this table
                            current = null;
                            headingOverTable = null;
                        }
                        continue;
                    }
                    if (columns == null || row.isBlank()) {
                        continue;
                    }
                    if (headingOverTable != null) {
                        group = headingOverTable; // over a table that goes on without its header
                        current = null;
                        headingOverTable = null;
                    }
                    Optional<String> heading = GroupHeading.of(row, columns.size());
                    if (heading.isPresent()) {
                        group = heading.get();
                        current = null; // a row after a heading never continues the measure before it
                        continue;
                    }
                    String measureCell = row.cell(columns.columnOf(ColumnRole.MEASURE)).text();
                    boolean continuation = measureCell.isBlank() || CONTINUED.matcher(measureCell).find()
                            || firstRowOnNewPage && PageBreakRow.continues(previous, table, row, columns, current);
                    firstRowOnNewPage = false;
                    if (!continuation || current == null || current.layout().size() != columns.size()) {
                        if (continuation && (measureCell.isBlank() || stripContinued(measureCell).isBlank())
                                && onlyNumberOrEmpty(row, columns)) {
                            continue;
                        }
                        current = new MeasureRow(columns, page.number(), group);
                        measures.add(current);
                    }
                    for (int c = 0; c < columns.size(); c++) {
                        String text = cellText(row.cell(c), columns.headers().get(c));
                        if (c == columns.columnOf(ColumnRole.MEASURE)) {
                            text = stripContinued(text);
                        }
                        current.append(c, text);
                    }
                }
            }
        }
        return measures;
    }

    private static boolean startsWithHeader(Table table) {
        return !table.rows().isEmpty() && ColumnLayout.ofHeader(GridRow.of(table.rows().get(0))).isPresent();
    }

    private static boolean onlyNumberOrEmpty(Row row, ColumnLayout columns) {
        for (int c = 0; c < row.cells().size(); c++) {
            if (columns.roles().size() > c && columns.roles().get(c) == ColumnRole.NUMBER) {
                continue;
            }
            if (!row.cell(c).isBlank() && c != columns.columnOf(ColumnRole.MEASURE)) {
                return false;
            }
        }
        return true;
    }

    private static String stripContinued(String text) {
        return CONTINUED.matcher(text).replaceFirst("").strip();
    }

    /**
     * The cell's text without an echo of its column header at the start ("การติดตามผล การดำเนินการ 1. ...").
     * Only a real echo goes: the header printed as the cell's own first paragraph, or followed by a
     * numbered item or bullet. A cell whose text merely begins with the header's word keeps it: under
     * "มาตรการ", "มาตรการป้องกันการรับสินบน" is the measure's name.
     */
    static String cellText(Cell cell, String header) {
        String text = cell.text();
        if (header.isBlank() || text.isBlank()) {
            return text;
        }
        int end = prefixEndIgnoringSpace(text, header);
        if (end <= 0 || end >= text.length()) {
            return text;
        }
        String rest = text.substring(end).strip();
        boolean ownParagraph = cell.paragraphs().size() > 1
                && prefixEndIgnoringSpace(cell.paragraphs().get(0), header) == cell.paragraphs().get(0).length();
        return !rest.isEmpty() && (ownParagraph || ITEM_START.matcher(rest).lookingAt()) ? rest : text;
    }

    /** Where {@code prefix} (white space ignored on both sides) ends in {@code text}, or -1. */
    static int prefixEndIgnoringSpace(String text, String prefix) {
        int i = 0;
        int j = 0;
        while (j < prefix.length()) {
            if (Character.isWhitespace(prefix.charAt(j))) {
                j++;
                continue;
            }
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= text.length() || text.charAt(i) != prefix.charAt(j)) {
                return -1;
            }
            i++;
            j++;
        }
        return i;
    }
}
