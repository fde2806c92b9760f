package org.itaminer.extract.schedule;

import org.itaminer.extract.table.Squeezed;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import org.itaminer.extract.measure.ColumnRole;
import org.itaminer.extract.measure.HeaderVocabulary;
import org.itaminer.extract.period.DateSpan;
import org.itaminer.extract.period.FiscalYear;
import org.itaminer.extract.period.ThaiMonth;
import org.itaminer.extract.period.ThaiYear;
import org.itaminer.extract.table.ColumnLayout;
import org.itaminer.model.layout.Cell;
import org.itaminer.model.layout.Row;

/**
 * The columns of a schedule (Gantt) table, read from its header: the period columns, one per month
 * (ต.ค. … ก.ย.) or quarter (ไตรมาส 1–4), each with the span of days it stands for, and the roles of the
 * other columns (มาตรการ/กิจกรรม, ผู้รับผิดชอบ, งบประมาณ, ตัวชี้วัด ...) from their words, as in a measure table.
 *
 * <p>The header is one row (the months beside the other headers) or two or three: a spanning label over the
 * period columns ("ระยะเวลาดำเนินการ", "ปีงบประมาณ พ.ศ. 2568", or "พ.ศ. 2567" over ต.ค.–ธ.ค. and "พ.ศ. 2568"
 * over ม.ค.–ก.ย.) above the row of months. A label covers its own column and those to its right up to the next
 * label, as a merged cell does. The year of a month column is, first found: the year printed beside it; the
 * calendar year of the label over it (several year labels over the months are calendar years; one year over
 * months running from ต.ค. across ธ.ค. into the new year is a fiscal year); else the fiscal year (the label's
 * with ปีงบประมาณ, else the document's), ต.ค.–ธ.ค. falling in its first calendar year. Months after a printed
 * year follow it, and a month earlier in the year than the one before it starts the next year.
 *
 * @param layout the role of every column; period columns are {@link ColumnRole#EXTRA} here and read apart
 * @param periods the period columns, left to right
 * @param headerRows how many rows of the table the header takes
 */
record ScheduleColumns(ColumnLayout layout, List<PeriodColumn> periods, int headerRows) {

    /**
     * One period column.
     *
     * @param column its grid column
     * @param span the days it stands for; empty when no year can be told (no year printed, no fiscal year known)
     */
    record PeriodColumn(int column, Optional<DateSpan> span) {
    }

    /** The header is within a table's first rows. */
    private static final int MAX_HEADER_ROWS = 4;
    private static final int MIN_MONTHS = 3;
    private static final int MIN_QUARTERS = 2;

    ScheduleColumns {
        periods = List.copyOf(periods);
    }

    /**
     * Reads a table's header as a schedule's.
     *
     * @param rows the table's rows, one cell per grid column
     * @param width the table's grid width
     * @param documentFiscalYear the document's fiscal year (B.E.), for months and quarters printed without one
     * @return the columns, or empty when the table has no row of period columns or no measure column
     */
    static Optional<ScheduleColumns> read(List<Row> rows, int width, OptionalInt documentFiscalYear) {
        return read(rows, width, () -> documentFiscalYear);
    }

    /** As {@link #read(List, int, OptionalInt)}, the document's fiscal year found only for a table that needs it. */
    static Optional<ScheduleColumns> read(List<Row> rows, int width, Supplier<OptionalInt> fiscalYearOfDocument) {
        int periodRow = -1;
        for (int r = 0; r < Math.min(MAX_HEADER_ROWS, rows.size()); r++) {
            PeriodLabel.Kind kind = kindOf(rows.get(r));
            if (kind == PeriodLabel.Kind.MONTH) {
                periodRow = r; // months are finer than the quarters a row above may group them into
                break;
            }
            if (kind == PeriodLabel.Kind.QUARTER && periodRow < 0) {
                periodRow = r;
            }
        }
        if (periodRow < 0) {
            return Optional.empty();
        }
        if (periodRow > 0) {
            rows = new ArrayList<>(rows);
            rows.set(periodRow, underItsSpan(rows.get(periodRow - 1), rows.get(periodRow), width));
        }
        Row labels = rows.get(periodRow);
        PeriodLabel.Kind kind = kindOf(labels);
        List<Integer> columns = new ArrayList<>();
        List<PeriodLabel> read = new ArrayList<>();
        for (int c = 0; c < Math.max(width, labels.cells().size()); c++) {
            Optional<PeriodLabel> label = PeriodLabel.of(labels.cell(c).text()).filter(l -> l.kind() == kind);
            if (label.isPresent()) {
                columns.add(c);
                read.add(label.get());
            }
        }
        List<Row> above = rows.subList(0, periodRow);
        Optional<ColumnLayout> layout = roles(rows.subList(0, periodRow + 1), Math.max(width, labels.cells().size()),
                Set.copyOf(columns));
        if (layout.isEmpty()) {
            return Optional.empty();
        }
        OptionalInt documentFiscalYear = fiscalYearOfDocument.get();
        List<Optional<DateSpan>> spans = kind == PeriodLabel.Kind.MONTH
                ? monthSpans(read, yearLabels(above, columns), documentFiscalYear)
                : quarterSpans(read, yearLabels(above, columns), documentFiscalYear);
        List<PeriodColumn> periods = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            periods.add(new PeriodColumn(columns.get(i), spans.get(i)));
        }
        return Optional.of(new ScheduleColumns(layout.get(), periods, periodRow + 1));
    }

    /**
     * The row of months placed under the header cell that spans them. A web page leaves out of the second
     * header row the cells that the first row's cells cover downwards (rowspan), so its months would start at
     * the table's first column: when the row is narrower than the table and a cell above spans exactly as many
     * columns as the row has, the row begins under that cell.
     */
    private static Row underItsSpan(Row upper, Row lower, int width) {
        int lowerWidth = lower.cells().stream().mapToInt(Cell::columnSpan).sum();
        if (lowerWidth >= width) {
            return lower;
        }
        for (int c = 0; c < upper.cells().size(); c++) {
            if (upper.cell(c).columnSpan() > 1 && upper.cell(c).columnSpan() == lowerWidth) {
                List<Cell> cells = new ArrayList<>(java.util.Collections.nCopies(c, Cell.EMPTY));
                cells.addAll(lower.cells());
                return new Row(cells);
            }
        }
        return lower;
    }

    /**
     * Whether the measure column's header names measures (มาตรการ, โครงการ, กิจกรรม ...), rather than a column
     * taken to stand for them (ขั้นตอน, an unknown word): the timeline of a process (ขั้นตอนการประเมิน ITA by
     * month) is drawn the same way but sets no measures.
     */
    boolean namesMeasures() {
        return HeaderVocabulary.rolesOf(layout.headers().get(layout.columnOf(ColumnRole.MEASURE))).contains(ColumnRole.MEASURE);
    }

    /** Whether {@code column} is a period column. */
    boolean isPeriod(int column) {
        return periods.stream().anyMatch(p -> p.column() == column);
    }

    /** Whether a header read on a later page is this one printed again (its years may be left out). */
    boolean sameColumns(ScheduleColumns other) {
        return layout.roles().equals(other.layout.roles())
                && periods.stream().map(PeriodColumn::column).toList()
                        .equals(other.periods.stream().map(PeriodColumn::column).toList());
    }

    /** The kind of period columns a row holds enough of to be the schedule's, or null. */
    private static PeriodLabel.Kind kindOf(Row row) {
        int months = 0;
        int quarters = 0;
        for (int c = 0; c < row.cells().size(); c++) {
            Optional<PeriodLabel> label = PeriodLabel.of(row.cell(c).text());
            if (label.isPresent()) {
                if (label.get().kind() == PeriodLabel.Kind.MONTH) {
                    months++;
                } else {
                    quarters++;
                }
            }
        }
        return months >= MIN_MONTHS ? PeriodLabel.Kind.MONTH : quarters >= MIN_QUARTERS ? PeriodLabel.Kind.QUARTER : null;
    }

    /**
     * The roles of the columns that are not period columns, from the header rows' words in each (a
     * word-processor table writes "มาตรการ" in the first header row and leaves the cell under it empty).
     * A table without a มาตรการ/โครงการ/กิจกรรม column takes the first named column left of the periods that
     * the vocabulary does not know ("รายการ", "ประเด็น") as its measure column, else it is no schedule of measures.
     */
    private static Optional<ColumnLayout> roles(List<Row> header, int width, Set<Integer> periodColumns) {
        List<ColumnRole> roles = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            StringBuilder text = new StringBuilder();
            for (Row row : header) {
                String cell = row.cell(c).text().strip();
                if (!cell.isEmpty() && !periodColumns.contains(c)) {
                    text.append(text.length() == 0 ? "" : " ").append(cell);
                }
            }
            String words = text.toString();
            headers.add(words);
            if (periodColumns.contains(c) || words.isEmpty()) {
                roles.add(ColumnRole.EXTRA);
                continue;
            }
            roles.add(HeaderVocabulary.rolesOf(words).stream()
                    .filter(r -> r == ColumnRole.STATUS || !roles.contains(r)).findFirst().orElse(ColumnRole.EXTRA));
        }
        if (!roles.contains(ColumnRole.MEASURE)) {
            int firstPeriod = periodColumns.stream().mapToInt(Integer::intValue).min().orElse(width);
            int stand = roles.indexOf(ColumnRole.STEPS);
            for (int c = 0; stand < 0 && c < firstPeriod; c++) {
                if (roles.get(c) == ColumnRole.EXTRA && !headers.get(c).isEmpty()) {
                    stand = c;
                }
            }
            if (stand < 0 || stand > firstPeriod) {
                return Optional.empty();
            }
            roles.set(stand, ColumnRole.MEASURE);
        }
        return Optional.of(new ColumnLayout(roles, headers));
    }

    /**
     * The label over each period column, from the rows above the period row: the nearest non-empty cell at
     * or left of it among the period columns (a merged cell, or its text-form equivalent followed by empty cells).
     */
    private static List<Optional<String>> yearLabels(List<Row> above, List<Integer> columns) {
        List<Optional<String>> labels = new ArrayList<>();
        int first = columns.isEmpty() ? 0 : columns.get(0);
        for (int column : columns) {
            Optional<String> found = Optional.empty();
            for (Row row : above) {
                for (int k = column; k >= first; k--) {
                    String text = row.cell(k).text().strip();
                    if (!text.isEmpty()) {
                        if (PeriodLabel.yearIn(text).isPresent()) {
                            found = Optional.of(text); // the lowest row with a year is the nearest label
                        }
                        break;
                    }
                }
            }
            labels.add(found);
        }
        return labels;
    }

    private static List<Optional<DateSpan>> monthSpans(List<PeriodLabel> months, List<Optional<String>> labels,
                                                       OptionalInt documentFiscalYear) {
        OptionalInt fiscal = fiscalLabel(labels).isPresent() ? fiscalLabel(labels) : documentFiscalYear;
        Set<Integer> calendarYears = new LinkedHashSet<>();
        labels.forEach(l -> l.filter(t -> !isFiscal(t)).ifPresent(t -> calendarYears.add(PeriodLabel.yearIn(t).getAsInt())));
        boolean calendarLabels = calendarYears.size() > 1 || calendarYears.size() == 1 && !wraps(months);
        if (calendarYears.size() == 1 && !calendarLabels && !fiscalLabel(labels).isPresent()) {
            fiscal = OptionalInt.of(calendarYears.iterator().next()); // "พ.ศ. 2568" over ต.ค. … ก.ย.
        }
        List<Optional<DateSpan>> spans = new ArrayList<>();
        Integer year = null; // C.E. year of the month before
        ThaiMonth before = null;
        Optional<String> labelBefore = Optional.empty();
        for (int i = 0; i < months.size(); i++) {
            PeriodLabel label = months.get(i);
            ThaiMonth month = label.month().orElseThrow();
            Optional<String> over = labels.get(i);
            if (label.year().isPresent()) {
                year = ThaiYear.toCommonEra(label.year().getAsInt());
            } else if (calendarLabels && over.isPresent() && !isFiscal(over.get()) && !over.equals(labelBefore)) {
                year = ThaiYear.toCommonEra(PeriodLabel.yearIn(over.get()).getAsInt());
            } else if (year != null) {
                year = month.compareTo(before) < 0 ? year + 1 : year;
            } else if (fiscal.isPresent() && FiscalYear.isValid(fiscal.getAsInt())) {
                year = FiscalYear.ofBuddhist(fiscal.getAsInt()).commonYearOf(month);
            }
            labelBefore = over;
            before = month;
            if (year == null) {
                spans.add(Optional.empty());
            } else {
                YearMonth ym = YearMonth.of(year, month.toMonth());
                spans.add(Optional.of(new DateSpan(ym.atDay(1), ym.atEndOfMonth())));
            }
        }
        return spans;
    }

    /** Quarters count in fiscal years: one printed beside the quarter, else over it, else the document's. */
    private static List<Optional<DateSpan>> quarterSpans(List<PeriodLabel> quarters, List<Optional<String>> labels,
                                                         OptionalInt documentFiscalYear) {
        List<Optional<DateSpan>> spans = new ArrayList<>();
        for (int i = 0; i < quarters.size(); i++) {
            PeriodLabel label = quarters.get(i);
            OptionalInt year = label.year();
            if (year.isEmpty()) {
                year = labels.get(i).map(PeriodLabel::yearIn).orElse(documentFiscalYear);
            }
            spans.add(year.isPresent() && FiscalYear.isValid(year.getAsInt())
                    ? Optional.of(FiscalYear.ofBuddhist(year.getAsInt()).quarter(label.quarter()))
                    : Optional.empty());
        }
        return spans;
    }

    private static OptionalInt fiscalLabel(List<Optional<String>> labels) {
        return labels.stream().flatMap(Optional::stream).filter(ScheduleColumns::isFiscal)
                .map(PeriodLabel::yearIn).filter(OptionalInt::isPresent).findFirst().orElse(OptionalInt.empty());
    }

    private static boolean isFiscal(String label) {
        return Squeezed.of(label).contains("ปีงบ");
    }

    /** Whether the months run over a year's end (ต.ค. … ธ.ค. then ม.ค. …), as a fiscal year's do. */
    private static boolean wraps(List<PeriodLabel> months) {
        for (int i = 1; i < months.size(); i++) {
            if (months.get(i).month().orElseThrow().compareTo(months.get(i - 1).month().orElseThrow()) < 0) {
                return true;
            }
        }
        return false;
    }
}
