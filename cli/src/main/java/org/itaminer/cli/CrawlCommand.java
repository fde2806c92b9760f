package org.itaminer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.itaminer.acquire.crawl.CrawlSettings;
import org.itaminer.acquire.crawl.Crawler;
import org.itaminer.acquire.crawl.Seed;
import org.itaminer.acquire.crawl.SeedLists;
import org.itaminer.acquire.fetch.FetchSettings;
import org.itaminer.acquire.registry.SourceState;
import org.itaminer.pipeline.Workdir;
import org.itaminer.pipeline.WorkdirOcr;
import org.itaminer.pipeline.WorkdirLock;
import org.itaminer.pipeline.acquire.WebAcquisition;
import org.itaminer.pipeline.errors.RunId;
import org.itaminer.pipeline.input.InputScan;
import org.itaminer.pipeline.run.LocalRunner;
import org.itaminer.pipeline.run.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code itaminer crawl}: fetch an agency site's ITA documents, then ingest, extract and index them like {@code run}. */
@Command(name = "crawl", mixinStandardHelpOptions = true,
        description = "Walk agencies' websites for their ITA documents (links whose text or address says มาตรการ, "
                + "คุณธรรม, ความโปร่งใส, ITA, O36, O37 …), politely (robots.txt, one request at a time per host, "
                + "--delay apart), within each site's registered domain; store what they publish (PDF, Word, Excel, "
                + "images, pages of measures) in the workdir, then ingest, extract and index it as `run` does. Every "
                + "address and fetch is recorded in W/acquire.db; a crawl stopped midway goes on where it stopped "
                + "when run again.",
        footer = {"", "Examples:", "  itaminer crawl https://www.nongbua.go.th/ -w W",
            "  itaminer crawl https://a.go.th/ https://b.go.th/ --depth 2 --max-docs 50 -w W",
            "  itaminer crawl https://a.go.th/ --refresh -w W   # have stored documents changed?",
            "  itaminer crawl --manifest agencies.csv -w W       # agency,url,province,…",
            ExitCodes.HELP})
public final class CrawlCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkdirOptions workdirOptions;

    @Parameters(paramLabel = "URL", arity = "0..*", description = "Agencies' web pages to start from.")
    List<String> urls = new ArrayList<>();

    @Option(names = "--url-list", paramLabel = "FILE", description = "More start pages: one address a line, # for "
            + "comments.")
    java.nio.file.Path urlList;

    @Option(names = "--manifest", paramLabel = "CSV", description = "Agencies as a CSV with a header: agency,url and "
            + "optionally province,district,agencyType,fiscalYear,indicator; the values are kept with each document "
            + "fetched from the agency's site (its provenance in W/originals).")
    java.nio.file.Path manifest;

    @Option(names = "--depth", paramLabel = "N", description = "Links followed from the start page (default: 3).")
    int depth = 3;

    @Option(names = "--max-docs", paramLabel = "N", description = "Documents stored per site at most, counting "
            + "earlier crawls of it (default: 200).")
    int maxDocs = 200;

    @Option(names = "--sites-at-once", paramLabel = "N", description = "Sites crawled side by side (default: 32).")
    int sitesAtOnce = 32;

    @Option(names = "--delay", paramLabel = "MS", description = "Least time between two requests to one host, from "
            + "the end of one to the start of the next; a larger robots.txt Crawl-delay wins (default: 1000).")
    long delayMillis = 1000;

    @Option(names = "--timeout", paramLabel = "MS", description = "Time to connect, to get a response's headers, and "
            + "to read its body (default: 15000).")
    long timeoutMillis = 15_000;

    @Option(names = "--max-size", paramLabel = "MB", description = "Largest file fetched (default: 50).")
    long maxMegabytes = 50;

    @Option(names = "--user-agent", paramLabel = "TEXT", description = "The User-Agent sent; its first word is the "
            + "name robots.txt rules are matched against (default: ${DEFAULT-VALUE}).")
    String userAgent = FetchSettings.DEFAULT_USER_AGENT;

    @Option(names = "--refresh", description = "Fetch stored documents and pages again with conditional requests "
            + "(ETag, Last-Modified): unchanged ones are not downloaded.")
    boolean refresh;

    @Option(names = "--threads", paramLabel = "N", description = "Documents ingested at once (default: the cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--quiet", description = "Print only the totals and errors.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Log what each stage does.")
    boolean verbose;

    @Override
    public Integer call() {
        Logging.configure(verbose, quiet);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Seed> seeds = new ArrayList<>();
        for (String u : urls) {
            URI uri;
            try {
                uri = URI.create(u.strip());
            } catch (IllegalArgumentException e) {
                err.println("not a web address: " + u);
                return ExitCodes.USAGE;
            }
            if (uri.getHost() == null || !List.of("http", "https").contains(String.valueOf(uri.getScheme())
                    .toLowerCase(Locale.ROOT))) {
                err.println("not an http(s) address: " + u);
                return ExitCodes.USAGE;
            }
            seeds.add(new Seed(uri, Map.of()));
        }
        try {
            if (urlList != null) {
                seeds.addAll(SeedLists.urlList(urlList));
            }
            if (manifest != null) {
                seeds.addAll(SeedLists.manifest(manifest));
            }
        } catch (IOException e) {
            err.println("cannot read the list of sites: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (seeds.isEmpty()) {
            err.println("no site to crawl: give URLs, --url-list FILE or --manifest CSV");
            return ExitCodes.USAGE;
        }
        FetchSettings fetch = FetchSettings.defaults().withUserAgent(userAgent)
                .withPoliteness(Duration.ofMillis(Math.max(0, delayMillis)))
                .withTimeouts(Duration.ofMillis(timeoutMillis), Duration.ofMillis(timeoutMillis))
                .withMaxBytes(Math.max(1, maxMegabytes) << 20);
        CrawlSettings crawl = new CrawlSettings(Math.max(0, depth), Math.max(1, maxDocs), Math.max(1, sitesAtOnce),
                refresh);
        java.nio.file.Path dir = workdirOptions.workdir();
        try (WorkdirLock lock = WorkdirLock.acquire(dir)) {
            Workdir workdir = new Workdir(dir);
            CrawlPrinter crawlPrinter = new CrawlPrinter(out, err, !quiet, !quiet && System.console() != null,
                    Crawler.sites(seeds).size());
            WebAcquisition.Result result;
            // Ctrl-C (or a plain kill): the crawl's threads are stopped between two registry transactions and the
            // registry is closed before the JVM exits; what was fetched is stored and recorded
            Thread crawling = Thread.currentThread();
            java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
            Thread onStop = new Thread(() -> {
                crawling.interrupt();
                try {
                    stopped.await(20, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "itaminer-crawl-stop");
            Runtime.getRuntime().addShutdownHook(onStop);
            try {
                result = WebAcquisition.crawl(workdir, seeds, fetch, crawl, crawlPrinter);
            } catch (InterruptedException e) {
                crawlPrinter.done();
                err.println("the crawl was stopped; what it fetched is stored and recorded in " + dir
                        + ": run the same command again to go on");
                err.flush();
                return ExitCodes.FAILURE;
            } finally {
                stopped.countDown();
                try {
                    Runtime.getRuntime().removeShutdownHook(onStop);
                } catch (IllegalStateException e) {
                    // the JVM is shutting down: the hook is running
                }
            }
            crawlPrinter.done();
            for (Crawler.SiteFailure f : result.failures()) {
                err.println("the crawl of " + f.site() + " stopped: " + f.cause());
            }
            out.println(sourcesLine(result.states()));
            out.flush();
            RunId runId = RunId.next();
            RunPrinter printer = new RunPrinter(out, err, !quiet, !quiet && System.console() != null,
                    System::nanoTime);
            RunSummary summary = new LocalRunner(workdir, WorkdirOcr.standardIngest(WorkdirOcr.of(workdir)), threads, runId)
                    .runInputs(result.documents(), printer);
            int code = printer.summary(summary, workdir, new InputScan(List.of(), List.of()), runId);
            return result.failures().isEmpty() ? code : ExitCodes.SOME_FAILED;
        } catch (IOException e) {
            err.println(WorkdirOptions.whyNot(dir, e));
            err.flush();
            return WorkdirOptions.exitCode(e);
        }
    }

    /** {@code "sources: 12 document, 3 page, 2 failed, 1 robots, 1 off-site, 4 not-wanted (W/acquire.db)"}. */
    static String sourcesLine(Map<SourceState, Integer> states) {
        return "sources: " + java.util.Arrays.stream(SourceState.values()).filter(states::containsKey)
                .map(s -> states.get(s) + " " + s.value()).collect(Collectors.joining(", "));
    }
}
