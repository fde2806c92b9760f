package org.itaminer.index.compare;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.itaminer.model.report.AgencyType;
import org.itaminer.index.theme.Theme;

/**
 * Agencies side by side: which ITA themes each one's measures cover in a fiscal year.
 *
 * <p>A row is one agency (name, district, province) in one fiscal year. An agency often publishes the plan
 * (แผน/มาตรการ) and then a report on it (รายงานผล) with the same measures, sometimes the same file twice; adding
 * them up would count each measure two or three times. So a cell is the <b>largest</b> number of measures with
 * that theme in any one of the row's documents, and {@link Row#measures()} likewise.
 *
 * @param themes the columns, every theme in {@link Theme} order
 * @param rows by province, agency name (Thai collation) and fiscal year
 */
public record ThemeMatrix(List<Theme> themes, List<Row> rows) {

    public ThemeMatrix {
        themes = List.copyOf(themes);
        rows = List.copyOf(rows);
    }

    /**
     * One agency in one fiscal year.
     *
     * @param agency the agency's full name
     * @param agencyType its type
     * @param district อำเภอ, null when unknown
     * @param province จังหวัด, null when unknown
     * @param fiscalYear B.E., null when the documents name none
     * @param kinds the kinds of its documents (plan, report), sorted
     * @param documents how many documents the row is made of
     * @param measures the most measures in one of them
     * @param counts per theme the most measures with it in one document; themes without any are absent
     * @param sources per theme the document (report id) whose measures the count is, so that a cell can list exactly
     *     them; absent where unknown
     */
    public record Row(String agency, AgencyType agencyType, String district, String province, Integer fiscalYear,
                      List<String> kinds, int documents, int measures, Map<Theme, Integer> counts,
                      Map<Theme, String> sources) {

        public Row {
            Objects.requireNonNull(agency, "agency");
            Objects.requireNonNull(agencyType, "agencyType");
            kinds = List.copyOf(kinds);
            EnumMap<Theme, Integer> copy = new EnumMap<>(Theme.class);
            copy.putAll(counts);
            copy.values().removeIf(v -> v == 0);
            counts = Collections.unmodifiableMap(copy);
            EnumMap<Theme, String> from = new EnumMap<>(Theme.class);
            from.putAll(sources);
            sources = Collections.unmodifiableMap(from);
        }

        /** A row without the documents behind its cells. */
        public Row(String agency, AgencyType agencyType, String district, String province, Integer fiscalYear,
                   List<String> kinds, int documents, int measures, Map<Theme, Integer> counts) {
            this(agency, agencyType, district, province, fiscalYear, kinds, documents, measures, counts, Map.of());
        }

        /** The agency's key in the index ({@code name|district|province}), for a search of its measures. */
        public String agencyKey() {
            return org.itaminer.index.write.MeasureFields.agencyKey(agency, district, province);
        }

        /** The document whose measures a theme's count is. */
        public java.util.Optional<String> source(Theme theme) {
            return java.util.Optional.ofNullable(sources.get(theme));
        }

        /** Measures with this theme (0 when none). */
        public int count(Theme theme) {
            return counts.getOrDefault(theme, 0);
        }
    }

    /** Per theme, how many rows cover it (count > 0). */
    public Map<Theme, Integer> rowsCovering() {
        EnumMap<Theme, Integer> out = new EnumMap<>(Theme.class);
        for (Theme t : themes) {
            out.put(t, (int) rows.stream().filter(r -> r.count(t) > 0).count());
        }
        return Collections.unmodifiableMap(out);
    }
}
