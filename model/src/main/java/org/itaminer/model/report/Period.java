package org.itaminer.model.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Optional;

/**
 * When a measure runs (ระยะเวลาดำเนินการ).
 *
 * @param text the period as printed (normalized); null when the document lacks the column
 * @param start first day of the span it names; null when it names no resolvable span
 * @param end last day of that span; null likewise
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"text", "start", "end"})
public record Period(String text, LocalDate start, LocalDate end) {

    /** The period of a document without a period column. */
    public static final Period NONE = new Period(null, null, null);

    public Period {
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("period end " + end + " is before start " + start);
        }
    }

    /** The period as printed, when the document has a period column ({@link #text()} is its JSON form). */
    public Optional<String> optionalText() {
        return Optional.ofNullable(text);
    }

    /** The first day of the span the text names, when it names a resolvable one. */
    public Optional<LocalDate> optionalStart() {
        return Optional.ofNullable(start);
    }

    /** The last day of that span. */
    public Optional<LocalDate> optionalEnd() {
        return Optional.ofNullable(end);
    }
}
