package org.itaminer.pipeline.lookup;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.itaminer.model.Warning;
import org.itaminer.model.report.Report;
import org.itaminer.pipeline.errors.KnownFailure;
import org.itaminer.pipeline.errors.LoggedFailure;
import org.itaminer.pipeline.store.Provenance;

/**
 * Everything the workdir knows about one document: {@code itaminer show}.
 *
 * @param sha256 its bytes' digest; empty for an input whose bytes were never read (only its failures are known)
 * @param sources every place its bytes were read from
 * @param report the current extractor's report; empty when it failed or was not made yet
 * @param knownFailure the permanent failure remembered for its bytes
 * @param errors its lines in {@code errors.jsonl}, oldest first
 */
public record StoredDocument(Optional<String> sha256, List<Provenance.Origin> sources, Optional<Report> report,
                             Optional<KnownFailure> knownFailure, List<LoggedFailure> errors) {

    public StoredDocument {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(knownFailure, "knownFailure");
        sources = List.copyOf(sources);
        errors = List.copyOf(errors);
    }

    /** The report's warnings, each with its kind and page. */
    public List<Warning> warnings() {
        return report.map(Report::warnings).orElse(List.of());
    }
}
