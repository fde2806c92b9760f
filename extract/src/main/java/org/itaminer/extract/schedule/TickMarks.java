package org.itaminer.extract.schedule;

import org.itaminer.extract.table.Squeezed;
import java.util.regex.Pattern;
import org.itaminer.model.layout.Cell;
import org.itaminer.model.layout.Row;

/**
 * Tells a ticked period cell of a schedule from an empty one. Schedules mark the months a step runs in
 * with whatever the typist had at hand: ✓ / X x ● * ■ a filled cell (█), an arrow or a bar drawn with
 * dashes (←──→, ------>), a word (ดำเนินการ, ทุกเดือน) or a number (times, amounts). A cell merged over
 * several period columns marks them all. What is not a tick: an empty cell, and a lone dash or dot,
 * which forms print in a cell left empty on purpose.
 */
final class TickMarks {

    /** A placeholder for "nothing here": one dash or dot, or a zero. */
    private static final Pattern PLACEHOLDER = Pattern.compile("[-–—.·0]");

    private TickMarks() {
    }

    /** Words in a period cell beyond which it reports, rather than marks: "จัดอบรมแล้ว 1 ครั้ง มีผู้เข้าร่วม 45 คน". */
    private static final int MAX_MARK_CHARS = 20;

    /**
     * Whether a schedule's period cells are marks: a table whose period columns hold sentences in more than a
     * quarter of their filled cells reports results by month or quarter and is no schedule.
     */
    static boolean holdsTicks(ScheduleTables.Schedule schedule) {
        int filled = 0;
        int sentences = 0;
        for (ScheduleTables.Part part : schedule.parts()) {
            for (Row row : part.rows()) {
                for (ScheduleColumns.PeriodColumn column : schedule.columns().periods()) {
                    String text = Squeezed.of(row.cell(column.column()).text());
                    if (!text.isEmpty()) {
                        filled++;
                        sentences += text.length() > MAX_MARK_CHARS ? 1 : 0;
                    }
                }
            }
        }
        return sentences * 4 <= filled;
    }

    /** Whether the cell marks its period column(s). */
    static boolean ticked(Cell cell) {
        String text = cell.text().strip();
        return !text.isEmpty() && !PLACEHOLDER.matcher(text).matches();
    }
}
