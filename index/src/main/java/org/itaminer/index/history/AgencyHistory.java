package org.itaminer.index.history;

import java.util.List;
import java.util.Objects;
import org.itaminer.index.reconcile.AgencyKey;
import org.itaminer.index.reconcile.MeasurePair;
import org.itaminer.model.report.Agency;
import org.itaminer.model.report.Assessment;
import org.itaminer.model.report.Measure;
import org.itaminer.model.report.Report;

/**
 * One agency over the years.
 *
 * @param key the agency as matched
 * @param agency the agency as its latest document names it
 * @param years its fiscal years, oldest first
 * @param scores the ITA results its documents cite (คะแนนผลการประเมิน ITA), one per assessed year, oldest first
 * @param changes measures from one year to the next year it has documents for, oldest first
 */
public record AgencyHistory(AgencyKey key, Agency agency, List<Year> years, List<Assessment> scores,
                            List<Change> changes) {

    public AgencyHistory {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(agency, "agency");
        years = List.copyOf(years);
        scores = List.copyOf(scores);
        changes = List.copyOf(changes);
    }

    /**
     * One fiscal year's documents.
     *
     * @param fiscalYear B.E.
     * @param documents its documents (plans, reports, others), by kind then id
     * @param measuresOf the document whose measures stand for the year: the plan with the most measures, else the
     *     report with the most
     */
    public record Year(int fiscalYear, List<Report> documents, java.util.Optional<Report> measuresOf) {

        public Year {
            documents = List.copyOf(documents);
            Objects.requireNonNull(measuresOf, "measuresOf");
        }
    }

    /**
     * Measures from one year to the next.
     *
     * @param from the earlier fiscal year
     * @param to the later one
     * @param kept each earlier measure with its later counterpart
     * @param dropped earlier measures with none
     * @param added later measures with none before
     */
    public record Change(int from, int to, List<MeasurePair> kept, List<Measure> dropped, List<Measure> added) {

        public Change {
            kept = List.copyOf(kept);
            dropped = List.copyOf(dropped);
            added = List.copyOf(added);
        }
    }
}
