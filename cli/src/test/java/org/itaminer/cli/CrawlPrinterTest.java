package org.itaminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itaminer.acquire.fetch.Attempt;
import org.itaminer.acquire.fetch.Body;
import org.itaminer.acquire.fetch.FetchError;
import org.itaminer.acquire.fetch.FetchResult;
import org.itaminer.acquire.fetch.Validators;
import org.itaminer.acquire.registry.Source;
import org.itaminer.acquire.registry.SourceKind;
import org.itaminer.acquire.registry.SourceState;
import org.junit.jupiter.api.Test;

/** A crawl as it goes: a line per address, and on a terminal a progress line with the counts and the host. */
class CrawlPrinterTest {

    private static final String PLAN = "https://www.nongbua.go.th/ita/%E0%B8%A1%E0%B8%B2%E0%B8%95%E0%B8%A3%E0%B8%81%E0%B8%B2%E0%B8%A3.pdf";
    private static final String SLOW = "https://www.phanom.go.th/ita/o37.pdf";

    private static Source source(String url) {
        return new Source(1, url, "x", Optional.empty(), "มาตรการ", 1, 5, SourceState.PENDING, Optional.empty(), 0,
                Optional.empty(), Optional.empty(), 0, Optional.empty(), Optional.empty(), "", Map.of(), SourceKind.DOCUMENT);
    }

    private static FetchResult got(String url) {
        URI u = URI.create(url);
        return new FetchResult(u, u, 200, Optional.of(new Body(Path.of("x.part"), 10, "ab".repeat(32),
                "application/pdf", "มาตรการ.pdf")), Optional.empty(), "HTTP 200", Validators.NONE,
                List.of(new Attempt(u, u, 200, 0, Instant.EPOCH, 5, Optional.empty(), "HTTP 200")));
    }

    private static FetchResult timedOut(String url) {
        URI u = URI.create(url);
        return new FetchResult(u, u, 0, Optional.empty(), Optional.of(FetchError.TIMEOUT),
                "no response within 15000 ms", Validators.NONE, List.of());
    }

    @Test
    void aLinePerAddressAndAProgressLineOnATerminal() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CrawlPrinter printer = new CrawlPrinter(new PrintWriter(out), new PrintWriter(err), true, true, 2);
        printer.fetched(source(PLAN), got(PLAN), SourceState.DOCUMENT);
        printer.fetched(source(SLOW), timedOut(SLOW), SourceState.FAILED);
        printer.siteDone("nongbua.go.th", 1);
        printer.done();

        assertEquals("got   application/pdf          " + PLAN + "\n"
                + "FAIL  timeout                  no response within 15000 ms  " + SLOW + "\n"
                + "site  nongbua.go.th: 1 documents\n", out.toString());
        String progress = err.toString();
        assertTrue(progress.contains("\rsites 0/2  documents 1  pages 0  failed 0  www.nongbua.go.th"), progress);
        assertTrue(progress.contains("\rsites 1/2  documents 1  pages 0  failed 1  nongbua.go.th"), progress);
        assertTrue(progress.endsWith("\r"), "cleared at the end: " + progress);
    }

    @Test
    void noProgressLineOffATerminal() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CrawlPrinter printer = new CrawlPrinter(new PrintWriter(out), new PrintWriter(err), true, false, 2);
        printer.fetched(source(PLAN), got(PLAN), SourceState.DOCUMENT);
        printer.done();
        assertEquals("", err.toString());
    }
}
