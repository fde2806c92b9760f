package org.itaminer.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.itaminer.extract.Extraction;
import org.itaminer.model.report.Report;
import org.itaminer.model.report.ReportJson;
import org.itaminer.model.report.Source;
import org.itaminer.ingest.Ingest;
import org.itaminer.ingest.IngestException;
import org.itaminer.model.layout.LayoutDocument;
import java.util.concurrent.atomic.AtomicInteger;
import org.itaminer.model.DocumentFailure;
import org.itaminer.model.FailureKind;
import org.itaminer.model.Stage;
import org.itaminer.pipeline.errors.FailureMemory;
import org.itaminer.pipeline.errors.Failures;
import org.itaminer.pipeline.errors.KnownFailure;
import org.itaminer.pipeline.errors.RunId;
import org.itaminer.pipeline.store.ContentStore;
import org.itaminer.pipeline.store.Provenance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one document through ingest and extract, reusing whatever the workdir already holds for its
 * bytes at the current stage versions. The stages themselves are pure functions; this class is the
 * I/O at their edges. Thread-safe: documents of a batch run in parallel. Whatever goes wrong with one
 * document, a bad file, a bug or a heap too small for it ({@link OutOfMemoryError}), is that document's
 * failure, returned as its outcome; the batch goes on.
 */
public final class Pipeline {

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private final Workdir workdir;
    private final Ingest ingest;
    private final ObjectMapper layoutJson = new ObjectMapper();
    private final RunId runId;
    /** Documents being processed now: out of memory with only one in flight is that document's own doing. */
    private final AtomicInteger inFlight = new AtomicInteger();

    public Pipeline(Workdir workdir) {
        this(workdir, Ingest.standard());
    }

    public Pipeline(Workdir workdir, Ingest ingest) {
        this(workdir, ingest, RunId.next());
    }

    /** @param runId the run this pipeline's failures are logged under in {@code errors.jsonl} */
    public Pipeline(Workdir workdir, Ingest ingest, RunId runId) {
        this.workdir = java.util.Objects.requireNonNull(workdir, "workdir");
        this.ingest = java.util.Objects.requireNonNull(ingest, "ingest");
        this.runId = java.util.Objects.requireNonNull(runId, "runId");
    }

    public RunId runId() {
        return runId;
    }

    public DocumentOutcome process(Path file) {
        inFlight.incrementAndGet();
        try {
            return processAlone(file);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private DocumentOutcome processAlone(Path file) {
        String input = file.toString();
        ContentStore.Stored stored;
        try {
            if (!Files.isRegularFile(file)) {
                return fail(input, null, "read", "not-found", "no such file");
            }
            stored = workdir.originals().store(file, file.toAbsolutePath().normalize().toUri().toString(),
                    file.getFileName().toString());
        } catch (IOException e) {
            return fail(input, null, "read", "io", "cannot read or store the file: " + e.getMessage());
        }
        String sha = stored.provenance().sha256();
        String stage = "ingest";
        try {
            Optional<Report> cached = workdir.reports().read(sha, ReportJson::read); // a corrupt one is made again
            if (cached.isPresent()) {
                return new DocumentOutcome(input, sha, cached.get(), null, null, null, true);
            }
            Optional<KnownFailure> known = workdir.failureMemory().known(sha);
            if (known.isPresent()) { // fails the same way every time: not tried again
                KnownFailure k = known.get();
                return fail(input, sha, k.stage().value(), k.kind().value(), k.failedBefore(), false);
            }
            LayoutDocument layout = layout(sha, stored.file());
            Provenance.Origin origin = stored.provenance().first();
            Source source = new Source(origin.uri(), origin.fileName(), sha, layout.mediaType(),
                    layout.pages().size(), layout.textSource().value());
            stage = "extract";
            Report report = Extraction.extract(layout, source);
            workdir.reports().write(sha, ReportJson.toBytes(report));
            LOG.debug("{}: {} with {} measures", input, report.kind().value(), report.measures().size());
            return new DocumentOutcome(input, sha, report, null, null, null, false);
        } catch (IngestException e) {
            return fail(input, sha, "ingest", e.kind().value(), e.getMessage());
        } catch (IOException e) {
            return fail(input, sha, "store", "io", e.toString());
        } catch (RuntimeException | StackOverflowError e) {
            // a bug, not a bad document: still only this document fails; the trace goes to the log
            LOG.error("internal error on {}", input, e);
            return fail(input, sha, stage, "internal-error", e.toString());
        } catch (OutOfMemoryError e) {
            // what filled the heap was this document's own layout or parse state, unreachable once this
            // frame is gone: the batch can go on with the next document
            return fail(input, sha, stage, "out-of-memory",
                    "the document needs more memory than the heap has (" + e.getMessage() + ")");
        }
    }

    private LayoutDocument layout(String sha, Path original) throws IngestException, IOException {
        Optional<LayoutDocument> cached = workdir.layouts().read(sha,
                bytes -> layoutJson.readValue(bytes, LayoutDocument.class));
        if (cached.isPresent()) {
            return cached.get();
        }
        LayoutDocument layout = ingest.read(original);
        workdir.layouts().write(sha, layoutJson.writeValueAsBytes(layout));
        return layout;
    }

    private DocumentOutcome fail(String input, String sha, String stage, String kind, String message) {
        return fail(input, sha, stage, kind, message, true);
    }

    /** Logs the failure under this run and, when {@code remember} and it is permanent, remembers it for its bytes. */
    private DocumentOutcome fail(String input, String sha, String stage, String kind, String message,
                                 boolean remember) {
        LOG.warn("{}: {} failed ({}): {}", input, stage, kind, message);
        DocumentFailure failure = new DocumentFailure(input, Optional.ofNullable(sha),
                Failures.stage(stage).orElse(Stage.RUN), Failures.kind(kind).orElse(FailureKind.INTERNAL_ERROR), message);
        try {
            workdir.errorLog().append(runId, failure);
        } catch (IOException e) {
            LOG.warn("cannot write errors.jsonl: {}", e.toString());
        }
        if (remember && sha != null && FailureMemory.remembers(failure.kind(), inFlight.get() == 1)) {
            try {
                workdir.failureMemory().remember(failure, runId);
            } catch (IOException e) {
                LOG.warn("cannot remember the failure of {}: {}", input, e.toString());
            }
        }
        return DocumentOutcome.failed(input, sha, stage, kind, message);
    }
}
