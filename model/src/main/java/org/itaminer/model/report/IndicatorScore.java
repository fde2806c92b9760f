package org.itaminer.model.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One row of an ITA indicator-score table (ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ 99.71 คะแนน).
 *
 * @param number the indicator number (1-based)
 * @param name the indicator's name
 * @param tool IIT, EIT or OIT; null when the document does not group the rows
 * @param score the score out of 100; null when not given
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"number", "name", "tool", "score"})
public record IndicatorScore(int number, String name, String tool, Double score) {

    public IndicatorScore {
        Objects.requireNonNull(name, "name");
    }

    /** The tool that measured the indicator, when the document groups its rows ({@link #tool()} is the JSON form). */
    public Optional<String> optionalTool() {
        return Optional.ofNullable(tool);
    }

    /** The score, when given. */
    public OptionalDouble optionalScore() {
        return score == null ? OptionalDouble.empty() : OptionalDouble.of(score);
    }
}
