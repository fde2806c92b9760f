package org.itaminer.index.export;

import org.itaminer.model.Warning;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.itaminer.model.report.IndicatorScore;
import org.itaminer.model.report.Measure;
import org.itaminer.model.report.Report;
import org.itaminer.index.theme.Theme;
import org.itaminer.index.theme.ThemeClassifier;

/** The flat tables of the exports: reports, measures (with their report's columns) and indicator scores. */
public final class MeasureTable {

    /** A measure with its report. */
    public record MeasureRow(Report report, Measure measure) {
    }

    /** An indicator score with its report. */
    public record ScoreRow(Report report, IndicatorScore score) {
    }

    static final List<Column<Report>> REPORT_COLUMNS = List.of(
            new Column<>("report_id", Report::id),
            new Column<>("file_name", r -> r.source().fileName()),
            new Column<>("uri", r -> r.source().uri()),
            new Column<>("title", Report::title),
            new Column<>("kind", r -> r.kind().value()),
            new Column<>("agency_name", r -> r.agency().name()),
            new Column<>("agency_type", r -> r.agency().type().value()),
            new Column<>("district", r -> r.agency().district()),
            new Column<>("province", r -> r.agency().province()),
            new Column<>("fiscal_year", Report::fiscalYear),
            new Column<>("assessment_year", r -> r.assessment() == null ? null : r.assessment().fiscalYear()),
            new Column<>("assessment_score", r -> r.assessment() == null ? null : r.assessment().score()),
            new Column<>("assessment_grade", r -> r.assessment() == null ? null : r.assessment().grade()),
            new Column<>("measure_count", r -> r.measures().size()),
            new Column<>("warnings", r -> r.warnings().stream().map(Warning::text).collect(java.util.stream.Collectors.joining("\n"))),
            // what the crawl manifest named the agency and its site, beside what the document says
            new Column<>("manifest_agency", r -> r.source().manifest().get("agency")),
            new Column<>("manifest_url", r -> r.source().manifest().get("url")),
            new Column<>("from_manifest", r -> String.join(" ", r.source().fromManifest())));

    static final List<Column<MeasureRow>> MEASURE_COLUMNS = measureColumns();

    static final List<Column<ScoreRow>> SCORE_COLUMNS = List.of(
            new Column<>("report_id", s -> s.report().id()),
            new Column<>("agency_name", s -> s.report().agency().name()),
            new Column<>("fiscal_year", s -> s.report().fiscalYear()),
            new Column<>("indicator_number", s -> s.score().number()),
            new Column<>("indicator_name", s -> s.score().name()),
            new Column<>("tool", s -> s.score().tool()),
            new Column<>("score", s -> s.score().score()));

    private MeasureTable() {
    }

    private static List<Column<MeasureRow>> measureColumns() {
        List<Column<MeasureRow>> cols = new ArrayList<>();
        for (Column<Report> c : REPORT_COLUMNS) {
            if (!c.name().equals("measure_count") && !c.name().equals("warnings")) {
                Function<Report, Object> f = c.value();
                cols.add(new Column<>(c.name(), row -> f.apply(row.report())));
            }
        }
        cols.addAll(List.of(
                new Column<>("seq", m -> m.measure().seq()),
                new Column<>("number", m -> m.measure().number()),
                new Column<>("measure_title", m -> m.measure().title()),
                new Column<>("steps", m -> m.measure().steps() == null ? null : String.join("\n", m.measure().steps())),
                new Column<>("responsible", m -> m.measure().responsible()),
                new Column<>("period_text", m -> m.measure().period().text()),
                new Column<>("period_start", m -> str(m.measure().period().start())),
                new Column<>("period_end", m -> str(m.measure().period().end())),
                new Column<>("monitoring", m -> m.measure().monitoring()),
                new Column<>("result", m -> m.measure().result()),
                new Column<>("outcome", m -> m.measure().outcome()),
                new Column<>("recommendation", m -> m.measure().recommendation()),
                new Column<>("indicators", m -> String.join(" ", m.measure().indicators())),
                new Column<>("themes", m -> themes(m.measure())),
                new Column<>("page", m -> m.measure().page())));
        return List.copyOf(cols);
    }

    /** The theme ids of a measure, space-separated, as the index stores them. */
    private static String themes(Measure m) {
        return String.join(" ", ThemeClassifier.standard().classify(m).stream().map(Theme::id).toList());
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    /** Every measure of every report, in report then measure order. */
    public static List<MeasureRow> measureRows(List<Report> reports) {
        return measureRows(reports, ReportFilter.NONE);
    }

    /** The measures that pass the filter, in report then measure order. */
    public static List<MeasureRow> measureRows(List<Report> reports, ReportFilter filter) {
        List<MeasureRow> rows = new ArrayList<>();
        for (Report r : reports) {
            for (Measure m : r.measures()) {
                if (filter.keeps(r, m)) {
                    rows.add(new MeasureRow(r, m));
                }
            }
        }
        return rows;
    }

    static List<ScoreRow> scoreRows(List<Report> reports) {
        List<ScoreRow> rows = new ArrayList<>();
        for (Report r : reports) {
            for (IndicatorScore s : r.indicatorScores()) {
                rows.add(new ScoreRow(r, s));
            }
        }
        return rows;
    }

    /** The measure columns' names, in order. */
    public static List<String> measureHeader() {
        return MEASURE_COLUMNS.stream().map(Column::name).toList();
    }
}
