package org.itaminer.extract.table;

import java.nio.charset.StandardCharsets;
import org.itaminer.extract.Extraction;
import org.itaminer.ingest.IngestException;
import org.itaminer.ingest.text.TextFormReader;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.report.Report;
import org.itaminer.model.report.Source;

/** A small document written in the text form (tab-separated rows, blank lines between blocks), read and extracted. */
final class TextFormDocument {

    private TextFormDocument() {
    }

    static LayoutDocument layout(String text) {
        try {
            return new TextFormReader().read(text.getBytes(StandardCharsets.UTF_8));
        } catch (IngestException e) {
            throw new IllegalStateException(e);
        }
    }

    static Report extract(String text) {
        return Extraction.extract(layout(text), new Source("file:x.txt", "x.txt", "0".repeat(64), "text/plain", 1, "text"));
    }
}
