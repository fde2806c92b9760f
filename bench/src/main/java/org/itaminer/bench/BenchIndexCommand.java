package org.itaminer.bench;

import org.itaminer.pipeline.store.Folders;
import org.itaminer.pipeline.Inputs;
import org.itaminer.cli.ExitCodes;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.itaminer.extract.Extraction;
import org.itaminer.model.report.Report;
import org.itaminer.model.report.Source;
import org.itaminer.bench.IndexBenchmark;
import org.itaminer.bench.SyntheticCorpus;
import org.itaminer.ingest.Ingest;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.pipeline.store.ContentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code itaminer bench-index}: the measures of a corpus (extracted here) recombined into N synthetic measures over
 * invented agencies, indexed into a temporary folder; prints the indexing rate, the index size per measure and the
 * search latency p50/p99 over a fixed query mix after a warm-up.
 */
@Command(name = "bench-index", mixinStandardHelpOptions = true,
        description = "Benchmark the search index: N synthetic measures recombined from the corpus's measures over "
                + "invented agencies (seeded), indexed into a temporary folder; then a fixed mix of searches (Thai "
                + "words and phrases, abbreviations, digits, filters, facets) timed after a warm-up. "
                + "Targets on 2 cores: >= 10,000 measures/s, p99 <= 50 ms.",
        footer = {"", "Examples:", "  itaminer bench-index                         # samples/, 1,000,000 measures",
            "  itaminer bench-index --measures 100000 --threads 2",
            "  itaminer bench-index docs/ --keep --folder /tmp/bench-index", ExitCodes.HELP})
public final class BenchIndexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SyntheticMeasuresOptions measuresFrom;

    @Option(names = "--warmup", paramLabel = "ROUNDS", defaultValue = "20",
            description = "Rounds of the query mix before timing (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--rounds", defaultValue = "50",
            description = "Timed rounds of the query mix (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--folder", paramLabel = "DIR",
            description = "Index folder (default: a new temporary folder, deleted afterwards).")
    Path folder;

    @Option(names = "--keep", description = "Keep the index folder afterwards.")
    boolean keep;

    @Option(names = "--no-baseline", negatable = true, defaultValue = "true",
            description = "Also index the same measures with plain Lucene (StandardAnalyzer, one text field) in this "
                    + "run, and print itaminer's indexing rate as a ratio of that (default: on).")
    boolean baseline;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        IndexBenchmark.Settings settings;
        try {
            settings = new IndexBenchmark.Settings(measuresFrom.measures, measuresFrom.threads, warmup, rounds);
        } catch (IllegalArgumentException e) {
            err.println("bad option: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        List<Report> samples = extract(measuresFrom.corpus, err);
        if (samples.stream().allMatch(r -> r.measures().isEmpty())) {
            err.println("no measures in the documents of " + measuresFrom.corpus);
            return ExitCodes.USAGE;
        }
        SyntheticCorpus synthetic = new SyntheticCorpus(measuresFrom.seed, samples);
        Path dir = folder != null ? folder : Files.createTempDirectory("itaminer-bench-index");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                if (files.findAny().isPresent()) {
                    err.println("the index folder " + dir + " is not empty");
                    return ExitCodes.USAGE;
                }
            }
        }
        out.printf(Locale.ROOT, "bench-index: %,d synthetic measures recombined from %d measures of %d documents "
                        + "in %s; seed %d; %d indexing threads; %d cores; load average %.2f%n",
                measuresFrom.measures, synthetic.poolSize(), samples.size(), measuresFrom.corpus, measuresFrom.seed, measuresFrom.threads,
                Runtime.getRuntime().availableProcessors(), loadAverage());
        out.flush();
        try {
            IndexBenchmark.Result r = IndexBenchmark.run(synthetic, dir, settings);
            out.printf(Locale.ROOT, "indexed %,d measures (%,d reports) in %.1f s: %,.0f measures/s (target >= 10,000)%n",
                    r.measures(), r.reports(), r.indexSeconds(), r.measuresPerSecond());
            out.printf(Locale.ROOT, "indexing CPU: %.1f s in the indexing threads, %,.0f measures per CPU-second "
                    + "(merges in Lucene's own threads not counted)%n", r.indexCpuSeconds(), r.measuresPerCpuSecond());
            if (baseline) {
                Path plain = Files.createTempDirectory("itaminer-bench-baseline");
                try {
                    IndexBenchmark.Baseline b = IndexBenchmark.baseline(synthetic, plain, settings);
                    out.printf(Locale.ROOT, "baseline, same measures, plain Lucene (StandardAnalyzer, one text field, "
                                    + "no Thai segmentation): %,.0f measures/s, %,.0f per CPU-second; itaminer / "
                                    + "baseline: %.2f (wall), %.2f (CPU)%n", b.measuresPerSecond(),
                            b.measuresPerCpuSecond(), r.measuresPerSecond() / b.measuresPerSecond(),
                            r.measuresPerCpuSecond() / b.measuresPerCpuSecond());
                } finally {
                    Folders.deleteTree(plain);
                }
            }
            out.printf(Locale.ROOT, "index size: %,.1f MiB, %,.0f bytes per measure (%d segments)%n",
                    r.bytes() / 1048576.0, r.bytesPerMeasure(), r.segments());
            out.printf(Locale.ROOT, "search: %d queries x %d rounds after %d warm-up rounds: p50 %.1f ms, p99 %.1f ms "
                            + "(target <= 50), max %.1f ms%n", IndexBenchmark.QUERY_MIX.size(), rounds, warmup,
                    r.latencyPercentileMs(50), r.latencyPercentileMs(99), r.latencyPercentileMs(100));
            out.printf(Locale.ROOT, "slowest query: %s%n", r.slowest());
            out.printf(Locale.ROOT, "load average at the end: %.2f; max heap %,.0f MiB%n", loadAverage(),
                    Runtime.getRuntime().maxMemory() / 1048576.0);
        } finally {
            if (!keep) {
                Folders.deleteTree(dir);
            } else {
                out.println("index kept in " + dir);
            }
            out.flush();
        }
        return ExitCodes.OK;
    }

    /** The reports of the documents under {@code corpus}; a document that fails is named on {@code err}, skipped. */
    static List<Report> extract(Path corpus, PrintWriter err) throws Exception {
        List<Report> reports = new ArrayList<>();
        Ingest ingest = Ingest.standard();
        for (Path p : Inputs.expand(List.of(corpus))) {
            try {
                LayoutDocument layout = ingest.read(p);
                Source source = new Source(p.toUri().toString(), p.getFileName().toString(), ContentStore.sha256(p),
                        layout.mediaType(), layout.pages().size(), layout.textSource().value());
                reports.add(Extraction.extract(layout, source));
            } catch (Exception e) {
                err.println("skipped " + p + ": " + e.getMessage());
            }
        }
        return reports;
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
