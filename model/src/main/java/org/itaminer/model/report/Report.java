package org.itaminer.model.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.itaminer.model.Warning;

/**
 * One extracted report (schema version 1).
 *
 * @param schemaVersion always 1
 * @param id SHA-256 hex of the source bytes
 * @param source where the document came from
 * @param title the document's heading
 * @param kind plan, report or other
 * @param agency the publishing agency
 * @param fiscalYear Thai fiscal year (B.E.) the measures are for; null when the document names none
 * @param assessment the earlier ITA result the document cites; null if none
 * @param indicatorScores per-indicator scores of that assessment
 * @param measures the measures in document order
 * @param warnings what a reader should check
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"schemaVersion", "id", "source", "title", "kind", "agency", "fiscalYear", "assessment",
    "indicatorScores", "measures", "warnings"})
public record Report(int schemaVersion, String id, Source source, String title, DocumentKind kind, Agency agency,
                     Integer fiscalYear, Assessment assessment, List<IndicatorScore> indicatorScores,
                     List<Measure> measures, List<Warning> warnings) {

    public static final int SCHEMA_VERSION = 1;

    public Report {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(agency, "agency");
        indicatorScores = List.copyOf(indicatorScores);
        measures = List.copyOf(measures);
        warnings = List.copyOf(warnings);
    }

    /** The same report with another source (same bytes reached under another name). */
    public Report withSource(Source newSource) {
        return new Report(schemaVersion, id, newSource, title, kind, agency, fiscalYear, assessment,
                indicatorScores, measures, warnings);
    }

    /** The fiscal year the measures are for, when the document names one ({@link #fiscalYear()} is its JSON form). */
    public OptionalInt optionalFiscalYear() {
        return fiscalYear == null ? OptionalInt.empty() : OptionalInt.of(fiscalYear);
    }

    /** The earlier ITA result the document cites, when it cites one ({@link #assessment()} is its JSON form). */
    public Optional<Assessment> optionalAssessment() {
        return Optional.ofNullable(assessment);
    }
}
