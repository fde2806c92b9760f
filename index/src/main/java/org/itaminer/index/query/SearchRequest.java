package org.itaminer.index.query;

import java.util.Locale;
import org.itaminer.index.theme.Theme;
import org.itaminer.model.report.AgencyType;
import org.itaminer.model.report.DocumentKind;

/**
 * A search: query text (blank = every measure) and optional filters, each null when not set.
 *
 * @param query the words to find; Thai or Arabic digits, abbreviations and full names all match
 * @param province exact province name, with or without a leading จังหวัด / จ.
 * @param district exact district name, with or without a leading อำเภอ / อ.
 * @param agencyType the agency type
 * @param fiscalYear the fiscal year in B.E.; see {@link #buddhistYear(int)}
 * @param kind plan or report
 * @param indicator an ITA indicator code such as O36 (upper-cased)
 * @param theme only measures tagged with this ITA theme (ประเด็น)
 * @param agency only this agency's measures: its key as the index holds it, {@code name|district|province}
 *     ({@link #agencyKey}), since one อบต. name recurs in other provinces
 * @param document only the measures of this stored document (its report id, the original's SHA-256)
 * @param limit the most hits to return (at least 1)
 */
public record SearchRequest(String query, String province, String district, AgencyType agencyType,
                            Integer fiscalYear, DocumentKind kind, String indicator, Theme theme, String agency,
                            String document, int limit) {

    public static final int DEFAULT_LIMIT = 10;

    public SearchRequest {
        query = query == null ? "" : query.strip();
        province = strip(province, "จังหวัด", "จ.");
        district = strip(district, "อำเภอ", "อ.");
        fiscalYear = fiscalYear == null ? null : buddhistYear(fiscalYear);
        indicator = indicator == null || indicator.isBlank() ? null : indicator.strip().toUpperCase(Locale.ROOT);
        agency = agency == null || agency.isBlank() ? null : agency;
        document = document == null || document.isBlank() ? null : document.strip();
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, was " + limit);
        }
    }

    /** A request without the theme, agency and document filters. */
    public SearchRequest(String query, String province, String district, AgencyType agencyType, Integer fiscalYear,
                         DocumentKind kind, String indicator, int limit) {
        this(query, province, district, agencyType, fiscalYear, kind, indicator, null, null, null, limit);
    }

    /** An agency's key as the index holds it: its name, district and province, a missing one empty. */
    public static String agencyKey(String name, String district, String province) {
        return org.itaminer.index.write.MeasureFields.agencyKey(name, district, province);
    }

    /** The same request narrowed to one theme, one agency ({@link #agencyKey}) and one document (each may be null). */
    public SearchRequest narrowedTo(Theme newTheme, String newAgency, String newDocument) {
        return new SearchRequest(query, province, district, agencyType, fiscalYear, kind, indicator, newTheme,
                newAgency, newDocument, limit);
    }

    /** Only a query, no filters, the default limit. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, null, null, null, null, DEFAULT_LIMIT);
    }

    public SearchRequest withLimit(int newLimit) {
        return new SearchRequest(query, province, district, agencyType, fiscalYear, kind, indicator, theme, agency,
                document, newLimit);
    }

    /** A year 1900–2200 is taken as C.E. and converted to B.E. (+543); any other year is kept as B.E. */
    public static int buddhistYear(int year) {
        return year >= 1900 && year <= 2200 ? year + 543 : year;
    }

    private static String strip(String value, String word, String abbreviation) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        for (String prefix : new String[] {word, abbreviation}) {
            if (v.startsWith(prefix) && v.length() > prefix.length()) {
                v = v.substring(prefix.length()).strip();
            }
        }
        return v;
    }

    /** Whether any filter is set. */
    boolean hasFilters() {
        return province != null || district != null || agencyType != null || fiscalYear != null || kind != null
                || indicator != null || theme != null || agency != null || document != null;
    }

}
