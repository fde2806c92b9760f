package org.itaminer.pipeline.genre;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.itaminer.model.report.ReportJson;

/**
 * Writes generated documents with their expected reports into a folder, for {@code itaminer eval DIR}:
 * {@code NAME.txt} (and {@code NAME.pdf} for every {@code pdfEvery}-th one, {@code NAME.html} for every
 * {@code htmlEvery}-th), {@code NAME.expected.json} holding the expected schema-v1 report, its variation
 * {@code classes} (and the web page's own under {@code formClasses.html}) and, where a heading allows several
 * titles, the title as {@code {"anyOf": [...]}} as score.py reads it.
 * Usage: {@code GenreCorpus DIR [COUNT=200] [SEED=11] [PDF_EVERY=0] [HTML_EVERY=0]}; score one form with
 * {@code itaminer eval DIR --form html}.
 */
public final class GenreCorpus {

    private GenreCorpus() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 11;
        int pdfEvery = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        int htmlEvery = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        Files.createDirectories(dir);
        GenreGenerator generator = new GenreGenerator(seed);
        PdfForm pdf = pdfEvery > 0 ? new PdfForm() : null;
        for (int i = 0; i < count; i++) {
            GenreDocument doc = generator.generate(i);
            Files.writeString(dir.resolve(doc.name() + ".txt"), TextForm.render(doc), StandardCharsets.UTF_8);
            if (pdf != null && i % pdfEvery == 0) {
                Files.write(dir.resolve(doc.name() + ".pdf"), pdf.render(doc));
            }
            JsonNode expected = expectedJson(doc);
            if (htmlEvery > 0 && i % htmlEvery == 0) {
                HtmlStyle style = HtmlStyle.of(seed, i);
                Files.write(dir.resolve(doc.name() + ".html"), HtmlForm.render(doc, style));
                ArrayNode html = ((ObjectNode) expected).putObject("formClasses").putArray("html");
                style.classes().forEach(html::add);
            }
            Files.write(dir.resolve(doc.name() + ".expected.json"),
                    ReportJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(expected));
        }
        System.out.println("wrote " + count + " documents to " + dir);
    }

    /** The expected report as a JSON tree with its classes and title alternatives. */
    static JsonNode expectedJson(GenreDocument doc) throws IOException {
        ObjectNode tree = (ObjectNode) ReportJson.mapper().readTree(ReportJson.toBytes(doc.expected()));
        if (!doc.titleAlternatives().isEmpty()) {
            ObjectNode anyOf = tree.objectNode();
            ArrayNode alts = anyOf.putArray("anyOf");
            alts.add(doc.expected().title());
            doc.titleAlternatives().forEach(alts::add);
            tree.set("title", anyOf);
        }
        ArrayNode classes = tree.putArray("classes");
        doc.choices().classes().forEach(classes::add);
        return tree;
    }
}
