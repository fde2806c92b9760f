package org.itaminer.web.reconcile;

import java.util.Locale;
import java.util.stream.Collectors;
import org.itaminer.index.reconcile.MeasurePair;
import org.itaminer.index.reconcile.ReconciliationRows;
import org.itaminer.index.theme.Theme;
import org.itaminer.model.report.Measure;
import org.itaminer.model.report.Report;

/** How the reconciliation and history pages write numbers and links (formatting only). */
public final class ReconcileView {

    private ReconcileView() {
    }

    /** The page of a measure of a stored report. */
    public static String measureUrl(Report report, Measure measure) {
        return "/measure/" + report.id() + "/" + measure.seq();
    }

    /** The measure's printed number, else its place ({@code #3}), then its title. */
    public static String label(Measure m) {
        return ReconciliationRows.label(m) + " " + m.title();
    }

    /** A similarity score 0–1 with two decimals. */
    public static String score(double score) {
        return String.format(Locale.ROOT, "%.2f", score);
    }

    /** A share 0–1 as a percentage. */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    /** The short labels of the themes both measures carry. */
    public static String themes(MeasurePair p) {
        return p.sharedThemes().stream().sorted().map(Theme::shortLabel).collect(Collectors.joining(", "));
    }

    /** The agency's year-over-year page. */
    public static String historyUrl(String agencyName) {
        return "/history?agency=" + org.itaminer.web.Filters.enc(agencyName);
    }
}
