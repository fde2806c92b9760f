package org.itaminer.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One document that could not be turned into a report, and why. Failures are values, not exceptions, once they
 * leave a stage: a batch collects them, the summary and {@code errors.jsonl} print them.
 *
 * @param input the input as given (a path or an address)
 * @param sha256 the digest of its bytes; empty when they could not even be read
 * @param stage the stage that failed
 * @param kind why
 * @param message the cause in words, without the file name
 */
public record DocumentFailure(String input, Optional<String> sha256, Stage stage, FailureKind kind, String message) {

    public DocumentFailure {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }
}
