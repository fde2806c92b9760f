package org.itaminer.index.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.itaminer.model.report.AgencyType;
import org.itaminer.model.report.DocumentKind;
import org.itaminer.model.report.Measure;
import org.itaminer.model.report.Report;
import org.itaminer.index.query.SearchRequest;

/**
 * The filters of a search ({@link SearchRequest}: province, district, agency type, fiscal year, kind, indicator)
 * applied to stored reports for an export, with the same meaning as in the index.
 *
 * <p>A <b>report</b> passes when its own fields pass every metadata filter and, when an indicator is given, at
 * least one of its measures cites it; it is then exported whole (a JSONL line is the report as extracted, never
 * trimmed to the matching measures, so it stays a faithful schema-v1 report of its document). A <b>measure</b>
 * (a CSV row, a row of the Measures sheet) passes when its report's fields pass and it cites the indicator, if one
 * is given. So a report with no measures (a memo, kind {@code other}) is exported by a metadata filter, and never by
 * an indicator filter.
 *
 * @param province exact province name (จังหวัด/จ. already removed), null for any
 * @param district exact district name (อำเภอ/อ. already removed), null for any
 * @param agencyType the agency type, null for any
 * @param fiscalYear the fiscal year in B.E., null for any
 * @param kind plan, report or other, null for any
 * @param indicator an upper-case ITA indicator code (O36), null for any
 */
public record ReportFilter(String province, String district, AgencyType agencyType, Integer fiscalYear,
                           DocumentKind kind, String indicator) {

    /** No filter: every report and measure passes. */
    public static final ReportFilter NONE = new ReportFilter(null, null, null, null, null, null);

    /** The filters of a search request, normalized as the request normalizes them (C.E. years, prefixes, case). */
    public static ReportFilter of(SearchRequest request) {
        Objects.requireNonNull(request, "request");
        return new ReportFilter(request.province(), request.district(), request.agencyType(), request.fiscalYear(),
                request.kind(), request.indicator());
    }

    /** Whether the report's own fields pass the metadata filters (all but the indicator). */
    public boolean metadataMatches(Report r) {
        Objects.requireNonNull(r, "r");
        return (province == null || province.equals(r.agency().province()))
                && (district == null || district.equals(r.agency().district()))
                && (agencyType == null || agencyType == r.agency().type())
                && (fiscalYear == null || fiscalYear.equals(r.fiscalYear()))
                && (kind == null || kind == r.kind());
    }

    /** Whether the measure of report {@code r} passes. */
    public boolean keeps(Report r, Measure m) {
        return metadataMatches(r) && (indicator == null || m.indicators().contains(indicator));
    }

    /** Whether the report is exported (whole). */
    public boolean keeps(Report r) {
        return metadataMatches(r)
                && (indicator == null || r.measures().stream().anyMatch(m -> m.indicators().contains(indicator)));
    }

    /** The reports that pass, in their order. */
    public List<Report> reports(List<Report> reports) {
        List<Report> out = new ArrayList<>();
        for (Report r : reports) {
            if (keeps(r)) {
                out.add(r);
            }
        }
        return out;
    }

    /** Whether this filter lets everything through. */
    public boolean isNone() {
        return equals(NONE);
    }
}
