package org.itaminer.model.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * An earlier ITA result the document cites.
 *
 * @param fiscalYear the assessed fiscal year (B.E.); null when not given
 * @param score score out of 100; null when not given
 * @param grade AA, A, B, C, D, E or F; null when not given
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"fiscalYear", "score", "grade"})
public record Assessment(Integer fiscalYear, Double score, String grade) {

    /** The assessed fiscal year, when given ({@link #fiscalYear()} is its JSON form, null when not). */
    public OptionalInt optionalFiscalYear() {
        return fiscalYear == null ? OptionalInt.empty() : OptionalInt.of(fiscalYear);
    }

    /** The score, when given. */
    public OptionalDouble optionalScore() {
        return score == null ? OptionalDouble.empty() : OptionalDouble.of(score);
    }

    /** The grade, when given. */
    public Optional<String> optionalGrade() {
        return Optional.ofNullable(grade);
    }
}
