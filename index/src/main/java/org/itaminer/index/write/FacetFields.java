package org.itaminer.index.write;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.util.BytesRef;
import org.itaminer.index.theme.Theme;
import org.itaminer.model.report.Report;

/**
 * The doc values a measure carries for facet counting ({@code index.facet.FacetCounts}) and {@code compare}: three
 * single-valued fields, not one per dimension. The four dimensions a measure takes from its report are one
 * {@linkplain #REPORT_KEY key} (an index holds a few thousand distinct keys), its indicator codes one
 * {@linkplain #INDICATOR_KEY key}, its themes one {@linkplain #THEME_BITS bit set}.
 */
public final class FacetFields {

    /** Sorted doc values: the report's province, agency type, fiscal year and kind, separated by {@link #SEP}. */
    public static final String REPORT_KEY = "facetKey";
    /** Sorted doc values: the measure's indicator codes, sorted, separated by {@link #SEP}; "" for none. */
    public static final String INDICATOR_KEY = "facetIndicators";
    /** Numeric doc values: bit {@link Theme#ordinal()} is set for each of the measure's themes. */
    public static final String THEME_BITS = "themeBits";

    /** The dimensions of the report key, in its order. */
    public static final List<String> REPORT_DIMENSIONS = List.of(MeasureFields.PROVINCE,
            MeasureFields.AGENCY_TYPE, MeasureFields.YEAR, MeasureFields.KIND);
    /** Between the values of a key: a control character no normalized name or code holds. */
    public static final char SEP = '\u001F';
    private static final Theme[] THEMES = Theme.values();

    private FacetFields() {
    }

    /**
     * Adds the doc values facet counting reads to a measure's document.
     *
     * @param reportKey its report's {@link #reportKey}, made once for all its measures
     */
    static void addFields(Document d, BytesRef reportKey, List<String> indicators, List<Theme> themes) {
        d.add(new SortedDocValuesField(REPORT_KEY, reportKey));
        d.add(new SortedDocValuesField(INDICATOR_KEY, new BytesRef(String.join(String.valueOf(SEP),
                new TreeSet<>(indicators)))));
        long bits = 0;
        for (Theme t : themes) {
            bits |= 1L << t.ordinal();
        }
        d.add(new NumericDocValuesField(THEME_BITS, bits));
    }

    /** The themes of a {@link #THEME_BITS} value, in {@link Theme} order. */
    public static List<Theme> themes(long bits) {
        List<Theme> out = new ArrayList<>();
        for (Theme t : THEMES) {
            if ((bits & 1L << t.ordinal()) != 0) {
                out.add(t);
            }
        }
        return out;
    }

    /** The number of distinct {@link #THEME_BITS} values: every subset of the themes. */
    public static int themeSets() {
        return 1 << THEMES.length;
    }

    /** What the build key of an index records of this encoding: the theme ids in bit order. */
    static String encoding() {
        StringBuilder s = new StringBuilder("theme bits");
        for (Theme t : THEMES) {
            s.append(' ').append(t.id());
        }
        return s.toString();
    }

    /** The {@link #REPORT_KEY} of a report's measures. */
    static BytesRef reportKey(Report r) {
        String province = r.agency().province() == null || r.agency().province().isBlank() ? ""
                : r.agency().province();
        return new BytesRef(province + SEP + r.agency().type().value() + SEP
                + (r.fiscalYear() == null ? "" : r.fiscalYear().toString()) + SEP + r.kind().value());
    }
}
