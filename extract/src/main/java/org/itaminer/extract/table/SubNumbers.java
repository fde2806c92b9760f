package org.itaminer.extract.table;

import java.util.Optional;
import org.itaminer.extract.measure.ColumnRole;
import org.itaminer.extract.measure.MeasureDraft;
import org.itaminer.extract.measure.MeasureNumber;
import org.itaminer.model.layout.Row;

/**
 * Tables that number their measures under a parent: "1 ด้านการเปิดเผยข้อมูล" with nothing else in its row,
 * then "1.1 ...", "1.2 ..." with their steps and units. The parent row is the heading of the group its
 * sub-numbered rows make, not a measure; a numbered row that has cells of its own stays a measure.
 */
final class SubNumbers {

    /** A number's opening bracket or closing dot or bracket: "(3)", "4.". */
    private static final java.util.regex.Pattern NUMBER_MARKS = java.util.regex.Pattern.compile("^\\(|[.)]$");
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d{1,3}(\\.\\d{1,2})*");

    private SubNumbers() {
    }

    /**
     * @param row a row under a measure header
     * @param next the row below it, or null
     * @param columns the layout in force
     * @return the row's text as a group heading when it parents the numbers of the next row, else empty
     */
    static Optional<String> parentHeading(Row row, Row next, ColumnLayout columns) {
        if (next == null) {
            return Optional.empty();
        }
        Optional<String> number = number(row, columns);
        Optional<String> below = number(next, columns);
        if (number.isEmpty() || below.isEmpty() || number.get().contains(".")
                || !below.get().startsWith(number.get() + ".")) {
            return Optional.empty();
        }
        int measure = columns.columnOf(ColumnRole.MEASURE);
        int numberColumn = columns.columnOf(ColumnRole.NUMBER);
        StringBuilder heading = new StringBuilder();
        for (int c = 0; c < row.cells().size(); c++) {
            String text = row.cell(c).text();
            if (c == measure || c == numberColumn) {
                heading.append(text).append(' ');
            } else if (MeasureDraft.present(text)) {
                return Optional.empty(); // a measure of its own, with sub-measures under it
            }
        }
        return Optional.of(heading.toString().strip());
    }

    /**
     * A row whose only filled cell is a strategy column's: the heading of the measures below it.
     */
    static Optional<String> strategyAlone(Row row, ColumnLayout columns) {
        int strategy = columns.columnOf(ColumnRole.STRATEGY);
        if (strategy < 0 || row.cell(strategy).isBlank()) {
            return Optional.empty();
        }
        for (int c = 0; c < row.cells().size(); c++) {
            if (c != strategy && c != columns.columnOf(ColumnRole.NUMBER) && !row.cell(c).isBlank()) {
                return Optional.empty();
            }
        }
        return Optional.of(row.cell(strategy).text());
    }

    /** The row's printed number: its number cell's, else the one its measure cell opens with. */
    private static Optional<String> number(Row row, ColumnLayout columns) {
        int numberColumn = columns.columnOf(ColumnRole.NUMBER);
        if (numberColumn >= 0 && !row.cell(numberColumn).isBlank()) {
            String t = NUMBER_MARKS.matcher(row.cell(numberColumn).text().strip()).replaceAll("");
            return NUMBER.matcher(t).matches() ? Optional.of(t) : Optional.empty();
        }
        return MeasureNumber.parse(row.cell(columns.columnOf(ColumnRole.MEASURE)).text()).number();
    }
}
