package org.itaminer.bench;

import org.itaminer.pipeline.Inputs;
import org.itaminer.cli.ExitCodes;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.itaminer.extract.Extraction;
import org.itaminer.model.report.Report;
import org.itaminer.model.report.Source;
import org.itaminer.ingest.Ingest;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.ingest.text.TextFormReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code itaminer bench}: the text-form path (read + extract) over a corpus replicated to many
 * documents, in memory, so disk speed does not count. Prints documents/s per round, the median, the
 * ratio to reading alone measured in the same run, and the peak heap. With {@code --pdf DIR}: pages/s
 * of the whole PDF path next to PDFBox's plain text stripper on the same files ({@link PdfBench}).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark the text-form pipeline: a corpus of text documents replicated to N documents.",
        footer = {"", "Examples:", "  itaminer bench                        # samples/, 10000 documents, 3 rounds",
            "  itaminer bench MY_TEXT_DOCS/ --documents 20000",
            "  itaminer bench --pdf DIR --rounds 5         # PDF path vs PDFTextStripper, pages/s, pages/CPU-s, ratios",
            "  itaminer bench --ocr DIR                    # OCR vs bare tesseract, CER, 2 workers, memory (bench-ocr)"})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CORPUS", arity = "0..1", description = "Folder of text-form documents (default: samples).")
    Path corpus = Path.of("samples");

    @Option(names = "--documents", defaultValue = "10000", description = "Documents per round (default: ${DEFAULT-VALUE}).")
    int documents;

    @Option(names = "--rounds", defaultValue = "3", description = "Measured rounds after one warm-up (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", defaultValue = "2", description = "With --pdf: unmeasured rounds first, so the JIT "
            + "has compiled both sides (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--threads", description = "Threads (default: the cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--pdf", paramLabel = "DIR", description = "Benchmark the PDF path on the PDFs under DIR instead.")
    Path pdfDir;

    @Option(names = "--ocr", paramLabel = "DIR", description = "Benchmark OCR on the NAME.scan.pdf/NAME.pdf pairs "
            + "under DIR instead: the same as bench-ocr DIR (10 pages, tha+eng and tha; bench-ocr takes --pages and "
            + "--model).")
    Path ocrDir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (ocrDir != null) {
            BenchOcrCommand ocr = new BenchOcrCommand();
            ocr.spec = spec;
            ocr.dir = ocrDir;
            return ocr.call();
        }
        if (pdfDir != null) {
            List<Path> pdfs = new ArrayList<>();
            for (Path p : Inputs.expand(List.of(pdfDir))) {
                if (Ingest.detect(p) == org.itaminer.ingest.Format.PDF) {
                    pdfs.add(p);
                }
            }
            if (pdfs.isEmpty()) {
                spec.commandLine().getErr().println("no PDFs in " + pdfDir);
                return ExitCodes.USAGE;
            }
            new PdfBench(pdfs, threads, out).run(warmup, rounds);
            out.printf(Locale.ROOT, "peak heap: %.0f MiB (max heap %.0f MiB)%n", Measures.peakHeapMiB(),
                    Runtime.getRuntime().maxMemory() / 1048576.0);
            out.flush();
            return ExitCodes.OK;
        }
        List<byte[]> texts = new ArrayList<>();
        for (Path p : Inputs.expand(List.of(corpus))) {
            if (Ingest.detect(p) == org.itaminer.ingest.Format.TEXT) {
                texts.add(Files.readAllBytes(p));
            }
        }
        if (texts.isEmpty()) {
            spec.commandLine().getErr().println("no text-form documents in " + corpus);
            return ExitCodes.USAGE;
        }
        out.printf(Locale.ROOT, "corpus: %d text documents from %s, replicated to %d per round, %d threads%n",
                texts.size(), corpus, documents, threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            round(pool, texts, false); // warm-up
            round(pool, texts, true);
            double[] readOnly = new double[rounds];
            double[] full = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                readOnly[r] = round(pool, texts, false);
                full[r] = round(pool, texts, true);
                out.printf(Locale.ROOT, "round %d: read %.0f docs/s, read+extract %.0f docs/s%n", r + 1, readOnly[r], full[r]);
            }
            double medRead = Measures.median(readOnly);
            double medFull = Measures.median(full);
            out.printf(Locale.ROOT, "median: read+extract %.0f documents/s (target >= 500); read alone %.0f documents/s; "
                    + "ratio %.2f%n", medFull, medRead, medFull / medRead);
            out.printf(Locale.ROOT, "peak heap: %.0f MiB (max heap %.0f MiB)%n", Measures.peakHeapMiB(),
                    Runtime.getRuntime().maxMemory() / 1048576.0);
        } finally {
            pool.shutdown();
        }
        return ExitCodes.OK;
    }

    private double round(ExecutorService pool, List<byte[]> texts, boolean extract) throws Exception {
        TextFormReader reader = new TextFormReader();
        AtomicLong measures = new AtomicLong();
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        int perTask = 50;
        for (int from = 0; from < documents; from += perTask) {
            int begin = from;
            int end = Math.min(documents, from + perTask);
            futures.add(pool.submit(() -> {
                for (int i = begin; i < end; i++) {
                    byte[] bytes = texts.get(i % texts.size());
                    LayoutDocument layout = reader.read(bytes);
                    if (extract) {
                        Source source = new Source("bench:" + i, "bench-" + i + ".txt", "0".repeat(64),
                                layout.mediaType(), layout.pages().size(), layout.textSource().value());
                        Report report = Extraction.extract(layout, source);
                        measures.addAndGet(report.measures().size());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return documents / seconds;
    }


}
