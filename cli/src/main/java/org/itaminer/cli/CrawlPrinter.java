package org.itaminer.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.itaminer.acquire.crawl.CrawlListener;
import org.itaminer.acquire.fetch.FetchResult;
import org.itaminer.acquire.registry.Source;
import org.itaminer.acquire.registry.SourceState;

/** Prints a crawl as it goes: one line per address fetched (or refused by robots.txt), flushed at once. */
final class CrawlPrinter implements CrawlListener {

    private final PrintWriter out;
    private final boolean lines;

    CrawlPrinter(PrintWriter out, boolean lines) {
        this.out = out;
        this.lines = lines;
    }

    @Override
    public synchronized void siteDone(String site, int documents) {
        if (lines) {
            out.printf(Locale.ROOT, "site  %s: %d documents%n", site, documents);
            out.flush();
        }
    }

    @Override
    public synchronized void fetched(Source source, FetchResult result, SourceState state) {
        if (lines) {
            out.println(line(source, result, state));
            out.flush();
        }
    }

    static String line(Source source, FetchResult result, SourceState state) {
        String type = result.body().map(b -> b.mediaType()).orElse("");
        return switch (state) {
            case DOCUMENT -> String.format(Locale.ROOT, "got   %-24s %s", type.isEmpty() ? "not modified" : type,
                    source.url());
            case PAGE -> String.format(Locale.ROOT, "page  %-24s %s", type.isEmpty() ? "not modified" : type,
                    source.url());
            case ROBOTS -> "skip  robots.txt                %s".formatted(source.url());
            case NOT_WANTED -> String.format(Locale.ROOT, "skip  %-24s %s", type, source.url());
            default -> String.format(Locale.ROOT, "FAIL  %-24s %s  %s", result.error().map(e -> e.value())
                    .orElse(state.value()), result.message(), source.url());
        };
    }
}
