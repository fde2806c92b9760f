package org.itaminer.model.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

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
}
