package org.itaminer.extract.meta;

import java.util.List;
import java.util.regex.Pattern;
import org.itaminer.extract.report.DocumentKind;
import org.itaminer.extract.report.Measure;

/**
 * Decides plan, report or other. Measures with a result or outcome column make a report (a report
 * quotes its plan's columns and adds results); a heading that reports results (รายงานผล...) makes a
 * report; other measures make a plan. Without measures, only a real heading about the ITA measures
 * makes a plan or report; everything else (memos, orders, forms, laws) is other.
 */
public final class KindClassifier {

    private static final Pattern REPORT_HEADING = Pattern.compile("รายงานผล|ผลการดำเนินการ|ผลการปฏิบัติ");
    private static final Pattern ITA_TOPIC = Pattern.compile("คุณธรรม|โปร่งใส|ITA");

    private KindClassifier() {
    }

    public static DocumentKind classify(TitleFinder.Title title, List<Measure> measures) {
        String t = title.text().replace(" ", "");
        boolean reportHeading = REPORT_HEADING.matcher(t).find();
        if (!measures.isEmpty()) {
            boolean hasResults = measures.stream().anyMatch(m -> m.result() != null || m.outcome() != null);
            return hasResults || reportHeading ? DocumentKind.REPORT : DocumentKind.PLAN;
        }
        if (title.heading() && ITA_TOPIC.matcher(t).find() && t.contains("มาตรการ")) {
            return reportHeading ? DocumentKind.REPORT : DocumentKind.PLAN;
        }
        return DocumentKind.OTHER;
    }
}
