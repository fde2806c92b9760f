package org.itaminer.extract.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.itaminer.ingest.layout.Block;
import org.itaminer.ingest.layout.Cell;
import org.itaminer.ingest.layout.LayoutDocument;
import org.itaminer.ingest.layout.Page;
import org.itaminer.ingest.layout.Paragraph;
import org.itaminer.ingest.layout.Row;
import org.itaminer.ingest.layout.Table;

/**
 * Reads the measure tables of a (normalized) layout into {@link MeasureRow}s. A header row sets the
 * column roles; the same header printed again on a later page is skipped; a table on a later page
 * without a header continues the last layout when its column count matches. A row whose measure
 * cell is empty or says "(ต่อ)" continues the measure above it.
 */
public final class MeasureTableReader {

    /** "(ต่อ)", "ต่อ", "(ต่อ) ...": the continued-from-previous-page mark. */
    private static final Pattern CONTINUED = Pattern.compile("^[(\\[]?\\s*ต่อ\\s*[)\\]]?(\\s|$)");
    /** Paragraph text between two tables beyond which a header-less table no longer continues the layout. */
    private static final int MAX_GAP_CHARS = 400;

    private MeasureTableReader() {
    }

    public static List<MeasureRow> read(LayoutDocument layout) {
        List<MeasureRow> measures = new ArrayList<>();
        ColumnLayout columns = null;
        int gap = 0;
        for (Page page : layout.pages()) {
            for (Block block : page.blocks()) {
                if (block instanceof Paragraph p) {
                    gap += p.text().length();
                    continue;
                }
                Table table = (Table) block;
                if (columns != null && (gap > MAX_GAP_CHARS || table.columnCount() != columns.size())
                        && !startsWithHeader(table)) {
                    columns = null;
                }
                gap = 0;
                MeasureRow current = measures.isEmpty() ? null : measures.get(measures.size() - 1);
                for (Row row : table.rows()) {
                    Optional<ColumnLayout> header = ColumnLayout.ofHeader(row);
                    if (header.isPresent()) {
                        if (columns == null || !columns.equals(header.get())) {
                            columns = header.get();
                        }
                        continue;
                    }
                    if (columns == null || row.isBlank()) {
                        continue;
                    }
                    String measureCell = row.cell(columns.columnOf(ColumnRole.MEASURE)).text();
                    boolean continuation = measureCell.isBlank() || CONTINUED.matcher(measureCell).find();
                    if (!continuation || current == null || current.layout().size() != columns.size()) {
                        if (continuation && (measureCell.isBlank() || stripContinued(measureCell).isBlank())
                                && onlyNumberOrEmpty(row, columns)) {
                            continue;
                        }
                        current = new MeasureRow(columns, page.number());
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
        return !table.rows().isEmpty() && ColumnLayout.ofHeader(table.rows().get(0)).isPresent();
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

    /** The cell's text without an echo of its column header at the start ("การติดตามผล การดำเนินการ 1. ..."). */
    static String cellText(Cell cell, String header) {
        String text = cell.text();
        if (header.isBlank() || text.isBlank()) {
            return text;
        }
        int end = prefixEndIgnoringSpace(text, header);
        if (end > 0 && end < text.length()) {
            String rest = text.substring(end).strip();
            return rest.isEmpty() ? text : rest;
        }
        return text;
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
