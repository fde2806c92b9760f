package org.itaminer.pipeline.stage;

import java.util.Objects;
import org.itaminer.model.FailureKind;
import org.itaminer.model.Stage;

/** A document cannot pass a stage, for a reason in the document (or its file), named by {@link FailureKind}. */
public final class StageException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Stage stage;
    private final FailureKind kind;

    public StageException(Stage stage, FailureKind kind, String message, Throwable cause) {
        super(message, cause);
        this.stage = Objects.requireNonNull(stage, "stage");
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Stage stage() {
        return stage;
    }

    public FailureKind kind() {
        return kind;
    }
}
