package org.itaminer.index.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.itaminer.index.reconcile.AgencyGroups;
import org.itaminer.index.reconcile.AgencyKey;
import org.itaminer.index.reconcile.MeasurePairing;
import org.itaminer.index.reconcile.MeasureSimilarity;
import org.itaminer.index.reconcile.Pairing;
import org.itaminer.model.report.Assessment;
import org.itaminer.model.report.DocumentKind;
import org.itaminer.model.report.Report;

/**
 * Builds {@link AgencyHistory}s from stored reports. A year's measures are its plan's (what the agency set out to
 * do), or its report's when no plan was found. The ITA results come from the assessments the documents cite: a plan
 * for 2568 cites the result of 2567, so each result is filed under the year it assessed; when two documents cite
 * different scores for the same year, the one cited by the later document is kept.
 */
public final class AgencyHistories {

    private final MeasurePairing pairing;

    public AgencyHistories(MeasurePairing pairing) {
        this.pairing = Objects.requireNonNull(pairing, "pairing");
    }

    /** Histories whose word rarity is learnt from {@code corpus}. */
    public static AgencyHistories over(List<Report> corpus) {
        return new AgencyHistories(new MeasurePairing(MeasureSimilarity.over(corpus)));
    }

    /** The histories of every agency in {@code reports} whose name matches {@code typedName} (ห้วยยาง, อบต.ห้วยยาง). */
    public List<AgencyHistory> matching(List<Report> reports, String typedName) {
        List<AgencyHistory> out = new ArrayList<>();
        for (Map.Entry<AgencyKey, List<Report>> e : AgencyGroups.of(reports).entrySet()) {
            if (e.getKey().matchesTyped(typedName)) {
                out.add(history(e.getKey(), e.getValue()));
            }
        }
        return out;
    }

    /** One agency's history from its documents (the caller vouches they are the same agency's). */
    public AgencyHistory history(AgencyKey key, List<Report> documents) {
        Map<Integer, List<Report>> byYear = new TreeMap<>();
        for (Report r : documents) {
            r.optionalFiscalYear().ifPresent(y -> byYear.computeIfAbsent(y, k -> new ArrayList<>()).add(r));
        }
        List<AgencyHistory.Year> years = new ArrayList<>();
        byYear.forEach((y, docs) -> {
            List<Report> sorted = docs.stream().sorted(Comparator.comparing(Report::kind)
                    .thenComparing(Report::id)).toList();
            years.add(new AgencyHistory.Year(y, sorted, standing(sorted)));
        });
        List<AgencyHistory.Change> changes = new ArrayList<>();
        List<AgencyHistory.Year> withMeasures = years.stream().filter(y -> y.measuresOf().isPresent()).toList();
        for (int i = 1; i < withMeasures.size(); i++) {
            AgencyHistory.Year a = withMeasures.get(i - 1);
            AgencyHistory.Year b = withMeasures.get(i);
            Pairing p = pairing.pair(a.measuresOf().get().measures(), b.measuresOf().get().measures());
            changes.add(new AgencyHistory.Change(a.fiscalYear(), b.fiscalYear(), p.pairs(), p.leftOnly(),
                    p.rightOnly()));
        }
        Report latest = documents.stream().max(Comparator.comparing((Report r) -> r.optionalFiscalYear().orElse(0))
                .thenComparing(Report::id)).orElseThrow(() -> new IllegalArgumentException("no documents"));
        return new AgencyHistory(key, latest.agency(), years, scores(documents), changes);
    }

    private static Optional<Report> standing(List<Report> docs) {
        for (DocumentKind kind : List.of(DocumentKind.PLAN, DocumentKind.REPORT)) {
            Optional<Report> r = docs.stream().filter(d -> d.kind() == kind && !d.measures().isEmpty())
                    .max(Comparator.comparingInt((Report d) -> d.measures().size())
                            .thenComparing(Report::id, Comparator.reverseOrder()));
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    private static List<Assessment> scores(List<Report> documents) {
        Map<Integer, Assessment> byYear = new TreeMap<>();
        Map<Integer, Integer> citedIn = new TreeMap<>();
        for (Report r : documents) {
            Optional<Assessment> a = r.optionalAssessment();
            if (a.isEmpty() || a.get().fiscalYear() == null || a.get().score() == null) {
                continue;
            }
            int assessed = a.get().fiscalYear();
            int citing = r.optionalFiscalYear().orElse(0);
            if (!byYear.containsKey(assessed) || citing > citedIn.get(assessed)) {
                byYear.put(assessed, a.get());
                citedIn.put(assessed, citing);
            }
        }
        return List.copyOf(byYear.values());
    }
}
