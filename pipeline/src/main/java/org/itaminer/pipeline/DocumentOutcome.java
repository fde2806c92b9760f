package org.itaminer.pipeline;

import java.util.Objects;
import java.util.Optional;
import org.itaminer.model.DocumentFailure;
import org.itaminer.model.report.DocumentKind;
import org.itaminer.model.report.Report;

/**
 * What happened to one input document in a run: the summary of its report, or its failure. Small on purpose: a run
 * streams these to its listener and keeps none, so a run over a million documents holds no million reports.
 *
 * @param input the input as given (path or address)
 * @param report what the report holds, when there is one
 * @param failure why there is none
 * @param reused true when the report came from the workdir without new work
 */
public record DocumentOutcome(String input, Optional<ReportSummary> report, Optional<DocumentFailure> failure,
                              boolean reused) {

    public DocumentOutcome {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(failure, "failure");
        if (report.isPresent() == failure.isPresent()) {
            throw new IllegalArgumentException("an outcome has a report or a failure, one of them: " + input);
        }
    }

    /**
     * The counts a run line and the run summary need of a report.
     *
     * @param sha256 the report's id, the digest of the document's bytes
     * @param kind plan, report or other
     * @param measures how many measures (มาตรการ) it has
     * @param warnings how many warnings its extraction gave
     */
    public record ReportSummary(String sha256, DocumentKind kind, int measures, int warnings) {

        public static ReportSummary of(Report report) {
            return new ReportSummary(report.id(), report.kind(), report.measures().size(), report.warnings().size());
        }
    }

    public static DocumentOutcome done(String input, Report report, boolean reused) {
        return new DocumentOutcome(input, Optional.of(ReportSummary.of(report)), Optional.empty(), reused);
    }

    public static DocumentOutcome failed(DocumentFailure failure) {
        return new DocumentOutcome(failure.input(), Optional.empty(), Optional.of(failure), false);
    }

    /** The digest of the document's bytes, when they could be read. */
    public Optional<String> sha256() {
        return report.map(ReportSummary::sha256).or(() -> failure.flatMap(DocumentFailure::sha256));
    }

    public boolean ok() {
        return report.isPresent();
    }
}
