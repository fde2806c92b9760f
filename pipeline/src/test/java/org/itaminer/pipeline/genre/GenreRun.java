package org.itaminer.pipeline.genre;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.itaminer.extract.Extraction;
import org.itaminer.ingest.Ingest;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.report.Report;
import org.itaminer.model.report.ReportJson;
import org.itaminer.model.report.Source;
import org.itaminer.pipeline.eval.ReportScore;
import org.itaminer.pipeline.eval.ScoreTable;

/** Runs generated documents through ingest and extract, as files in a folder, and scores them per class. */
final class GenreRun {

    private final Path dir;
    private final Ingest ingest = Ingest.standard();

    GenreRun(Path dir) {
        this.dir = dir;
    }

    /** Writes the document in its text form, reads and extracts it, and adds its score to {@code table}. */
    JsonNode text(GenreDocument doc, ScoreTable table) throws Exception {
        Path file = dir.resolve(doc.name() + ".txt");
        Files.writeString(file, TextForm.render(doc), StandardCharsets.UTF_8);
        return score(doc, file, table);
    }

    /** The same through the document's text-layer PDF. */
    JsonNode pdf(GenreDocument doc, PdfForm pdf, ScoreTable table) throws Exception {
        Path file = dir.resolve(doc.name() + ".pdf");
        Files.write(file, pdf.render(doc));
        return score(doc, file, table);
    }

    /** The same through the document published as a web page in {@code style}, scored with the style's classes too. */
    JsonNode html(GenreDocument doc, HtmlStyle style, ScoreTable table) throws Exception {
        Path file = dir.resolve(doc.name() + ".html");
        Files.write(file, HtmlForm.render(doc, style));
        JsonNode predicted = extract(file);
        List<String> classes = new ArrayList<>(doc.choices().classes());
        classes.addAll(style.classes());
        table.add(classes, ReportScore.of(GenreCorpus.expectedJson(doc), predicted));
        return predicted;
    }

    private JsonNode score(GenreDocument doc, Path file, ScoreTable table) throws Exception {
        JsonNode predicted = extract(file);
        table.add(doc.choices().classes(), ReportScore.of(GenreCorpus.expectedJson(doc), predicted));
        return predicted;
    }

    JsonNode extract(Path file) throws Exception {
        LayoutDocument layout = ingest.read(file);
        Source source = new Source(file.toUri().toString(), file.getFileName().toString(), "0", layout.mediaType(),
                layout.pages().size(), layout.textSource().value());
        Report report = Extraction.extract(layout, source);
        return ReportJson.mapper().readTree(ReportJson.toBytes(report));
    }

    static String show(JsonNode n) throws IOException {
        return ReportJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(n);
    }
}
