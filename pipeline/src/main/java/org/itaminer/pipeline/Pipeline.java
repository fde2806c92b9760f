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

    public Pipeline(Workdir workdir) {
        this(workdir, Ingest.standard());
    }

    public Pipeline(Workdir workdir, Ingest ingest) {
        this.workdir = java.util.Objects.requireNonNull(workdir, "workdir");
        this.ingest = java.util.Objects.requireNonNull(ingest, "ingest");
    }

    public DocumentOutcome process(Path file) {
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
            Optional<byte[]> cached = workdir.reports().read(sha);
            if (cached.isPresent()) {
                return new DocumentOutcome(input, sha, ReportJson.read(cached.get()), null, null, null, true);
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
        Optional<byte[]> cached = workdir.layouts().read(sha);
        if (cached.isPresent()) {
            return layoutJson.readValue(cached.get(), LayoutDocument.class);
        }
        LayoutDocument layout = ingest.read(original);
        workdir.layouts().write(sha, layoutJson.writeValueAsBytes(layout));
        return layout;
    }

    private DocumentOutcome fail(String input, String sha, String stage, String kind, String message) {
        LOG.warn("{}: {} failed ({}): {}", input, stage, kind, message);
        try {
            workdir.recordFailure(input, sha, stage, kind, message);
        } catch (IOException e) {
            LOG.warn("cannot write errors.jsonl: {}", e.toString());
        }
        return DocumentOutcome.failed(input, sha, stage, kind, message);
    }
}
