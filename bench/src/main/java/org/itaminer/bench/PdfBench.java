package org.itaminer.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.itaminer.extract.Extraction;
import org.itaminer.ingest.IngestException;
import org.itaminer.ingest.pdf.PdfReader;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.report.Source;

/**
 * The PDF half of {@code itaminer bench}: pages per second of the whole PDF path (PDFBox glyphs and
 * rulings → lines, lattice and stream tables, page classification, Thai repair → extraction to a
 * report) next to PDFBox's plain {@link PDFTextStripper} on the same files, and of the reading alone
 * (the layout model, without extraction). The reading is what compares with the stripper: both turn a PDF
 * into text; extracting a report from it is the same work for every input form (the text-form bench
 * measures it) and the stripper does nothing like it. Each round times the three on the same files, in turn, in an
 * order that alternates from round to round, so that all see the same machine load; the ratio of the
 * medians is the result.
 *
 * <p>Two clocks: wall time, and the CPU time of the threads that did the work (summed over the files).
 * On a machine that other processes share, wall time counts their work too; CPU time counts only ours,
 * so its ratio is the steadier one. Both sides are credited with the same pages, the stripper's count,
 * so a file the path refuses costs its time without changing the page count.
 */
final class PdfBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final List<Path> files;
    private final int threads;
    private final PrintWriter out;

    PdfBench(List<Path> files, int threads, PrintWriter out) {
        this.files = List.copyOf(files);
        this.threads = threads;
        this.out = out;
    }

    /** What one timed pass over the corpus took. */
    record Timing(long pages, double wallSeconds, double cpuSeconds) {
        double pagesPerSecond() {
            return pages / wallSeconds;
        }

        double pagesPerCpuSecond() {
            return pages / cpuSeconds;
        }
    }

    /** One side of the comparison. */
    private enum Work {
        STRIPPER("PDFTextStripper", PdfBench::strip),
        READ("itaminer read", PdfBench::read),
        PATH("itaminer PDF path", PdfBench::readAndExtract);

        final String label;
        final Consumer<Path> task;

        Work(String label, Consumer<Path> task) {
            this.label = label;
            this.task = task;
        }
    }

    /**
     * Runs {@code warmups} unmeasured and {@code rounds} measured rounds; returns the reading's speed over
     * the stripper's (both turn a PDF into text), the ratio of the medians of pages per CPU-second.
     */
    double run(int warmups, int rounds) throws Exception {
        List<Path> readable = new ArrayList<>();
        List<Integer> pageCounts = new ArrayList<>();
        for (Path f : files) {
            int n = stripperPages(f);
            if (n < 0) {
                out.printf(Locale.ROOT, "skipped (PDFBox cannot open it): %s%n", f.getFileName());
                continue;
            }
            readable.add(f);
            pageCounts.add(n);
        }
        long pages = pageCounts.stream().mapToLong(Integer::longValue).sum();
        out.printf(Locale.ROOT, "corpus: %d PDFs, %d pages, %d threads, %d rounds after %d warm-up rounds; "
                + "CPU time %s%n", readable.size(), pages, threads, rounds, warmups,
                cpuTimeSupported() ? "measured per thread" : "not available (wall time only)");
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Work[] works = Work.values();
            for (int w = 0; w < warmups; w++) {
                for (Work work : works) {
                    time(pool, readable, pages, work);
                }
            }
            Timing[][] timings = new Timing[works.length][rounds];
            for (int r = 0; r < rounds; r++) {
                for (int k = 0; k < works.length; k++) {
                    int i = r % 2 == 0 ? k : works.length - 1 - k; // alternate the order
                    timings[i][r] = time(pool, readable, pages, works[i]);
                }
                out.printf(Locale.ROOT, "round %d: %s; read/stripper %.2f wall, %.2f CPU; path/stripper %.2f CPU%n", r + 1,
                        line(works, timings, r), timings[1][r].pagesPerSecond() / timings[0][r].pagesPerSecond(),
                        cpu(timings[1][r]) / cpu(timings[0][r]), cpu(timings[2][r]) / cpu(timings[0][r]));
            }
            double[] wall = new double[works.length];
            double[] cpu = new double[works.length];
            double[] roundRatios = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                roundRatios[r] = cpu(timings[2][r]) / cpu(timings[0][r]);
            }
            for (int k = 0; k < works.length; k++) {
                double[] w = new double[rounds];
                double[] c = new double[rounds];
                for (int r = 0; r < rounds; r++) {
                    w[r] = timings[k][r].pagesPerSecond();
                    c[r] = cpu(timings[k][r]);
                }
                wall[k] = Measures.median(w);
                cpu[k] = Measures.median(c);
            }
            out.printf(Locale.ROOT, "median pages/s (wall): PDFTextStripper %.1f; itaminer read %.1f (ratio %.2f); "
                    + "itaminer PDF path %.1f (ratio %.2f)%n", wall[0], wall[1], wall[1] / wall[0], wall[2], wall[2] / wall[0]);
            double[] readRatios = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                readRatios[r] = cpu(timings[1][r]) / cpu(timings[0][r]);
            }
            double ratio = cpu[1] / cpu[0];
            out.printf(Locale.ROOT, "median pages per CPU-second: PDFTextStripper %.1f; itaminer read (PDF to the layout "
                    + "model: glyphs, rulings, tables, classification, repair, damage checks) %.1f, ratio %.2f, median of "
                    + "the rounds' ratios %.2f (target >= 0.8); itaminer PDF path (read + extract a report, work the "
                    + "stripper has no counterpart for) %.1f, ratio %.2f, median of the rounds' ratios %.2f%n",
                    cpu[0], cpu[1], ratio, Measures.median(readRatios), cpu[2], cpu[2] / cpu[0], Measures.median(roundRatios));
            return ratio;
        } finally {
            pool.shutdown();
        }
    }

    private static String line(Work[] works, Timing[][] timings, int r) {
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < works.length; k++) {
            parts.add(String.format(Locale.ROOT, "%s %.1f pages/s (%.1f per CPU-s)", works[k].label,
                    timings[k][r].pagesPerSecond(), cpu(timings[k][r])));
        }
        return String.join(", ", parts);
    }

    /** Pages per CPU-second, or per wall second where the JVM cannot measure a thread's CPU time. */
    private static double cpu(Timing t) {
        return t.cpuSeconds() > 0 ? t.pagesPerCpuSecond() : t.pagesPerSecond();
    }

    /** One pass over all files, one file per task; each task adds the CPU time its thread spent on it. */
    private Timing time(ExecutorService pool, List<Path> pdfs, long pages, Work work) throws Exception {
        long start = System.nanoTime();
        List<Future<Long>> futures = new ArrayList<>();
        for (Path f : pdfs) {
            futures.add(pool.submit(() -> {
                long cpu0 = threadCpuNanos();
                work.task.accept(f);
                return threadCpuNanos() - cpu0;
            }));
        }
        long cpu = 0;
        for (Future<Long> future : futures) {
            cpu += future.get();
        }
        return new Timing(pages, (System.nanoTime() - start) / 1e9, cpuTimeSupported() ? cpu / 1e9 : 0);
    }

    private static boolean cpuTimeSupported() {
        return THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();
    }

    private static long threadCpuNanos() {
        return cpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    /** Plain PDFBox text extraction, as a user without itaminer would run it; -1 when the file does not open. */
    static int stripperPages(Path file) {
        try (PDDocument doc = Loader.loadPDF(file.toFile(), "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.getText(doc);
            return doc.getNumberOfPages();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static void strip(Path file) {
        stripperPages(file);
    }

    /** The reading alone: the PDF into the layout model. */
    private static void read(Path file) {
        try {
            new PdfReader().read(file);
        } catch (IngestException e) {
            // refused (damaged, too large): its time counts, as it would for a user
        }
    }

    /** The whole PDF path: read into the layout model, then extract a report. */
    private static void readAndExtract(Path file) {
        try {
            LayoutDocument layout = new PdfReader().read(file);
            Source source = new Source(file.toUri().toString(), file.getFileName().toString(), "0".repeat(64),
                    layout.mediaType(), layout.pages().size(), layout.textSource().value());
            Extraction.extract(layout, source);
        } catch (IngestException e) {
            // refused (damaged, too large): its time counts, as it would for a user
        }
    }

}
