package org.itaminer.web.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itaminer.index.history.AgencyHistory;
import org.itaminer.model.report.Assessment;
import org.itaminer.model.report.Report;
import org.itaminer.model.report.ReportJson;

/** How the year-over-year page writes its chart data and finds the document of a year (formatting only). */
public final class HistoryView {

    private HistoryView() {
    }

    /**
     * The chart's data as JSON for the element's {@code data-chart} attribute (jte escapes it as an attribute value):
     * the assessed years, their scores and grades, oldest first.
     */
    public static String chartJson(AgencyHistory h) {
        List<Integer> years = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        List<String> grades = new ArrayList<>();
        for (Assessment a : h.scores()) {
            years.add(a.fiscalYear());
            scores.add(a.score());
            grades.add(a.optionalGrade().orElse(""));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", h.agency().name());
        data.put("years", years);
        data.put("scores", scores);
        data.put("grades", grades);
        try {
            return ReportJson.mapper().writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("chart data of " + h.agency().name(), e);
        }
    }

    /** The document whose measures stand for {@code fiscalYear} in this history. */
    public static Optional<Report> measuresOf(AgencyHistory h, int fiscalYear) {
        return h.years().stream().filter(y -> y.fiscalYear() == fiscalYear).findFirst()
                .flatMap(AgencyHistory.Year::measuresOf);
    }

    /** The link to a measure of the year's document, or "" when the year has none. */
    public static String measureUrl(AgencyHistory h, int fiscalYear, org.itaminer.model.report.Measure m) {
        return measuresOf(h, fiscalYear).map(r -> "/measure/" + r.id() + "/" + m.seq()).orElse("");
    }
}
