package org.itaminer.index.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.itaminer.index.export.ReportFilter;
import org.itaminer.model.report.DocumentKind;
import org.itaminer.model.report.Report;

/**
 * Finds, in a collection of stored reports, each agency and fiscal year that has both a plan and a report, and
 * pairs their measures. When an agency published two plans (or reports) for a year — the same file twice, a revised
 * edition — the one with the most measures is taken. Documents without a fiscal year or without measures are not
 * reconciled.
 */
public final class Reconciler {

    private final MeasurePairing pairing;

    public Reconciler(MeasurePairing pairing) {
        this.pairing = Objects.requireNonNull(pairing, "pairing");
    }

    /** A reconciler whose word rarity is learnt from {@code corpus}, with the default threshold. */
    public static Reconciler over(List<Report> corpus) {
        return new Reconciler(new MeasurePairing(MeasureSimilarity.over(corpus)));
    }

    public MeasurePairing pairing() {
        return pairing;
    }

    /**
     * The reconciliations of the reports in {@code all} that pass {@code filter} (its kind and indicator are ignored:
     * a reconciliation takes a plan and a report whole) whose agency's name holds {@code agencyName} when given
     * (ห้วยยาง, อบต.ห้วยยาง); word rarity is learnt from all of {@code all}. What {@code itaminer reconcile},
     * {@code export --reconciliation} and the workspace's page show.
     */
    public static List<Reconciliation> filtered(List<Report> all, ReportFilter filter, Optional<String> agencyName) {
        ReportFilter noKind = new ReportFilter(filter.province(), filter.district(), filter.agencyType(),
                filter.fiscalYear(), null, null);
        return over(all).reconcile(noKind.reports(all)).stream()
                .filter(r -> agencyName.map(a -> r.key().matchesTyped(a)).orElse(true)).toList();
    }

    /** Every agency-year of {@code reports} with a plan and a report, by agency then year. */
    public List<Reconciliation> reconcile(List<Report> reports) {
        List<Reconciliation> out = new ArrayList<>();
        for (Map.Entry<AgencyKey, List<Report>> agency : AgencyGroups.of(reports).entrySet()) {
            Map<Integer, List<Report>> byYear = new TreeMap<>();
            for (Report r : agency.getValue()) {
                if (r.fiscalYear() != null && !r.measures().isEmpty()) {
                    byYear.computeIfAbsent(r.fiscalYear(), y -> new ArrayList<>()).add(r);
                }
            }
            byYear.forEach((year, docs) -> {
                Optional<Report> plan = largest(docs, DocumentKind.PLAN);
                Optional<Report> report = largest(docs, DocumentKind.REPORT);
                if (plan.isPresent() && report.isPresent()) {
                    out.add(reconcile(agency.getKey(), plan.get(), report.get()));
                }
            });
        }
        return out;
    }

    /** One plan against one report (the caller vouches they are the same agency's). */
    public Reconciliation reconcile(AgencyKey key, Report plan, Report report) {
        int year = plan.optionalFiscalYear().orElse(report.optionalFiscalYear().orElse(0));
        return new Reconciliation(key, plan.agency(), year, plan, report,
                pairing.pair(plan.measures(), report.measures()));
    }

    /** The document of this kind with the most measures (ties: the first by id, so the choice is stable). */
    static Optional<Report> largest(List<Report> docs, DocumentKind kind) {
        return docs.stream().filter(r -> r.kind() == kind)
                .max(Comparator.comparingInt((Report r) -> r.measures().size())
                        .thenComparing(Report::id, Comparator.reverseOrder()));
    }
}
