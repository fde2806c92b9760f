package org.itaminer.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.itaminer.acquire.crawl.CrawlListener;
import org.itaminer.acquire.fetch.FetchResult;
import org.itaminer.acquire.registry.Source;
import org.itaminer.acquire.registry.SourceState;

/**
 * Prints a crawl as it goes: one line per address fetched (or refused by robots.txt) on standard output, flushed at
 * once; on a terminal, a progress line on standard error redrawn in place (sites done, documents, pages, failures,
 * the host last fetched from).
 */
final class CrawlPrinter implements CrawlListener {


    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean lines;
    private final int sites;
    private int sitesDone;
    private int documents;
    private int pages;
    private int failed;
    private final ProgressLine progressLine;

    CrawlPrinter(PrintWriter out, boolean lines) {
        this(out, out, lines, false, 0);
    }

    /**
     * @param progress a progress line on {@code err} (a terminal only)
     * @param sites how many sites the crawl has
     */
    CrawlPrinter(PrintWriter out, PrintWriter err, boolean lines, boolean progress, int sites) {
        this.out = out;
        this.err = err;
        this.lines = lines;
        this.progressLine = new ProgressLine(err, progress);
        this.sites = sites;
    }

    @Override
    public synchronized void siteDone(String site, int siteDocuments) {
        sitesDone++;
        if (lines) {
            progressLine.clear();
            out.printf(Locale.ROOT, "site  %s: %d documents%n", site, siteDocuments);
            out.flush();
        }
        drawProgress(site, true);
    }

    @Override
    public synchronized void fetched(Source source, FetchResult result, SourceState state) {
        switch (state) {
            case DOCUMENT -> documents++;
            case PAGE -> pages++;
            case FAILED -> failed++;
            default -> { }
        }
        if (lines) {
            progressLine.clear();
            out.println(line(source, result, state));
            out.flush();
        }
        drawProgress(result.finalUrl().getHost(), false);
    }

    /** Clears the progress line before the totals. */
    synchronized void done() {
        progressLine.clear();
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

    private void drawProgress(String host, boolean force) {
        long now = System.nanoTime();
        if (!progressLine.due(now, force)) {
            return;
        }
        String text = String.format(Locale.ROOT, "sites %d/%d  documents %d  pages %d  failed %d  %s", sitesDone,
                sites, documents, pages, failed, host == null ? "" : host);
        progressLine.draw(text, now);
    }
}
