package org.itaminer.index.export;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.itaminer.index.query.SearchHit;
import org.itaminer.model.report.Measure;
import org.itaminer.model.report.Report;

/**
 * The measures a search found, as the rows of a CSV or XLSX export: each report of a hit cut down to the measures
 * among the hits (the other measures of the same document were not on screen). A report without a hit is left out.
 */
public final class SelectedMeasures {

    private final Map<String, Set<Integer>> seqsByReport = new HashMap<>();

    private SelectedMeasures(List<SearchHit> hits) {
        for (SearchHit h : hits) {
            seqsByReport.computeIfAbsent(h.reportId(), k -> new HashSet<>()).add(h.seq());
        }
    }

    /** The selection of these hits. */
    public static SelectedMeasures of(List<SearchHit> hits) {
        return new SelectedMeasures(hits);
    }

    /** Whether the report has a hit. */
    public boolean holds(Report r) {
        return seqsByReport.containsKey(r.id());
    }

    /** The reports with a hit, each with only its hit measures, in the given order. */
    public List<Report> cut(List<Report> reports) {
        return reports.stream().filter(this::holds).map(this::cut).toList();
    }

    private Report cut(Report r) {
        Set<Integer> seqs = seqsByReport.get(r.id());
        List<Measure> kept = r.measures().stream().filter(m -> seqs.contains(m.seq())).toList();
        return new Report(r.schemaVersion(), r.id(), r.source(), r.title(), r.kind(), r.agency(), r.fiscalYear(),
                r.assessment(), r.indicatorScores(), kept, r.warnings());
    }
}
