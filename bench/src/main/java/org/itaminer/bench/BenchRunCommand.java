package org.itaminer.bench;

import org.itaminer.pipeline.store.Folders;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.itaminer.cli.ExitCodes;
import org.itaminer.ingest.Format;
import org.itaminer.ingest.Ingest;
import org.itaminer.pipeline.Inputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code itaminer bench-run}: whether {@code run} holds its memory bounded. It runs the whole pipeline
 * (store, ingest, extract, index as it goes) on a small and on a large batch of distinct text documents and
 * prints each one's live-heap peak and their ratio: a run that kept every report until the end would show a
 * ratio near large/small; a bounded one stays near 1.
 */
@Command(name = "bench-run", mixinStandardHelpOptions = true,
        description = "Peak live heap of `run` on a small and a large batch of distinct text documents, and their ratio.",
        footer = {"", "Examples:", "  itaminer bench-run                              # samples/, 200 vs 2000 documents",
            "  itaminer bench-run MY_TEXT_DOCS/ --small 500 --large 5000",
            "", "The target: the large batch's peak within 20 % of the small one's (ratio <= 1.20)."})
public final class BenchRunCommand implements Callable<Integer> {

    /** The bounded-memory target: the large batch's live peak at most this much above the small one's. */
    static final double TARGET_RATIO = 1.20;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CORPUS", arity = "0..1", description = "Folder of text-form documents (default: samples).")
    Path corpus = Path.of("samples");

    @Option(names = "--small", defaultValue = "200", description = "Documents in the small batch (default: ${DEFAULT-VALUE}).")
    int small;

    @Option(names = "--large", defaultValue = "2000", description = "Documents in the large batch (default: ${DEFAULT-VALUE}).")
    int large;

    @Option(names = "--sample-ms", defaultValue = "500",
            description = "Milliseconds between live-heap samples (a full collection each; default: ${DEFAULT-VALUE}).")
    long sampleMillis;

    @Option(names = "--threads", description = "Documents processed at once (default: the cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--keep", paramLabel = "DIR", description = "Write the batches and workdirs here and keep them "
            + "(default: a temporary folder, deleted after).")
    Path keep;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<byte[]> texts = new ArrayList<>();
        for (Path p : Inputs.expand(List.of(corpus))) {
            if (Ingest.detect(p) == Format.TEXT) {
                texts.add(Files.readAllBytes(p));
            }
        }
        if (texts.isEmpty() || small < 1 || large < small) {
            spec.commandLine().getErr().println(texts.isEmpty() ? "no text-form documents in " + corpus
                    : "--small must be at least 1 and --large at least --small");
            return ExitCodes.USAGE;
        }
        Path root = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("itaminer-bench-run");
        try {
            RunHeapBench bench = new RunHeapBench(sampleMillis, threads);
            out.printf(Locale.ROOT, "corpus: %d text documents from %s; max heap %.0f MiB; %d threads%n",
                    texts.size(), corpus, Runtime.getRuntime().maxMemory() / 1048576.0, threads);
            // a short run first, so that class loading and the JIT do not count for the small batch alone
            measure(bench, texts, Math.min(small, 20), root.resolve("warm-up"));
            RunHeapBench.Measured s = measure(bench, texts, small, root.resolve("small"));
            print(out, s);
            RunHeapBench.Measured l = measure(bench, texts, large, root.resolve("large"));
            print(out, l);
            if (s.exitCode() != ExitCodes.OK || l.exitCode() != ExitCodes.OK) {
                spec.commandLine().getErr().println("a run did not finish cleanly (exit " + s.exitCode() + ", "
                        + l.exitCode() + "); its workdir: " + root);
                return ExitCodes.FAILURE;
            }
            double ratio = l.livePeakBytes() / (double) s.livePeakBytes();
            out.printf(Locale.ROOT, "ratio of live heap peaks, %d / %d documents: %.2f (target <= %.2f)%n",
                    large, small, ratio, TARGET_RATIO);
            out.flush();
            return ExitCodes.OK;
        } finally {
            if (keep == null) {
                Folders.deleteTree(root);
            }
        }
    }

    private static RunHeapBench.Measured measure(RunHeapBench bench, List<byte[]> texts, int count, Path dir)
            throws IOException, InterruptedException {
        RunHeapBench.writeDistinct(texts, count, dir.resolve("docs"));
        return bench.run(dir.resolve("docs"), dir.resolve("work"), count);
    }

    private static void print(PrintWriter out, RunHeapBench.Measured m) {
        out.printf(Locale.ROOT, "run on %d documents: %.1f s (%.0f documents/s), live heap peak %.1f MiB (%d samples)%n",
                m.documents(), m.seconds(), m.documents() / m.seconds(), m.livePeakMiB(), m.samples());
        out.flush();
    }
}
