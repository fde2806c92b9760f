package org.itaminer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.itaminer.extract.Extraction;
import org.itaminer.model.report.Report;
import org.itaminer.model.report.ReportJson;
import org.itaminer.model.report.Source;
import org.itaminer.ingest.Ingest;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.pipeline.store.ContentStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled sample document, read and extracted, equals its hand-checked {@code .expected.json}
 * field by field (all fields but {@code source.uri}, which depends on where the clone lives). The DOCX and
 * HTML forms of a text sample share its expected file through {@link OfficeSamplesTest}.
 */
class SamplesTest {

    static final Path SAMPLES = SamplesFolder.find();

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            List<Path> docs = files.filter(p -> !p.getFileName().toString().endsWith(".expected.json"))
                    .filter(p -> OfficeSamplesTest.textTwin(p).isEmpty()).sorted().toList();
            assertTrue(docs.size() >= 5, "samples/ holds the bundled documents");
            return docs.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void extractsWhatTheExpectedFileSays(Path sample) throws Exception {
        String name = sample.getFileName().toString();
        Path expectedFile = SAMPLES.resolve(name.substring(0, name.lastIndexOf('.')) + ".expected.json");
        assertTrue(Files.exists(expectedFile), "every sample has an expected report: " + expectedFile);

        JsonNode actual = ReportJson.mapper().readTree(ReportJson.toBytes(extract(sample)));
        JsonNode expected = ReportJson.mapper().readTree(expectedFile.toFile());
        ((ObjectNode) actual.get("source")).remove("uri");
        List<String> differences = new ArrayList<>();
        diff("", expected, actual, differences);
        assertEquals(List.of(), differences, name);
    }

    /** Reads and extracts a sample as the pipeline does. */
    static Report extract(Path sample) throws Exception {
        LayoutDocument layout = Ingest.standard().read(sample);
        Source source = new Source(sample.toUri().toString(), sample.getFileName().toString(), ContentStore.sha256(sample),
                layout.mediaType(), layout.pages().size(), layout.textSource().value());
        return Extraction.extract(layout, source);
    }

    /** Field-by-field differences, each as "path: expected … but was …". */
    static void diff(String path, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected.isObject() && actual.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode a = actual.get(e.getKey());
                if (a == null) {
                    out.add(path + "/" + e.getKey() + ": missing");
                } else {
                    diff(path + "/" + e.getKey(), e.getValue(), a, out);
                }
            }
            actual.fieldNames().forEachRemaining(f -> {
                if (!expected.has(f)) {
                    out.add(path + "/" + f + ": not expected");
                }
            });
        } else if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                out.add(path + ": " + expected.size() + " items expected but was " + actual.size());
            }
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                diff(path + "/" + i, expected.get(i), actual.get(i), out);
            }
        } else if (!expected.equals(actual)) {
            out.add(path + ": expected " + expected + " but was " + actual);
        }
    }
}
