package org.itaminer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.itaminer.model.report.ReportJson;
import org.itaminer.ingest.Ingest;
import org.itaminer.model.layout.Cell;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Row;
import org.itaminer.model.layout.Table;
import org.itaminer.model.layout.TableMethod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The DOCX and HTML forms of a text sample ({@code NAME.docx}, {@code NAME.html} beside {@code NAME.txt},
 * written by {@link OfficeSampleWriter}) read into the same tables and extract the same report as the
 * text form, checked against the text form's {@code NAME.expected.json}. Only what the format itself
 * decides may differ: id and source (bytes, file name, media type), and for DOCX the page numbers, since
 * Tika reports no page breaks for Word files (an HTML page break, {@code page-break-before: always}, is
 * kept).
 */
class OfficeSamplesTest {

    private static final List<String> FORMS = List.of(".docx", ".html");

    /** The text sample a DOCX or HTML sample was written from, if there is one. */
    static Optional<Path> textTwin(Path sample) {
        String name = sample.getFileName().toString();
        for (String ext : FORMS) {
            if (name.endsWith(ext)) {
                Path txt = sample.resolveSibling(name.substring(0, name.length() - ext.length()) + ".txt");
                return Files.exists(txt) ? Optional.of(txt) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    static Stream<Path> forms() throws IOException {
        try (Stream<Path> files = Files.list(SamplesTest.SAMPLES)) {
            List<Path> forms = files.filter(p -> textTwin(p).isPresent()).sorted().toList();
            assertFalse(forms.size() < 4, "samples/ holds DOCX and HTML forms of at least two samples");
            return forms.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void tablesComeOutAsTheTextFormHasThem(Path form) throws Exception {
        LayoutDocument office = Ingest.standard().read(form);
        LayoutDocument text = Ingest.standard().read(textTwin(form).orElseThrow());
        assertEquals(cellTexts(text), cellTexts(office));
        office.blocks().filter(b -> b instanceof Table).forEach(t -> assertEquals(TableMethod.HTML, ((Table) t).method()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void extractsTheTextFormsExpectedReport(Path form) throws Exception {
        Path txt = textTwin(form).orElseThrow();
        String base = txt.getFileName().toString().replaceFirst("\\.txt$", "");
        JsonNode expected = ReportJson.mapper().readTree(SamplesTest.SAMPLES.resolve(base + ".expected.json").toFile());
        JsonNode actual = ReportJson.mapper().readTree(ReportJson.toBytes(SamplesTest.extract(form)));

        assertEquals(actual.get("source").get("sha256"), actual.get("id"));
        assertEquals(form.getFileName().toString(), actual.get("source").get("fileName").asText());
        String mediaType = actual.get("source").get("mediaType").asText();
        assertEquals(form.toString().endsWith(".docx")
                ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : "text/html", mediaType);
        for (JsonNode report : List.of(expected, actual)) {
            ((ObjectNode) report).remove("id");
            ((ObjectNode) report).remove("source");
            if (form.toString().endsWith(".docx")) {
                report.get("measures").forEach(m -> ((ObjectNode) m).remove("page"));
            }
        }
        List<String> differences = new ArrayList<>();
        SamplesTest.diff("", expected, actual, differences);
        assertEquals(List.of(), differences, form.getFileName().toString());
    }

    /** Every table as rows of cell texts; the page a table sits on and cell spans are left out. */
    private static List<List<List<String>>> cellTexts(LayoutDocument doc) {
        return doc.blocks().filter(b -> b instanceof Table)
                .map(b -> ((Table) b).rows().stream()
                        .map(r -> trimmed(r).stream().map(Cell::text).toList()).toList())
                .toList();
    }

    /** A row without the empty cells at its end (the text form keeps trailing tabs, Word does not). */
    private static List<Cell> trimmed(Row row) {
        List<Cell> cells = new ArrayList<>(row.cells());
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }
}
