package org.itaminer.cli;

import java.io.PrintWriter;
import java.util.Optional;
import org.itaminer.model.report.AgencyType;
import org.itaminer.model.report.DocumentKind;
import org.itaminer.index.query.SearchRequest;
import picocli.CommandLine.Option;

/** The filters {@code search}, {@code compare} and {@code export} share: province, district, agency type, fiscal year, kind, indicator. */
public final class FilterOptions {

    /** The document kinds one can filter on. */
    public enum Kind { plan, report, other }

    @Option(names = "--province", paramLabel = "P", description = "Only this province (ตรัง or จังหวัดตรัง).")
    String province;

    @Option(names = "--district", paramLabel = "D", description = "Only this district (ชุมแพ or อำเภอชุมแพ).")
    String district;

    @Option(names = "--agency-type", paramLabel = "T", converter = AgencyTypeConverter.class,
            description = "Only this agency type: sao, subdistrict_municipality, town_municipality, "
                    + "city_municipality, pao, other (or อบต. ทต. ทม. ทน. อบจ.).")
    AgencyType agencyType;

    @Option(names = "--year", paramLabel = "Y",
            description = "Only this fiscal year, B.E. (2568, ๒๕๖๘); a year 1900-2200 is read as C.E. (2025 = 2568).")
    Integer year;

    @Option(names = "--kind", description = "Only plans, reports or other documents: ${COMPLETION-CANDIDATES}.")
    Kind kind;

    @Option(names = "--indicator", paramLabel = "CODE", description = "Only measures citing this ITA indicator (O36).")
    String indicator;

    /**
     * The request for {@code query} with these filters.
     *
     * @throws IllegalArgumentException when a value is out of range (the limit)
     */
    SearchRequest request(String query, int limit) {
        return new SearchRequest(query, province, district, agencyType, year,
                kind == null ? null : DocumentKind.fromValue(kind.name()), indicator, limit);
    }

    /** Like {@link #request(String, int)}, but a value out of range is told to {@code err} and gives empty. */
    Optional<SearchRequest> request(String query, int limit, PrintWriter err) {
        try {
            return Optional.of(request(query, limit));
        } catch (IllegalArgumentException e) {
            err.println("bad option: " + e.getMessage());
            return Optional.empty();
        }
    }
}
