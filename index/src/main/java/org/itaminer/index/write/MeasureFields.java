package org.itaminer.index.write;

import java.util.List;

/** The field names of a measure document, and the facet dimensions. */
public final class MeasureFields {

    public static final String REPORT_ID = "reportId";
    public static final String FILE_NAME = "fileName";
    public static final String URI = "uri";
    public static final String PAGE = "page";
    public static final String SEQ = "seq";
    public static final String NUMBER = "number";
    public static final String TITLE = "title";
    public static final String AGENCY = "agency";
    public static final String AGENCY_TYPE = "agencyType";
    public static final String DISTRICT = "district";
    public static final String PROVINCE = "province";
    public static final String YEAR = "fiscalYear";
    public static final String KIND = "kind";
    public static final String GRADE = "grade";
    public static final String SCORE = "score";
    public static final String RESPONSIBLE = "responsible";
    public static final String PERIOD_TEXT = "periodText";
    public static final String PERIOD_START = "periodStart";
    public static final String PERIOD_END = "periodEnd";
    public static final String INDICATOR = "indicator";
    /** {@link org.itaminer.index.theme.Theme} ids; indexed and stored (their doc values: {@link FacetFields#THEME_BITS}). */
    public static final String THEME = "theme";
    /** name|district|province: one agency (many อบต. share a name across provinces). */
    public static final String AGENCY_KEY = "agencyKey";
    /** The measure's steps, stored only: {@code similar} reads the query measure's title and steps from them. */
    public static final String STEPS = "steps";
    /** Everything searchable: stored whole for snippets, indexed in three parts (title, body, agency). */
    public static final String TEXT = "text";
    /** The text's adjacent word pairs ({@link org.itaminer.index.analysis.WordPairs}), indexed with positions: phrases read them. */
    public static final String TEXT_PAIRS = "textPairs";

    /** Facet dimensions, in display order ({@code index.facet.FacetCounts}). */
    public static final List<String> FACETS = List.of(PROVINCE, AGENCY_TYPE, YEAR, KIND, INDICATOR, THEME);

    private MeasureFields() {
    }

    /** The {@link #AGENCY_KEY} of an agency: name, district and province, a missing one empty. */
    public static String agencyKey(String name, String district, String province) {
        return name + "|" + (district == null ? "" : district) + "|" + (province == null ? "" : province);
    }
}
