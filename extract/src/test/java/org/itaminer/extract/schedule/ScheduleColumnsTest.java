package org.itaminer.extract.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.itaminer.extract.measure.ColumnRole;
import org.itaminer.extract.table.GridRow;
import org.itaminer.model.layout.Cell;
import org.itaminer.model.layout.Row;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Schedule headers: rows are written with "|" between cells, "*N" after a cell merged over N columns; the
 * expected spans are the first and the last period column's, as "start..end".
 */
class ScheduleColumnsTest {

    private static final String FISCAL_MONTHS = "ต.ค.|พ.ย.|ธ.ค.|ม.ค.|ก.พ.|มี.ค.|เม.ย.|พ.ค.|มิ.ย.|ก.ค.|ส.ค.|ก.ย.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            months alone take the document's fiscal year; มาตรการ|FM; 2568; 2024-10-01..2024-10-31; 2025-09-01..2025-09-30
            the header's fiscal year beats the document's; มาตรการ|ปีงบประมาณ พ.ศ. 2569*12 ~ |FM; 2568; 2025-10-01..2025-10-31; 2026-09-01..2026-09-30
            one year over months from ต.ค. to ก.ย. is a fiscal year; มาตรการ|พ.ศ. 2568*12 ~ |FM; 0; 2024-10-01..2024-10-31; 2025-09-01..2025-09-30
            one year over ม.ค. to ธ.ค. is a calendar year; มาตรการ|พ.ศ. 2568*12 ~ |ม.ค.|ก.พ.|มี.ค.|เม.ย.|พ.ค.|มิ.ย.|ก.ค.|ส.ค.|ก.ย.|ต.ค.|พ.ย.|ธ.ค.; 0; 2025-01-01..2025-01-31; 2025-12-01..2025-12-31
            two years split the months, written as text; มาตรการ|พ.ศ. 2567|||พ.ศ. 2568 ~ |FM; 0; 2024-10-01..2024-10-31; 2025-09-01..2025-09-30
            a year printed on the first month runs on; มาตรการ|ต.ค. 67|พ.ย.|ธ.ค.|ม.ค.|ก.พ.|มี.ค.; 0; 2024-10-01..2024-10-31; 2025-03-01..2025-03-31
            quarters of the document's year; กิจกรรม|ไตรมาส 1|ไตรมาส 2|ไตรมาส 3|ไตรมาส 4; 2567; 2023-10-01..2023-12-31; 2024-07-01..2024-09-30
            quarters under a year spanning them; กิจกรรม|ปีงบประมาณ 2568*4 ~ |ไตรมาสที่ 1|ไตรมาสที่ 2|ไตรมาสที่ 3|ไตรมาสที่ 4; 0; 2024-10-01..2024-12-31; 2025-07-01..2025-09-30
            quarters over months: the months count; โครงการ|ไตรมาส 1*3|ไตรมาส 2*3 ~ |ต.ค.|พ.ย.|ธ.ค.|ม.ค.|ก.พ.|มี.ค.; 2568; 2024-10-01..2024-10-31; 2025-03-01..2025-03-31
            """)
    void eachPeriodColumnStandsForItsDays(String variation, String header, int documentYear,
                                          String first, String last) {
        List<Row> rows = rows(header.replace("FM", FISCAL_MONTHS));
        int width = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        ScheduleColumns columns = ScheduleColumns.read(rows, width,
                documentYear == 0 ? OptionalInt.empty() : OptionalInt.of(documentYear)).orElseThrow();
        List<ScheduleColumns.PeriodColumn> periods = columns.periods();
        assertEquals(first, span(periods.get(0)), variation);
        assertEquals(last, span(periods.get(periods.size() - 1)), variation);
        assertEquals(ColumnRole.MEASURE, columns.layout().roles().get(0), variation);
    }

    @Test
    void withNoYearPrintedAndNoneKnownTheColumnsHaveNoDays() {
        ScheduleColumns columns = ScheduleColumns.read(rows("มาตรการ|" + FISCAL_MONTHS), 13, OptionalInt.empty()).orElseThrow();
        assertEquals(12, columns.periods().size());
        assertTrue(columns.periods().stream().allMatch(p -> p.span().isEmpty()));
    }

    @Test
    void aWebPageLeavesOutTheCellsAboveThatSpanDownAndTheMonthsGoUnderTheirSpanningCell() {
        List<Row> rows = List.of(
                GridRow.of(new Row(List.of(Cell.of("ที่"), Cell.of("มาตรการ"),
                        new Cell(List.of("ระยะเวลาดำเนินการ ปีงบประมาณ พ.ศ. 2568"), 3), Cell.of("ผู้รับผิดชอบ")))),
                Row.of("ต.ค.", "พ.ย.", "ธ.ค."));
        ScheduleColumns columns = ScheduleColumns.read(rows, 6, OptionalInt.empty()).orElseThrow();
        assertEquals(List.of(2, 3, 4), columns.periods().stream().map(ScheduleColumns.PeriodColumn::column).toList());
        assertEquals(List.of(ColumnRole.NUMBER, ColumnRole.MEASURE), columns.layout().roles().subList(0, 2));
        assertEquals(ColumnRole.RESPONSIBLE, columns.layout().roles().get(5));
        assertEquals("2024-10-01..2024-10-31", span(columns.periods().get(0)));
    }

    @Test
    void aTableWithoutPeriodColumnsOrWithoutAMeasureColumnIsNoSchedule() {
        assertTrue(ScheduleColumns.read(rows("มาตรการ|ระยะเวลา|ผู้รับผิดชอบ"), 3, OptionalInt.of(2568)).isEmpty());
        assertTrue(ScheduleColumns.read(rows("งบประมาณ|" + FISCAL_MONTHS), 13, OptionalInt.of(2568)).isEmpty(),
                "a budget spread over months names no measure");
    }

    private static String span(ScheduleColumns.PeriodColumn column) {
        return column.span().map(s -> s.start() + ".." + s.end()).orElse("none");
    }

    /** Header rows separated by "~", cells by "|", "text*N" a cell merged over N columns (grid rows). */
    private static List<Row> rows(String header) {
        List<Row> rows = new ArrayList<>();
        for (String line : header.split("~")) {
            List<Cell> cells = new ArrayList<>();
            for (String text : Arrays.asList(line.split("\\|", -1))) {
                String t = text.strip();
                int star = t.lastIndexOf('*');
                cells.add(star > 0 ? new Cell(List.of(t.substring(0, star)), Integer.parseInt(t.substring(star + 1)))
                        : Cell.of(t));
            }
            rows.add(GridRow.of(new Row(cells)));
        }
        return rows;
    }
}
