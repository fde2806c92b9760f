package org.itaminer.index.search;

import java.util.List;

/** The field names of a measure document, and the facet dimensions. */
final class MeasureFields {

    static final String REPORT_ID = "reportId";
    static final String FILE_NAME = "fileName";
    static final String URI = "uri";
    static final String PAGE = "page";
    static final String SEQ = "seq";
    static final String NUMBER = "number";
    static final String TITLE = "title";
    static final String AGENCY = "agency";
    static final String AGENCY_TYPE = "agencyType";
    static final String DISTRICT = "district";
    static final String PROVINCE = "province";
    static final String YEAR = "fiscalYear";
    static final String KIND = "kind";
    static final String GRADE = "grade";
    static final String SCORE = "score";
    static final String RESPONSIBLE = "responsible";
    static final String PERIOD_TEXT = "periodText";
    static final String PERIOD_START = "periodStart";
    static final String PERIOD_END = "periodEnd";
    static final String INDICATOR = "indicator";
    /** {@link org.itaminer.index.theme.Theme} ids; indexed and stored (their doc values: {@link FacetCounts}). */
    static final String THEME = "theme";
    /** name|district|province: one agency (many อบต. share a name across provinces). */
    static final String AGENCY_KEY = "agencyKey";
    /** The measure's steps, stored only: {@code similar} reads the query measure's title and steps from them. */
    static final String STEPS = "steps";
    /** Everything searchable: stored whole for snippets, indexed in three parts (title, body, agency). */
    static final String TEXT = "text";
    /** The text's adjacent word pairs ({@link WordPairs}), indexed with positions: phrases read them. */
    static final String TEXT_PAIRS = "textPairs";

    /** Facet dimensions, in display order ({@link FacetCounts}). */
    static final List<String> FACETS = List.of(PROVINCE, AGENCY_TYPE, YEAR, KIND, INDICATOR, THEME);

    private MeasureFields() {
    }
}
