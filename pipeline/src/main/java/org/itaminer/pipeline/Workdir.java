package org.itaminer.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.itaminer.extract.Extraction;
import org.itaminer.ingest.Ingest;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.report.Report;
import org.itaminer.model.report.ReportJson;
import org.itaminer.pipeline.errors.ErrorLog;
import org.itaminer.pipeline.errors.FailureMemory;
import org.itaminer.pipeline.errors.KnownFailure;
import org.itaminer.pipeline.store.ContentStore;
import org.itaminer.pipeline.store.CorruptFile;
import org.itaminer.pipeline.store.StageOutputs;
import org.itaminer.pipeline.store.StageVersion;
import org.itaminer.thai.ThaiTextNormalizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The working directory: {@code originals/} (content-addressed, with provenance), {@code layout/<version>/}
 * and {@code reports/<version>/} (each stage's output under its code version), {@code failures/<ingest-version>/}
 * (permanent failures, not retried), {@code index/} (the search index), {@code errors.jsonl} (every run's failures,
 * each line with its run's id) and {@code last-run}. A stored file that does not parse is passed over as missing and
 * listed in {@link #corruptFiles()}.
 */
public final class Workdir {

    private static final Logger LOG = LoggerFactory.getLogger(Workdir.class);

    private final Path root;
    private final ContentStore originals;
    private final StageOutputs layouts;
    private final StageOutputs reports;
    private final String ingestVersion;
    private final String extractVersion;
    private final ErrorLog errorLog;
    private final FailureMemory failureMemory;
    private final Queue<CorruptFile> corrupt = new ConcurrentLinkedQueue<>();

    public Workdir(Path root) throws IOException {
        this.root = root;
        Files.createDirectories(root);
        this.originals = new ContentStore(root, Clock.systemUTC(), this::corrupt);
        // a stage's output also depends on the shared modules it uses: the records it writes and the Thai text chain
        String shared = StageVersion.of(LayoutDocument.class, "org/itaminer/model/")
                + StageVersion.of(ThaiTextNormalizer.class, "org/itaminer/thai/");
        this.ingestVersion = StageVersion.combine(StageVersion.of(Ingest.class, "org/itaminer/ingest/"), shared);
        // a report depends on the layout it was made from, so it is keyed by both stages' code
        this.extractVersion = StageVersion.combine(StageVersion.of(Extraction.class, "org/itaminer/extract/"), shared)
                + "-" + ingestVersion;
        this.layouts = new StageOutputs(root, "layout", ingestVersion, this::corrupt);
        this.reports = new StageOutputs(root, "reports", extractVersion, this::corrupt);
        this.errorLog = new ErrorLog(root);
        this.failureMemory = new FailureMemory(root, ingestVersion, this::corrupt);
    }

    private void corrupt(CorruptFile file) {
        LOG.warn("passed over a corrupt file in the workdir, to be made again: {}", file);
        corrupt.add(file);
    }

    public Path root() {
        return root;
    }

    /** What the OCR engine read from page images, by the image's content, {@code ocr-cache/} ({@code OcrCache}). */
    public Path ocrCacheFolder() {
        return root.resolve("ocr-cache");
    }

    /** The search index folder, {@code index/}. */
    public Path indexFolder() {
        return root.resolve("index");
    }

    public ContentStore originals() {
        return originals;
    }

    public StageOutputs layouts() {
        return layouts;
    }

    public StageOutputs reports() {
        return reports;
    }

    public String ingestVersion() {
        return ingestVersion;
    }

    public String extractVersion() {
        return extractVersion;
    }

    /** {@code errors.jsonl}: every run's failures. */
    public ErrorLog errorLog() {
        return errorLog;
    }

    /** The permanent failures of this ingest version, not tried again. */
    public FailureMemory failureMemory() {
        return failureMemory;
    }

    /** The stored files found not to parse since this workdir was opened, in the order found. */
    public List<CorruptFile> corruptFiles() {
        return List.copyOf(corrupt);
    }

    /**
     * The current extractor's reports of every stored original, in digest order, and the digests without one.
     *
     * @param reports the reports
     * @param missing digests with no report yet from this extractor version: {@code run} makes them (a corrupt report
     *     is among them)
     * @param failed digests that failed for good with this ingest version: running again does not help
     * @param corrupt the stored files passed over because they do not parse
     */
    public record StoredReports(List<Report> reports, List<String> missing, List<KnownFailure> failed,
                                List<CorruptFile> corrupt) {

        /**
         * What to tell a person about the stored documents without a report, or empty when all have one:
         * {@code "3 stored documents have no report: 2 failed for good (see itaminer errors -w W --all), 1 not yet made
         * by this extractor version (run itaminer run on it again)"}.
         */
        public Optional<String> noReportNote(Path workdir) {
            if (missing.isEmpty() && failed.isEmpty()) {
                return Optional.empty();
            }
            List<String> parts = new ArrayList<>();
            if (!failed.isEmpty()) {
                parts.add(failed.size() + " failed for good (see `itaminer errors -w " + workdir + " --all`)");
            }
            if (!missing.isEmpty()) {
                parts.add(missing.size() + " not yet made by this extractor version, or failed in a way worth "
                        + "another try: run `itaminer run` on them again");
            }
            return Optional.of((missing.size() + failed.size()) + " stored documents have no report: "
                    + String.join("; ", parts));
        }
    }

    public StoredReports storedReports() throws IOException {
        List<Report> out = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<KnownFailure> failed = new ArrayList<>();
        List<CorruptFile> found = new ArrayList<>();
        for (String sha : originals.list()) {
            Optional<Report> report = reports.read(sha, ReportJson::read, found::add);
            if (report.isPresent()) {
                out.add(report.get());
                continue;
            }
            Optional<KnownFailure> known = failureMemory.known(sha);
            if (known.isPresent()) {
                failed.add(known.get());
            } else {
                missing.add(sha);
            }
        }
        return new StoredReports(out, missing, failed, found);
    }
}
