package org.itaminer.index.query;

import java.util.List;
import java.util.Objects;

/**
 * One matching measure.
 *
 * @param score the relevance score
 * @param reportId the report's id (sha256 of its source)
 * @param fileName the source file name
 * @param seq the measure's 1-based position in its report
 * @param page the page the measure starts on
 * @param title the measure title
 * @param agency the agency's full name
 * @param fiscalYear the fiscal year (B.E.), null when unknown
 * @param province the province, null when unknown
 * @param kind plan or report
 * @param indicators ITA indicator codes the measure cites
 * @param themes the ids of the {@link org.itaminer.index.theme.Theme}s the measure addresses
 * @param snippet a highlighted passage ({@code <b>…</b>} around matches); the title when nothing matched
 */
public record SearchHit(float score, String reportId, String fileName, int seq, int page, String title,
                        String agency, Integer fiscalYear, String province, String kind, List<String> indicators,
                        List<String> themes, String snippet) {

    public SearchHit {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(title, "title");
        indicators = List.copyOf(indicators);
        themes = List.copyOf(themes);
    }

    /** The id to name this measure with in {@code similar}, e.g. {@code 3f9a0c12be47#4}. */
    public String id() {
        return MeasureId.of(reportId, seq).toString();
    }

    /** {@code <file stem>#<seq>}, e.g. {@code plan_sao_nongbua_2567#2}. */
    public String key() {
        int dot = fileName.lastIndexOf('.');
        return (dot > 0 ? fileName.substring(0, dot) : fileName) + "#" + seq;
    }
}
