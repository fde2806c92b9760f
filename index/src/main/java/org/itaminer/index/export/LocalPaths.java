package org.itaminer.index.export;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.itaminer.model.report.Report;
import org.itaminer.model.report.Source;

/**
 * Keeps an analyst's folders out of an exported dataset. A report read from a local file records where it was read
 * ({@code file:///home/somchai/งาน/ita/plan.pdf}); a shared export should not. An {@code http:} or {@code https:}
 * address is where the document is published and is kept; any other address (a {@code file:} path, a network share)
 * becomes {@code file:} and the file's name alone ({@code file:plan.pdf}, percent-encoded as in the original). The
 * schema wants {@code source.uri} to be a non-empty string, so it is not dropped: a relative {@code file:} URI with
 * only the name says "a local file of this name" and nothing of where. File name and SHA-256 stay as they are.
 */
public final class LocalPaths {

    private LocalPaths() {
    }

    /** The report with its source's local path reduced to the file's name; the same report when nothing changes. */
    public static Report hidden(Report report) {
        Source s = report.source();
        String uri = hidden(s.uri(), s.fileName());
        if (uri.equals(s.uri())) {
            return report;
        }
        return new Report(report.schemaVersion(), report.id(),
                new Source(uri, s.fileName(), s.sha256(), s.mediaType(), s.pages(), s.textSource(), s.manifest(),
                        s.fromManifest()), report.title(),
                report.kind(), report.agency(), report.fiscalYear(), report.assessment(), report.indicatorScores(),
                report.measures(), report.warnings());
    }

    /** An address as exported: a web address as it is, anything else {@code file:} and the name. */
    static String hidden(String uri, String fileName) {
        int colon = uri.indexOf(':');
        String scheme = colon < 0 ? "" : uri.substring(0, colon).toLowerCase(Locale.ROOT);
        if (scheme.equals("http") || scheme.equals("https")) {
            return uri;
        }
        try {
            return new URI("file", fileName, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("no URI can be made of the file name " + fileName, e);
        }
    }
}
