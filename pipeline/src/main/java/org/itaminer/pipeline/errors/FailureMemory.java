package org.itaminer.pipeline.errors;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.itaminer.model.DocumentFailure;
import org.itaminer.model.FailureKind;
import org.itaminer.pipeline.store.CorruptFile;
import org.itaminer.pipeline.store.StageOutputs;

/**
 * Permanent failures remembered by the bytes' SHA-256 under the ingest stage's version, in
 * {@code failures/<ingest-version>/ab/<sha>.json}: an encrypted, corrupt, empty or unsupported file, or a decompression
 * bomb, fails the same way on every run, so it is not tried again, nor advertised as worth another run, until a new
 * itaminer (another ingest version) may read it.
 */
public final class FailureMemory {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final StageOutputs files;

    public FailureMemory(Path workdir, String ingestVersion, Consumer<CorruptFile> onCorrupt) {
        this.files = new StageOutputs(workdir, "failures", ingestVersion, onCorrupt);
    }

    /**
     * Whether a failure of this kind is worth remembering: a permanent kind, or running out of memory on a document
     * that was processed alone (a heap too small for it alone will be too small next time; beside other documents it
     * may have been their fault).
     */
    public static boolean remembers(FailureKind kind, boolean processedAlone) {
        return kind.permanent() || (kind == FailureKind.OUT_OF_MEMORY && processedAlone);
    }

    /** The failure remembered for these bytes, if any. */
    public Optional<KnownFailure> known(String sha256) throws IOException {
        return files.read(sha256, bytes -> JSON.readValue(bytes, KnownFailure.class));
    }

    /** Remembers a failure of bytes that were read (it must have a digest). */
    public void remember(DocumentFailure failure, RunId run) throws IOException {
        String sha = failure.sha256().orElseThrow(() -> new IllegalArgumentException(
                "a failure of unread bytes cannot be remembered: " + failure.input()));
        KnownFailure known = new KnownFailure(sha, failure.stage(), failure.kind(), failure.message(), run.value());
        files.write(sha, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(known));
    }
}
