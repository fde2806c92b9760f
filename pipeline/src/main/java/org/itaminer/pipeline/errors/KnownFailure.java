package org.itaminer.pipeline.errors;

import java.util.Objects;
import org.itaminer.model.FailureKind;
import org.itaminer.model.Stage;

/**
 * A failure remembered for some bytes: they fail the same way every time with this version of ingest.
 *
 * @param sha256 the bytes' digest
 * @param stage the stage that failed
 * @param kind why
 * @param message the cause in words
 * @param run the run that found it
 */
public record KnownFailure(String sha256, Stage stage, FailureKind kind, String message, String run) {

    public KnownFailure {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(run, "run");
    }

    /** What a later run prints instead of trying again: {@code failed before: encrypted (…)}. */
    public String failedBefore() {
        return "failed before: " + kind.value() + " (" + message + ")";
    }
}
