package org.itaminer.pipeline.stage;

import java.util.Objects;
import org.itaminer.ingest.Ingest;
import org.itaminer.ingest.IngestException;
import org.itaminer.model.Stage;
import org.itaminer.model.layout.LayoutDocument;

/** Ingest (อ่านเอกสาร): a stored original's bytes into the layout model. */
public final class IngestStage implements StageFunction<StoredOriginal, LayoutDocument> {

    private final Ingest ingest;

    public IngestStage(Ingest ingest) {
        this.ingest = Objects.requireNonNull(ingest, "ingest");
    }

    /** With every reader itaminer has. */
    public static IngestStage standard() {
        return new IngestStage(Ingest.standard());
    }

    @Override
    public Stage stage() {
        return Stage.INGEST;
    }

    @Override
    public LayoutDocument apply(StoredOriginal original) throws StageException {
        try {
            return ingest.read(original.file());
        } catch (IngestException e) {
            throw new StageException(Stage.INGEST, e.kind(), e.getMessage(), e);
        }
    }
}
