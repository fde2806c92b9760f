package org.itaminer.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.itaminer.ingest.Ingest;
import org.itaminer.model.DocumentFailure;
import org.itaminer.model.FailureKind;
import org.itaminer.model.Stage;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.report.Report;
import org.itaminer.model.report.SourceHints;
import org.itaminer.model.report.ReportJson;
import org.itaminer.pipeline.errors.KnownFailure;
import org.itaminer.pipeline.stage.ExtractStage;
import org.itaminer.pipeline.stage.IngestStage;
import org.itaminer.pipeline.stage.SourcedLayout;
import org.itaminer.pipeline.stage.StageException;
import org.itaminer.pipeline.stage.StageFunction;
import org.itaminer.pipeline.stage.StoredOriginal;
import org.itaminer.pipeline.store.ContentStore;
import org.itaminer.pipeline.store.Provenance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one document through the stages (ingest, extract, then whatever takes the report: the index write), reusing
 * whatever the workdir already holds for its bytes at the current stage versions. The stages are functions; this
 * class is the local I/O at their edges. Thread-safe: documents of a batch run in parallel. Whatever goes wrong with
 * one document, a bad file, a bug or a heap too small for it ({@link OutOfMemoryError}), is that document's
 * failure, returned as its outcome; the batch goes on. Recording failures is the runner's: it may retry some.
 */
public final class Pipeline {

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private final Workdir workdir;
    private final IngestStage ingest;
    private final ExtractStage extract = new ExtractStage();
    private final StageFunction<Report, ?> next;
    private final ObjectMapper layoutJson = new ObjectMapper();

    /** With every reader itaminer has and the workdir's OCR ({@link WorkdirOcr}). */
    public Pipeline(Workdir workdir) {
        this(workdir, WorkdirOcr.standardIngest(WorkdirOcr.of(workdir)));
    }

    /** Without a stage after extract: reports go to the workdir only. */
    public Pipeline(Workdir workdir, Ingest ingest) {
        this(workdir, ingest, new StageFunction<Report, Report>() {
            @Override
            public Stage stage() {
                return Stage.STORE;
            }

            @Override
            public Report apply(Report report) {
                return report;
            }
        });
    }

    /**
     * @param next takes each report, new or reused (the index write); its failure is the document's
     */
    public Pipeline(Workdir workdir, Ingest ingest, StageFunction<Report, ?> next) {
        this.workdir = Objects.requireNonNull(workdir, "workdir");
        this.ingest = new IngestStage(Objects.requireNonNull(ingest, "ingest"));
        this.next = Objects.requireNonNull(next, "next");
    }

    public DocumentOutcome process(Path file) {
        return process(new DocumentInput.LocalFile(file));
    }

    /** Runs one document: a local file is stored first; a stored original (a fetched document) is read where it is. */
    public DocumentOutcome process(DocumentInput document) {
        String input = document.label();
        ContentStore.Stored stored;
        try {
            if (document instanceof DocumentInput.LocalFile local) {
                Path file = local.file();
                if (!Files.isRegularFile(file)) {
                    return fail(input, null, Stage.READ, FailureKind.NOT_FOUND, "no such file");
                }
                stored = workdir.originals().store(file, file.toAbsolutePath().normalize().toUri().toString(),
                        file.getFileName().toString());
            } else {
                String digest = ((DocumentInput.Stored) document).sha256();
                Optional<ContentStore.Stored> there = workdir.originals().stored(digest);
                if (there.isEmpty()) {
                    return fail(input, digest, Stage.READ, FailureKind.NOT_FOUND, "not in the workdir's originals");
                }
                stored = there.get();
            }
        } catch (IOException | UncheckedIOException e) {
            return fail(input, null, Stage.READ, FailureKind.IO, "cannot read or store the file: " + e.getMessage());
        }
        String sha = stored.provenance().sha256();
        Stage stage = Stage.INGEST;
        try {
            Optional<Report> cached = workdir.reports().read(sha, ReportJson::read); // a corrupt one is made again
            boolean reused = cached.isPresent();
            Report report;
            if (reused) {
                report = cached.get();
            } else {
                Optional<KnownFailure> known = workdir.failureMemory().known(sha);
                if (known.isPresent()) { // fails the same way every time: not tried again
                    KnownFailure k = known.get();
                    return fail(input, sha, k.stage(), k.kind(), k.failedBefore());
                }
                Provenance.Origin origin = stored.provenance().first();
                StoredOriginal original = new StoredOriginal(sha, stored.file(), origin.uri(), origin.fileName());
                LayoutDocument layout = layout(original);
                stage = Stage.EXTRACT;
                // the manifest row the bytes were first fetched for, when one was (its values are hints, not facts)
                SourceHints hints = stored.provenance().sources().stream().filter(o -> !o.hints().isEmpty())
                        .findFirst().map(o -> SourceHints.of(o.hints())).orElse(SourceHints.NONE);
                report = extract.apply(SourcedLayout.of(original, layout, hints));
                stage = Stage.STORE;
                workdir.reports().write(sha, ReportJson.toBytes(report));
                LOG.debug("{}: {} with {} measures", input, report.kind().value(), report.measures().size());
            }
            stage = next.stage();
            next.apply(report);
            return DocumentOutcome.done(input, report, reused);
        } catch (StageException e) {
            return fail(input, sha, e.stage(), e.kind(), e.getMessage());
        } catch (IOException e) {
            return fail(input, sha, Stage.STORE, FailureKind.IO, e.toString());
        } catch (RuntimeException | StackOverflowError e) {
            // a bug, not a bad document: still only this document fails; the trace goes to the log
            LOG.error("internal error on {}", input, e);
            return fail(input, sha, stage, FailureKind.INTERNAL_ERROR, e.toString());
        } catch (OutOfMemoryError e) {
            // what filled the heap is unreachable once this frame is gone: the batch can go on. Whether this
            // document is to blame, or another one beside it, the runner tells (LocalRunner retries it alone)
            return fail(input, sha, stage, FailureKind.OUT_OF_MEMORY,
                    "the document needs more memory than the heap has (" + e.getMessage() + ")");
        }
    }

    private LayoutDocument layout(StoredOriginal original) throws StageException, IOException {
        Optional<LayoutDocument> cached = workdir.layouts().read(original.sha256(),
                bytes -> layoutJson.readValue(bytes, LayoutDocument.class));
        if (cached.isPresent()) {
            return cached.get();
        }
        LayoutDocument layout = ingest.apply(original);
        workdir.layouts().write(original.sha256(), layoutJson.writeValueAsBytes(layout));
        return layout;
    }

    private static DocumentOutcome fail(String input, String sha, Stage stage, FailureKind kind, String message) {
        LOG.debug("{}: {} failed ({}): {}", input, stage.value(), kind.value(), message);
        return DocumentOutcome.failed(new DocumentFailure(input, Optional.ofNullable(sha), stage,
                kind, message == null ? kind.value() : message));
    }
}
