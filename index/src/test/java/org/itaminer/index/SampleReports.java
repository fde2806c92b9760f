package org.itaminer.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.itaminer.model.report.Report;
import org.itaminer.model.report.ReportJson;

/**
 * The project's own samples ({@code samples/NAME.expected.json} at the repository root: hand-checked schema-v1
 * reports of documents written for this project) as reports for the index tests. Reading the expected reports, not
 * extracting the samples, keeps these tests about the index: an extractor change cannot move them.
 */
public final class SampleReports {

    private static final String SUFFIX = ".expected.json";

    private SampleReports() {
    }

    /**
     * The repository's {@code samples/} folder, found by walking up from the working directory (Maven runs a
     * module's tests in the module's folder, an IDE may run them at the root).
     *
     * @throws IllegalStateException when no parent folder holds {@code samples/}
     */
    public static Path folder() {
        Path start = Path.of("").toAbsolutePath();
        for (Path p = start; p != null; p = p.getParent()) {
            Path candidate = p.resolve("samples");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no samples/ folder in " + start + " or any folder above it; the tests "
                + "read the repository's samples/*.expected.json, so run them inside a clone of the repository");
    }

    /** Every sample's expected report, in file-name order. */
    public static List<Report> all() {
        List<Report> out = new ArrayList<>();
        for (String stem : stems()) {
            out.add(one(stem));
        }
        return out;
    }

    /** The file stems ({@code plan_sao_nongbua_2567}) of the samples that have an expected report. */
    public static List<String> stems() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(SUFFIX))
                    .map(n -> n.substring(0, n.length() - SUFFIX.length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One sample's expected report, by file stem. The expected files leave out {@code source.uri} (it depends on
     * where the clone lives), so it is set here to the sample document's own address.
     */
    public static Report one(String stem) {
        Path file = folder().resolve(stem + SUFFIX);
        try {
            JsonNode json = ReportJson.mapper().readTree(file.toFile());
            ObjectNode source = (ObjectNode) json.get("source");
            if (!source.hasNonNull("uri")) {
                source.put("uri", folder().resolve(source.get("fileName").asText()).toUri().toString());
            }
            return ReportJson.read(ReportJson.mapper().writeValueAsBytes(json));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sample report " + file, e);
        }
    }

    /** The measures of all samples. */
    public static int measureCount() {
        return all().stream().mapToInt(r -> r.measures().size()).sum();
    }
}
