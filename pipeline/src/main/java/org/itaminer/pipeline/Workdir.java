package org.itaminer.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itaminer.extract.Extraction;
import org.itaminer.model.report.Report;
import org.itaminer.model.report.ReportJson;
import org.itaminer.ingest.Ingest;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.thai.ThaiTextNormalizer;
import org.itaminer.pipeline.store.ContentStore;
import org.itaminer.pipeline.store.StageOutputs;
import org.itaminer.pipeline.store.StageVersion;

/**
 * The working directory: {@code originals/} (content-addressed, with provenance), {@code layout/<version>/}
 * and {@code reports/<version>/} (each stage's output under its code version), {@code index/} (the search index)
 * and {@code errors.jsonl}.
 */
public final class Workdir {

    private final Path root;
    private final ContentStore originals;
    private final StageOutputs layouts;
    private final StageOutputs reports;
    private final String ingestVersion;
    private final String extractVersion;

    public Workdir(Path root) throws IOException {
        this.root = root;
        Files.createDirectories(root);
        this.originals = new ContentStore(root, Clock.systemUTC());
        // a stage's output also depends on the shared modules it uses: the records it writes and the Thai text chain
        String shared = StageVersion.of(LayoutDocument.class, "org/itaminer/model/")
                + StageVersion.of(ThaiTextNormalizer.class, "org/itaminer/thai/");
        this.ingestVersion = StageVersion.combine(StageVersion.of(Ingest.class, "org/itaminer/ingest/"), shared);
        // a report depends on the layout it was made from, so it is keyed by both stages' code
        this.extractVersion = StageVersion.combine(StageVersion.of(Extraction.class, "org/itaminer/extract/"), shared)
                + "-" + ingestVersion;
        this.layouts = new StageOutputs(root, "layout", ingestVersion);
        this.reports = new StageOutputs(root, "reports", extractVersion);
    }

    public Path root() {
        return root;
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

    /** The current extractor's reports of every stored original, in digest order, and the digests without one. */
    public record StoredReports(List<Report> reports, List<String> missing) {
    }

    public StoredReports storedReports() throws IOException {
        List<Report> out = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String sha : originals.list()) {
            Optional<byte[]> json = reports.read(sha);
            if (json.isPresent()) {
                out.add(ReportJson.read(json.get()));
            } else {
                missing.add(sha);
            }
        }
        return new StoredReports(out, missing);
    }

    /** Appends one failure line to {@code errors.jsonl}. */
    public synchronized void recordFailure(String file, String sha, String stage, String kind, String message)
            throws IOException {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", java.time.Instant.now().toString());
        line.put("file", file);
        line.put("sha256", sha);
        line.put("stage", stage);
        line.put("kind", kind);
        line.put("message", message);
        String json = new ObjectMapper().writeValueAsString(line) + "\n";
        Files.writeString(root.resolve("errors.jsonl"), json, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
