package org.itaminer.extract.schedule;

import java.util.regex.Pattern;
import org.itaminer.model.layout.Cell;

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

    /** Whether the cell marks its period column(s). */
    static boolean ticked(Cell cell) {
        String text = cell.text().strip();
        return !text.isEmpty() && !PLACEHOLDER.matcher(text).matches();
    }
}
