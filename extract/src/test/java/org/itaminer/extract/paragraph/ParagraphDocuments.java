package org.itaminer.extract.paragraph;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.itaminer.extract.Extraction;
import org.itaminer.ingest.IngestException;
import org.itaminer.ingest.text.TextFormReader;
import org.itaminer.model.report.Measure;
import org.itaminer.model.report.Report;
import org.itaminer.model.report.Source;

/** Documents in the text form through the text-form reader and extraction, and measures told in one line. */
final class ParagraphDocuments {

    private ParagraphDocuments() {
    }

    static Report extract(String textForm) {
        try {
            var layout = new TextFormReader().read(textForm.getBytes(StandardCharsets.UTF_8));
            return Extraction.extract(layout, new Source("file:/x.txt", "x.txt", "0".repeat(64), "text/plain", 1, "text"));
        } catch (IngestException e) {
            throw new AssertionError(e);
        }
    }

    /** Arabic digits written as Thai digits, as most agencies type them. */
    static String thaiDigits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.chars().forEach(c -> out.append(c >= '0' && c <= '9' ? (char) ('๐' + (c - '0')) : (char) c));
        return out.toString();
    }

    /**
     * A measure in one line: "number | title | steps / steps | responsible | period text | extra key=value; ...",
     * with "-" for an absent value, so a table of expected measures reads like the document.
     */
    static String describe(Measure m) {
        List<String> parts = new ArrayList<>();
        parts.add(or(m.number()));
        parts.add(m.title());
        parts.add(m.steps() == null ? "-" : String.join(" / ", m.steps()));
        parts.add(or(m.responsible()));
        parts.add(or(m.period().text()));
        parts.add(m.extra().isEmpty() ? "-" : m.extra().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; ")));
        return String.join(" | ", parts);
    }

    static List<String> describe(Report report) {
        return report.measures().stream().map(ParagraphDocuments::describe).toList();
    }

    private static String or(String s) {
        return s == null ? "-" : s;
    }
}
