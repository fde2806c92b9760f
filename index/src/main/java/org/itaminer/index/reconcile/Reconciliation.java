package org.itaminer.index.reconcile;

import java.util.List;
import java.util.Objects;
import org.itaminer.model.report.Agency;
import org.itaminer.model.report.Measure;
import org.itaminer.model.report.Report;

/**
 * One agency's plan and its report for one fiscal year, their measures paired (การติดตามผลการดำเนินการตามแผน).
 *
 * @param key the agency as matched
 * @param agency the agency as the plan names it
 * @param fiscalYear B.E.
 * @param plan the plan (แผน/มาตรการ)
 * @param report the report on it (รายงานผลการดำเนินการ)
 * @param pairing plan measures (left) with the report's accounts of them (right)
 */
public record Reconciliation(AgencyKey key, Agency agency, int fiscalYear, Report plan, Report report,
                             Pairing pairing) {

    public Reconciliation {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(pairing, "pairing");
    }

    /** Each planned measure with the report's account of it. */
    public List<MeasurePair> pairs() {
        return pairing.pairs();
    }

    /** Planned measures the report does not account for. */
    public List<Measure> unreported() {
        return pairing.leftOnly();
    }

    /** Reported measures no plan announced. */
    public List<Measure> unplanned() {
        return pairing.rightOnly();
    }

    /** How many measures the plan announced. */
    public int planned() {
        return plan.measures().size();
    }

    /** The share of planned measures the report accounts for, 0–1. */
    public double shareReported() {
        return pairing.leftShare();
    }
}
