package org.itaminer.extract.period;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A closed span of days, {@code start} to {@code end} inclusive (ISO calendar).
 *
 * @param start first day
 * @param end last day, not before {@code start}
 */
public record DateSpan(LocalDate start, LocalDate end) {

    public DateSpan {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
    }

    /** The smallest span covering this one and {@code other}. */
    public DateSpan union(DateSpan other) {
        return new DateSpan(
                start.isBefore(other.start) ? start : other.start,
                end.isAfter(other.end) ? end : other.end);
    }
}
