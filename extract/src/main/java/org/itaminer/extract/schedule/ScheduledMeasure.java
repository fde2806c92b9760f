package org.itaminer.extract.schedule;

import org.itaminer.extract.table.Squeezed;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itaminer.extract.measure.ColumnRole;
import org.itaminer.extract.measure.MeasureDraft;
import org.itaminer.extract.measure.StepSplitter;
import org.itaminer.extract.period.DateSpan;
import org.itaminer.extract.table.ColumnLayout;
import org.itaminer.extract.table.RowExtras;
import org.itaminer.model.layout.Cell;
import org.itaminer.model.layout.Row;

/**
 * One measure of a schedule as its rows are read: the measure row, the activity rows under it (its steps)
 * and rows that go on from either; the other columns' texts gathered over all of them, and the span from the
 * first ticked period column's start to the last one's end.
 */
final class ScheduledMeasure {

    /** A number's opening bracket or closing dot or bracket: "(3)", "4.". */
    private static final java.util.regex.Pattern NUMBER_MARKS = java.util.regex.Pattern.compile("^\\(|[.)]$");
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d{1,3}(\\.\\d{1,2})*");

    private final ScheduleColumns columns;
    private final int page;
    private final Optional<String> group;
    private final List<StringBuilder> texts = new ArrayList<>();
    private final List<String> steps = new ArrayList<>();
    private Optional<DateSpan> span = Optional.empty();
    private boolean markedActivities;

    ScheduledMeasure(ScheduleColumns columns, int page, Optional<String> group) {
        this.columns = columns;
        this.page = page;
        this.group = group;
        for (int c = 0; c < columns.layout().size(); c++) {
            texts.add(new StringBuilder());
        }
    }

    /** The measure column's text so far. */
    String measureText() {
        return texts.get(columns.layout().columnOf(ColumnRole.MEASURE)).toString();
    }

    /** Adds a row's cells (the measure cell as {@code measureText}) and its ticks. */
    void add(Row row, String measureText) {
        ColumnLayout layout = columns.layout();
        int measure = layout.columnOf(ColumnRole.MEASURE);
        int stepsColumn = layout.columnOf(ColumnRole.STEPS);
        for (int c = 0; c < layout.size(); c++) {
            if (columns.isPeriod(c)) {
                continue;
            }
            if (c == measure) {
                append(c, measureText);
            } else if (c == stepsColumn) {
                addStepsCell(row.cell(c).text());
            } else {
                append(c, row.cell(c).text());
            }
        }
        addTicks(row);
    }

    /** Adds an activity row: its words as one step, the other cells and its ticks. */
    void addActivity(Row row, String activity, boolean marked) {
        markedActivities = marked;
        if (!activity.isBlank()) {
            steps.add(activity.strip());
        }
        add(row, ""); // the activity's words are a step, not the measure's
    }

    /** Adds a row that goes on from the last activity (its words wrapped into a second row). */
    void continueActivity(Row row, String words) {
        if (!steps.isEmpty() && !words.isBlank()) {
            steps.set(steps.size() - 1, steps.get(steps.size() - 1) + " " + words.strip());
        }
        add(row, ""); // the activity's words are a step, not the measure's
    }

    /**
     * Takes in the activities read, under other columns, at the top of the schedule printed next (the same
     * table on the next page): its steps, its span and its cells, each under the column of the same role.
     */
    void goOnWith(ScheduledMeasure next) {
        steps.addAll(next.steps);
        next.span.ifPresent(s -> span = Optional.of(span.map(s::union).orElse(s)));
        markedActivities = next.markedActivities;
        ColumnLayout theirs = next.columns.layout();
        for (int c = 0; c < theirs.size(); c++) {
            ColumnRole role = theirs.roles().get(c);
            int mine = columns.layout().columnOf(role);
            if (!next.columns.isPeriod(c) && role != ColumnRole.EXTRA && role != ColumnRole.MEASURE && mine >= 0
                    && theirs.columnOf(role) == c) {
                append(mine, next.texts.get(c).toString());
            }
        }
    }

    boolean hasActivities() {
        return !steps.isEmpty();
    }

    /** Whether the last activity carried a mark ("1.1", "-"): an unmarked row after it is its words wrapped. */
    boolean activitiesMarked() {
        return markedActivities && hasActivities();
    }

    private void addStepsCell(String text) {
        if (text.isBlank()) {
            return;
        }
        List<String> items = StepSplitter.split(text);
        if (items.size() > 1) {
            steps.addAll(items); // "1. ... 2. ..." in one cell
        } else {
            steps.add(ItemMarker.of(text.strip()).rest(text.strip())); // one activity a row: "2. ...", "1.1 ...", "- ..."
        }
    }

    private void addTicks(Row row) {
        for (int c = 0; c < row.cells().size(); c++) {
            Cell cell = row.cell(c);
            if (!TickMarks.ticked(cell)) {
                continue;
            }
            // a cell merged over several period columns (an arrow across months) marks each of them
            for (ScheduleColumns.PeriodColumn period : columns.periods()) {
                if (period.column() >= c && period.column() < c + cell.columnSpan()) {
                    period.span().ifPresent(s -> span = Optional.of(span.map(s::union).orElse(s)));
                }
            }
        }
    }

    /** Text identical (white space aside) to what a column holds is not added again. */
    private void append(int column, String text) {
        if (text.isBlank()) {
            return;
        }
        StringBuilder sb = texts.get(column);
        String have = Squeezed.of(sb.toString());
        if (!have.isEmpty() && have.contains(Squeezed.of(text))) {
            return;
        }
        if (sb.length() > 0) {
            sb.append(' ');
        }
        sb.append(text.strip());
    }

    /**
     * The measure as a draft, as a measure table's row would give it: each role's text, the number column's
     * number, the activities as its steps, named and unknown columns in {@code extra}, and the drawn period.
     */
    MeasureDraft draft() {
        ColumnLayout layout = columns.layout();
        Map<ColumnRole, String> fields = new EnumMap<>(ColumnRole.class);
        RowExtras extras = new RowExtras(layout, group);
        for (int c = 0; c < layout.size(); c++) {
            if (columns.isPeriod(c)) {
                continue;
            }
            ColumnRole role = layout.roles().get(c);
            String text = texts.get(c).toString();
            if (layout.columnOf(role) == c && role != ColumnRole.EXTRA) {
                fields.put(role, text);
            }
            if (!MeasureDraft.present(text)) {
                continue;
            }
            extras.add(c, text);
        }
        Map<String, String> extra = extras.extra();
        fields.remove(ColumnRole.STEPS); // the steps are listed, one activity each
        Optional<String> number = Optional.ofNullable(fields.get(ColumnRole.NUMBER)).map(String::strip)
                .map(t -> NUMBER_MARKS.matcher(t).replaceAll("").strip()).filter(t -> NUMBER.matcher(t).matches());
        return new MeasureDraft(fields, number, steps, extra, page, span);
    }
}
