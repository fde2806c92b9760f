package org.itaminer.extract.schedule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.itaminer.extract.measure.ColumnRole;
import org.itaminer.extract.table.Squeezed;
import org.itaminer.extract.measure.DocumentContext;
import org.itaminer.extract.measure.MeasureDraft;
import org.itaminer.extract.measure.MeasureReader;
import org.itaminer.extract.meta.FiscalYearFinder;
import org.itaminer.extract.table.GroupHeading;
import org.itaminer.extract.table.MeasureRow;
import org.itaminer.extract.table.MeasureTableReader;
import org.itaminer.model.layout.Block;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Row;
import org.itaminer.model.layout.Table;

/**
 * Reads the measures of a plan drawn as a schedule (แผนปฏิบัติการ as a Gantt chart): a table with a column
 * per month or quarter ({@link ScheduleColumns}), a row per measure and, under it, rows for its activities
 * (numbered 1.1, 1.2 or set with bullets), with ticks in the months each runs in ({@link TickMarks}). The
 * activities are the measure's steps, and the measure's period runs from the first ticked column's start to
 * the last one's end over its own row and its activities' rows. Its period text is only one the document
 * wrote in a column of its own: ticks are not text.
 *
 * <p>A document that also has measure tables that are not schedules gets their measures too, in page order,
 * read as {@link MeasureTableReader} reads them.
 */
public final class ScheduleMeasureReader implements MeasureReader {

    /** "1.1", "(2.3": an activity's number in the number column. */
    private static final Pattern SUB_NUMBER = Pattern.compile("\\(?\\d{1,2}\\.\\d.*");

    /** "(ต่อ)", "ต่อ": the cell goes on from the row before the page break. */
    private static final Pattern CONTINUED = Pattern.compile("^[(\\[]?\\s*ต่อ\\s*[)\\]]?(\\s|$)");
    /** A total row under a budget column: รวม, รวมทั้งสิ้น, รวมงบประมาณ. */
    private static final Pattern TOTAL = Pattern.compile("^รวม\\S{0,12}$");

    @Override
    public List<MeasureDraft> read(DocumentContext document) {
        OptionalInt[] fiscalYear = new OptionalInt[1]; // found once, and only for a document with period columns
        List<ScheduleTables.Schedule> schedules = ScheduleTables.of(document.layout(), () -> {
            if (fiscalYear[0] == null) {
                fiscalYear[0] = FiscalYearFinder.find(document.title().text(), document.text());
            }
            return fiscalYear[0];
        });
        List<MeasureDraft> drafts = new ArrayList<>();
        Set<Table> scheduleTables = Collections.newSetFromMap(new IdentityHashMap<>()); // the printed tables themselves
        List<ScheduleTables.Schedule> read = new ArrayList<>();
        for (ScheduleTables.Schedule schedule : schedules) {
            if (TickMarks.holdsTicks(schedule)) { // not "ผลการดำเนินงาน ไตรมาส 1 | ไตรมาส 2": a report's results by quarter
                read.add(schedule);
                scheduleTables.addAll(schedule.tables());
            }
        }
        if (read.isEmpty()) {
            return List.of();
        }
        List<MeasureRow> others = MeasureTableReader.rows(without(document.layout(), scheduleTables),
                document.tables());
        List<ScheduledMeasure> scheduled = new ArrayList<>();
        Optional<Open> open = Optional.empty();
        for (ScheduleTables.Schedule schedule : read) {
            // beside measure tables, a schedule of steps (ขั้นตอน by month) is a process's timeline, not measures
            if (others.isEmpty() || schedule.columns().namesMeasures()) {
                Read r = read(schedule, open);
                scheduled.addAll(r.measures());
                open = r.open();
            }
        }
        scheduled.forEach(m -> drafts.add(m.draft()));
        others.forEach(row -> drafts.add(row.draft()));
        if (drafts.isEmpty()) {
            return List.of();
        }
        // stable: within a page the schedule's measures come first
        return drafts.stream().sorted(Comparator.comparingInt(MeasureDraft::page)).toList();
    }

    /**
     * The last measure of a schedule, still open to activities: the part printed on the next page may be read
     * with other columns (a page whose months without a tick merged) and so start a schedule of its own.
     *
     * @param measure the last measure read
     * @param style how that schedule marked its measures
     * @param activities how it marked the activities under them
     * @param page the page its last part was on
     */
    record Open(ScheduledMeasure measure, ItemMarker style, ItemMarker activities, int page) {
    }

    /** A schedule's measures and its last one, open to the next schedule's leading activities. */
    record Read(List<ScheduledMeasure> measures, Optional<Open> open) {
    }

    /** The measures of one schedule, in order. */
    static List<ScheduledMeasure> read(ScheduleTables.Schedule schedule) {
        return read(schedule, Optional.empty()).measures();
    }

    /**
     * The measures of one schedule, in order; rows at its top marked as the schedule before marked its
     * activities, not its measures, where that schedule ended on this page or the one before, go on with its last
     * measure ("- จัดทำแบบสำรวจ" under an unnumbered measure is its step, not a measure).
     */
    static Read read(ScheduleTables.Schedule schedule, Optional<Open> before) {
        ScheduleColumns columns = schedule.columns();
        int measureColumn = columns.layout().columnOf(ColumnRole.MEASURE);
        int numberColumn = columns.layout().columnOf(ColumnRole.NUMBER);
        List<ScheduledMeasure> measures = new ArrayList<>();
        ScheduledMeasure current = null;
        ScheduledMeasure carried = null; // the leading activities, read with this schedule's columns
        Optional<String> group = Optional.empty();
        ItemMarker measureStyle = null;
        ItemMarker activityStyle = null;
        boolean numbersMeasures = false;
        for (ScheduleTables.Part part : schedule.parts()) {
            for (Row row : part.rows()) {
                if (row.isBlank()) {
                    continue;
                }
                String cell = row.cell(measureColumn).text().strip();
                boolean continued = CONTINUED.matcher(cell).find();
                if (continued) {
                    cell = CONTINUED.matcher(cell).replaceFirst("").strip();
                }
                Optional<String> heading = continued ? Optional.empty() : GroupHeading.of(row, columns.layout().size());
                boolean numbered = marker(cell).style() == ItemMarker.Style.MEASURE_WORD
                        || marker(cell).style() == ItemMarker.Style.NUMBER;
                if (heading.isPresent() && !hasTicks(row, columns) && !numbered) { // "1. ..." alone is a measure over its activities
                    group = heading;
                    current = null;
                    continue;
                }
                if (TOTAL.matcher(Squeezed.of(cell)).matches()) {
                    continue;
                }
                String number = numberColumn < 0 ? "" : row.cell(numberColumn).text().strip();
                ItemMarker marker = ItemMarker.of(cell);
                // an unmarked row under marked activities wraps the last one, unless unmarked rows are the measures
                boolean wrapped = current != null && marker.style() == ItemMarker.Style.NONE && number.isEmpty()
                        && current.activitiesMarked() && measureStyle != null && !marker.sameLevel(measureStyle);
                if (current != null && (continued || wrapped || cell.isEmpty() && number.isEmpty())) {
                    if (current.hasActivities()) {
                        current.continueActivity(row, cell);
                    } else {
                        current.add(row, cell);
                    }
                    continue;
                }
                if (cell.isEmpty() && number.isEmpty()) {
                    continue; // ticks under no measure
                }
                if (current == null && measures.isEmpty() && number.isEmpty() && before.isPresent()
                        && part.page() - before.get().page() <= 1 && marker.sameLevel(before.get().activities())
                        && !marker.sameLevel(before.get().style())) {
                    measureStyle = before.get().style();
                    activityStyle = marker;
                    current = carried = new ScheduledMeasure(columns, part.page(), group);
                    current.addActivity(row, marker.rest(cell), true);
                    continue;
                }
                boolean isMeasure;
                if (numberColumn >= 0 && (numbersMeasures || current == null) && !number.isEmpty()) {
                    isMeasure = !SUB_NUMBER.matcher(number).matches(); // "1.1" in the number column is an activity's
                    numbersMeasures |= isMeasure;
                } else if (numbersMeasures) {
                    isMeasure = false; // numbered measures: a row without a number is an activity of the one above
                } else if (measureStyle == null || current == null) {
                    isMeasure = measureStyle == null || marker.sameLevel(measureStyle) || !isActivityMark(marker);
                } else {
                    isMeasure = marker.sameLevel(measureStyle);
                }
                if (isMeasure) {
                    if (measureStyle == null) {
                        measureStyle = marker;
                    }
                    current = new ScheduledMeasure(columns, part.page(), group);
                    measures.add(current);
                    current.add(row, cell);
                } else {
                    current.addActivity(row, marker.rest(cell), marker.style() != ItemMarker.Style.NONE);
                    if (marker.style() != ItemMarker.Style.NONE) {
                        activityStyle = marker;
                    }
                }
            }
        }
        if (carried != null) {
            before.get().measure().goOnWith(carried);
        }
        int lastPage = schedule.parts().isEmpty() ? 0 : schedule.parts().get(schedule.parts().size() - 1).page();
        Optional<Open> open;
        if (measures.isEmpty()) { // only activities of the measure before: it stays open past this page
            open = carried == null ? Optional.empty()
                    : before.map(o -> new Open(o.measure(), o.style(), o.activities(), lastPage));
        } else {
            open = measureStyle == null || activityStyle == null ? Optional.empty()
                    : Optional.of(new Open(measures.get(measures.size() - 1), measureStyle, activityStyle, lastPage));
        }
        return new Read(measures, open);
    }

    /** Marks that only activities carry when no measure is above to own them is no measure anyway. */
    private static boolean isActivityMark(ItemMarker marker) {
        return marker.style() == ItemMarker.Style.ACTIVITY_WORD
                || marker.style() == ItemMarker.Style.NUMBER && marker.depth() > 1;
    }

    private static ItemMarker marker(String cell) {
        return ItemMarker.of(cell);
    }

    private static boolean hasTicks(Row row, ScheduleColumns columns) {
        return columns.periods().stream().anyMatch(p -> TickMarks.ticked(row.cell(p.column())));
    }

    /** The layout with the schedule tables left out, for the measure-table reader to read the rest. */
    private static LayoutDocument without(LayoutDocument layout, Set<Table> tables) {
        List<Page> pages = new ArrayList<>();
        for (Page page : layout.pages()) {
            List<Block> blocks = page.blocks().stream().filter(b -> !(b instanceof Table t && tables.contains(t))).toList();
            pages.add(page.withBlocks(blocks));
        }
        return new LayoutDocument(layout.mediaType(), layout.textSource(), pages, layout.warnings());
    }
}
