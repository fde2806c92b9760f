package org.itaminer.pipeline.errors;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.itaminer.model.DocumentFailure;

/**
 * One line of {@code errors.jsonl}: a document's failure in one run.
 *
 * @param run the run it happened in; empty for lines written before runs had ids
 * @param time when
 * @param failure what failed and why
 */
public record LoggedFailure(Optional<RunId> run, Instant time, DocumentFailure failure) {

    public LoggedFailure {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(failure, "failure");
    }
}
