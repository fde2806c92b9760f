package org.itaminer.pipeline.errors;

import java.util.Arrays;
import java.util.Optional;
import org.itaminer.model.FailureKind;
import org.itaminer.model.Stage;

/** Stages and failure kinds by the names {@code errors.jsonl} and the run summary print. */
public final class Failures {

    private Failures() {
    }

    public static Optional<FailureKind> kind(String value) {
        return Arrays.stream(FailureKind.values()).filter(k -> k.value().equals(value)).findFirst();
    }

    public static Optional<Stage> stage(String value) {
        return Arrays.stream(Stage.values()).filter(s -> s.value().equals(value)).findFirst();
    }
}
