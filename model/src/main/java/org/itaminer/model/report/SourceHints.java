package org.itaminer.model.report;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a crawl manifest (บัญชีรายชื่อหน่วยงาน) says of the agency a document was fetched for: an input to
 * extraction beside the layout. A value the document itself gives wins; a value the document lacks is taken
 * from here and marked as the manifest's.
 *
 * @param agency the agency's name as the manifest gives it
 * @param url the agency's web address the crawl started from
 * @param province จังหวัด, without the prefix
 * @param district อำเภอ, without the prefix
 * @param agencyType the agency type
 * @param fiscalYear the Thai fiscal year (B.E.)
 * @param indicator the ITA indicator the document was listed under (O36, O37 …)
 */
public record SourceHints(Optional<String> agency, Optional<String> url, Optional<String> province,
                          Optional<String> district, Optional<AgencyType> agencyType, OptionalInt fiscalYear,
                          Optional<String> indicator) {

    /** No manifest: a document read from a folder or a bare URL. */
    public static final SourceHints NONE = new SourceHints(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty());

    public SourceHints {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(agencyType, "agencyType");
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        Objects.requireNonNull(indicator, "indicator");
    }

    /**
     * The hints of a manifest row's values, keyed by its column names (agency, url, province, district,
     * agencyType, fiscalYear, indicator); blank values, an unknown type and a year that is not a B.E. number
     * are left out, and prefixes (จังหวัด, อำเภอ) are dropped as the report has them.
     */
    public static SourceHints of(Map<String, String> values) {
        return new SourceHints(text(values, "agency"), text(values, "url"),
                text(values, "province").map(v -> v.replaceFirst("^จังหวัด\\s*", "")),
                text(values, "district").map(v -> v.replaceFirst("^(อำเภอ|เขต)\\s*", "")),
                text(values, "agencyType").flatMap(SourceHints::type), year(values), text(values, "indicator"));
    }

    /** Whether the manifest said nothing. */
    public boolean isEmpty() {
        return equals(NONE);
    }

    /** The values as the report's source records them, in a fixed order; only those the manifest gives. */
    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        agency.ifPresent(v -> m.put("agency", v));
        url.ifPresent(v -> m.put("url", v));
        province.ifPresent(v -> m.put("province", v));
        district.ifPresent(v -> m.put("district", v));
        agencyType.ifPresent(v -> m.put("agencyType", v.value()));
        fiscalYear.ifPresent(v -> m.put("fiscalYear", Integer.toString(v)));
        indicator.ifPresent(v -> m.put("indicator", v));
        return m;
    }

    private static Optional<String> text(Map<String, String> values, String key) {
        return Optional.ofNullable(values.get(key)).map(v -> v.strip().replaceAll("\\s+", " "))
                .filter(v -> !v.isEmpty());
    }

    /** Thai names and abbreviations a manifest may use for the type, beside the schema's values. */
    private static final Map<String, AgencyType> THAI_TYPES = Map.of(
            "อบต.", AgencyType.SAO, "องค์การบริหารส่วนตำบล", AgencyType.SAO,
            "ทต.", AgencyType.SUBDISTRICT_MUNICIPALITY, "เทศบาลตำบล", AgencyType.SUBDISTRICT_MUNICIPALITY,
            "ทม.", AgencyType.TOWN_MUNICIPALITY, "เทศบาลเมือง", AgencyType.TOWN_MUNICIPALITY,
            "ทน.", AgencyType.CITY_MUNICIPALITY, "เทศบาลนคร", AgencyType.CITY_MUNICIPALITY,
            "อบจ.", AgencyType.PAO, "องค์การบริหารส่วนจังหวัด", AgencyType.PAO);

    private static Optional<AgencyType> type(String value) {
        String dotted = value.endsWith(".") || value.length() > 3 ? value : value + ".";
        if (THAI_TYPES.containsKey(dotted)) {
            return Optional.of(THAI_TYPES.get(dotted));
        }
        try {
            return Optional.of(AgencyType.fromValue(value.toLowerCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static OptionalInt year(Map<String, String> values) {
        Optional<String> v = text(values, "fiscalYear").filter(s -> s.matches("25\\d\\d"));
        return v.isPresent() ? OptionalInt.of(Integer.parseInt(v.get())) : OptionalInt.empty();
    }
}
