package org.itaminer.index.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.itaminer.model.report.Report;
import org.itaminer.model.report.ReportJson;

/**
 * One schema-v1 report per line (JSON Lines, UTF-8), the form the scorer and other tools read. A line is always
 * the whole report: filters choose reports, never cut their measures. The CLI's {@code export} and the web
 * workspace's download both write through here, so the files are the same.
 */
public final class JsonlExport {

    private JsonlExport() {
    }

    /** Writes one line per report; the stream is flushed, not closed. */
    public static void write(List<Report> reports, OutputStream out) throws IOException {
        Objects.requireNonNull(reports, "reports");
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (Report report : reports) {
            w.write(ReportJson.toLine(report));
            w.write('\n');
        }
        w.flush();
    }
}
