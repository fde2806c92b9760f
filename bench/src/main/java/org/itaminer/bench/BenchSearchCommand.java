package org.itaminer.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.itaminer.cli.ExitCodes;
import org.itaminer.model.report.Report;
import org.itaminer.pipeline.store.Folders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code itaminer bench-search}: the server-side time of a search page ({@link SearchPageBenchmark}) on N synthetic
 * measures (made as {@code bench-index} makes them), or on an index kept by an earlier run; prints p50/p95/p99 of
 * all pages and p95 by kind of query.
 */
@Command(name = "bench-search", mixinStandardHelpOptions = true,
        description = "Benchmark a search page (query + facet counts + the first 20 hits with highlighted snippets, "
                + "as the web UI asks for it) over a mix of unspaced and spaced Thai queries, quoted phrases and "
                + "filters, on N synthetic measures (built as bench-index builds them) or on a kept index. "
                + "Target: p95 <= 150 ms at 1,000,000 measures.",
        footer = {"", "Examples:", "  itaminer bench-search                             # samples/, 1,000,000 measures",
            "  itaminer bench-index --keep --folder /tmp/idx && itaminer bench-search --index /tmp/idx",
            ExitCodes.HELP})
public final class BenchSearchCommand implements Callable<Integer> {

    /** The target p95 of a page at a million measures, in ms. */
    static final double TARGET_P95_MS = 150;

    @Spec
    CommandSpec spec;

    @Mixin
    SyntheticMeasuresOptions measuresFrom;

    @Option(names = "--index", paramLabel = "DIR",
            description = "Time pages on this existing index (kept by bench-index --keep) instead of building one.")
    Path index;

    @Option(names = "--warmup", paramLabel = "ROUNDS", defaultValue = "10",
            description = "Rounds of the mix before timing (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--rounds", defaultValue = "30",
            description = "Timed rounds of the mix (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (rounds < 1 || warmup < 0) {
            err.println("bad option: --rounds must be >= 1 and --warmup >= 0");
            return ExitCodes.USAGE;
        }
        Path dir = index;
        boolean built = false;
        if (dir == null) {
            IndexBenchmark.Settings settings;
            try {
                settings = new IndexBenchmark.Settings(measuresFrom.measures, measuresFrom.threads, 0, 1);
            } catch (IllegalArgumentException e) {
                err.println("bad option: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            List<Report> samples = BenchIndexCommand.extract(measuresFrom.corpus, err);
            if (samples.stream().allMatch(r -> r.measures().isEmpty())) {
                err.println("no measures in the documents of " + measuresFrom.corpus);
                return ExitCodes.USAGE;
            }
            dir = Files.createTempDirectory("itaminer-bench-search");
            built = true;
            long start = System.nanoTime();
            IndexBenchmark.index(new SyntheticCorpus(measuresFrom.seed, samples), dir, settings);
            out.printf(Locale.ROOT, "bench-search: indexed %,d synthetic measures from %s (seed %d) in %.0f s%n",
                    measuresFrom.measures, measuresFrom.corpus, measuresFrom.seed, (System.nanoTime() - start) / 1e9);
        } else if (!Files.isDirectory(dir)) {
            err.println("no index folder " + dir);
            return ExitCodes.USAGE;
        }
        try {
            double loadBefore = BenchIndexCommand.loadAverage();
            SearchPageBenchmark.Result r = SearchPageBenchmark.run(dir, warmup, rounds);
            out.printf(Locale.ROOT, "search page (query + facet counts + first %d hits with snippets), %d requests x "
                            + "%d rounds after %d warm-up rounds, one at a time; load average %.2f before, %.2f after%n",
                    SearchPageBenchmark.PAGE, SearchPageBenchmark.MIX.size(), rounds, warmup, loadBefore,
                    BenchIndexCommand.loadAverage());
            out.printf(Locale.ROOT, "all pages: p50 %.1f ms, p95 %.1f ms (target <= %.0f), p99 %.1f ms, max %.1f ms%n",
                    r.percentileMs(50), r.percentileMs(95), TARGET_P95_MS, r.percentileMs(99), r.percentileMs(100));
            r.byClass().forEach((kind, v) -> out.printf(Locale.ROOT, "  %-17s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms%n",
                    kind, SearchPageBenchmark.Result.percentile(v, 50), SearchPageBenchmark.Result.percentile(v, 95),
                    SearchPageBenchmark.Result.percentile(v, 99)));
            out.printf(Locale.ROOT, "slowest request: %s%n", r.slowest());
        } finally {
            if (built) {
                Folders.deleteTree(dir);
            }
            out.flush();
        }
        return ExitCodes.OK;
    }
}
