package org.itaminer.extract.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.itaminer.extract.measure.ColumnRole;
import org.itaminer.extract.measure.DocumentContext;
import org.itaminer.extract.measure.MeasureDraft;
import org.itaminer.extract.measure.MeasureReader;
import org.itaminer.model.layout.Cell;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Row;

/**
 * Reads the measures of a document's measure tables, each read whole ({@link TableContinuations} has
 * joined the parts page breaks cut it into). A row whose measure cell is empty, or which goes on from the
 * row above ("(ต่อ)", a row cut by a page break), continues the measure above it. A row that is a group
 * heading ({@link GroupHeading}: "ยุทธศาสตร์ที่ 1 ...", "มิติที่ ๒ ...") is not a measure; the measures under
 * it carry it as their group, as they do a heading printed over the table.
 */
public final class MeasureTableReader implements MeasureReader {

    /** The start of a numbered item or a bullet: "1.", "๑)", "(1)", "- ", "•". */
    private static final Pattern ITEM_START = Pattern.compile("\\(?\\d{1,2}\\s*[.)]|[-–•●▪*]\\s");

    @Override
    public List<MeasureDraft> read(DocumentContext document) {
        return rows(document.layout(), document.tables()).stream().map(MeasureRow::draft).toList();
    }

    /** The measures of a (normalized) layout's tables, each as its gathered column texts. */
    public static List<MeasureRow> rows(LayoutDocument layout) {
        return rows(TableContinuations.of(layout));
    }

    /** As {@link #rows(LayoutDocument)}, the tables' classification already made for the document. */
    public static List<MeasureRow> rows(LayoutDocument layout, ClassifiedTables classified) {
        return rows(TableContinuations.of(layout, classified));
    }

    static List<MeasureRow> rows(List<WholeTable> tables) {
        List<MeasureRow> measures = new ArrayList<>();
        for (WholeTable table : tables) {
            ColumnLayout columns = table.columns();
            Optional<String> group = Optional.empty();
            Optional<String> issue = Optional.empty();
            for (WholeTable.Part part : table.parts()) {
                // a measure may go on into the next printed table, even one under another group heading
                MeasureRow current = measures.isEmpty() ? null : measures.get(measures.size() - 1);
                if (part.headingAbove().isPresent()) {
                    group = part.headingAbove();
                    current = null;
                }
                List<WholeTable.TableRow> partRows = part.rows();
                for (int r = 0; r < partRows.size(); r++) {
                    WholeTable.TableRow tableRow = partRows.get(r);
                    Row row = tableRow.cells();
                    Row next = r + 1 < partRows.size() ? partRows.get(r + 1).cells() : null;
                    Optional<String> heading = heading(row, next, columns);
                    if (heading.isPresent()) {
                        group = heading;
                        issue = Optional.empty();
                        current = null; // a row after a heading never continues the measure before it
                        continue;
                    }
                    String measureCell = row.cell(columns.columnOf(ColumnRole.MEASURE)).text();
                    boolean continuation = measureCell.isBlank() || tableRow.continued();
                    Optional<String> strategy = filled(row, columns.columnOf(ColumnRole.STRATEGY));
                    if (strategy.isPresent() && !continuation && !strategy.equals(group)) {
                        group = strategy; // a strategy column merged down over its measures
                        issue = Optional.empty();
                    }
                    if (!continuation || current == null || current.layout().size() != columns.size()) {
                        if (continuation && TableContinuations.withoutMark(measureCell).isBlank()
                                && onlyNumberOrEmpty(row, columns)) {
                            continue;
                        }
                        current = new MeasureRow(columns, part.page(), group);
                        measures.add(current);
                        // an issue cell merged down over the measures that answer it
                        Optional<String> ownIssue = filled(row, columns.columnOf(ColumnRole.ISSUE));
                        issue = ownIssue.isPresent() ? ownIssue : issue;
                        if (ownIssue.isEmpty() && issue.isPresent()) {
                            current.append(columns.columnOf(ColumnRole.ISSUE), issue.get());
                        }
                    }
                    for (int c = 0; c < columns.size(); c++) {
                        String text = cellText(row.cell(c), columns.headers().get(c));
                        if (c == columns.columnOf(ColumnRole.MEASURE)) {
                            text = TableContinuations.withoutMark(text);
                        }
                        current.append(c, text, text.equals(row.cell(c).text()) ? row.cell(c).paragraphs() : List.of());
                    }
                }
            }
        }
        return measures;
    }

    /** The group heading a row is: a row spanning the table, a parent of sub-numbers, a strategy alone. */
    private static Optional<String> heading(Row row, Row next, ColumnLayout columns) {
        return GroupHeading.of(row, columns.size())
                .or(() -> SubNumbers.parentHeading(row, next, columns))
                .or(() -> SubNumbers.strategyAlone(row, columns));
    }

    /** The text of a row's cell in {@code column} when the column exists and the cell says something. */
    private static Optional<String> filled(Row row, int column) {
        return column < 0 || row.cell(column).isBlank() ? Optional.empty() : Optional.of(row.cell(column).text());
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
