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

    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean lines;
    private final boolean progress;
    private final int sites;
    private int sitesDone;
    private int documents;
    private int pages;
    private int failed;
    private long drawn;
    private int drawnWidth;

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
        this.progress = progress;
        this.sites = sites;
    }

    @Override
    public synchronized void siteDone(String site, int siteDocuments) {
        sitesDone++;
        if (lines) {
            clearProgress();
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
            clearProgress();
            out.println(line(source, result, state));
            out.flush();
        }
        drawProgress(result.finalUrl().getHost(), false);
    }

    /** Clears the progress line before the totals. */
    synchronized void done() {
        clearProgress();
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
        if (!progress || (!force && now - drawn < REDRAW_NANOS && drawnWidth > 0)) {
            return;
        }
        String text = String.format(Locale.ROOT, "sites %d/%d  documents %d  pages %d  failed %d  %s", sitesDone,
                sites, documents, pages, failed, host == null ? "" : host);
        err.print("\r" + text + " ".repeat(Math.max(0, drawnWidth - text.length())));
        err.flush();
        drawn = now;
        drawnWidth = text.length();
    }

    private void clearProgress() {
        if (progress && drawnWidth > 0) {
            err.print("\r" + " ".repeat(drawnWidth) + "\r");
            err.flush();
            drawnWidth = 0;
        }
    }
}
