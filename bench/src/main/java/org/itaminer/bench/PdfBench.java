package org.itaminer.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToIntFunction;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.itaminer.extract.Extraction;
import org.itaminer.model.report.Source;
import org.itaminer.ingest.IngestException;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.ingest.pdf.PdfReader;

/**
 * The PDF half of {@code itaminer bench}: pages per second of the whole PDF path (PDFBox glyphs and
 * rulings → lines, lattice and stream tables, page classification, Thai repair → extraction to a
 * report) next to PDFBox's plain {@link PDFTextStripper} on the same files. Rounds alternate the two
 * (stripper, then pipeline) so both see the same machine load, which on a shared machine matters more
 * than either absolute figure; the ratio of the medians is the result.
 */
final class PdfBench {

    private final List<Path> files;
    private final int threads;
    private final PrintWriter out;

    PdfBench(List<Path> files, int threads, PrintWriter out) {
        this.files = List.copyOf(files);
        this.threads = threads;
        this.out = out;
    }

    /** Runs one warm-up and {@code rounds} measured rounds; returns the pipeline/stripper ratio of the medians. */
    double run(int rounds) throws Exception {
        List<Path> readable = new ArrayList<>();
        int pages = 0;
        for (Path f : files) {
            int n = stripperPages(f);
            if (n < 0) {
                out.printf(Locale.ROOT, "skipped (PDFBox cannot open it): %s%n", f.getFileName());
                continue;
            }
            readable.add(f);
            pages += n;
        }
        out.printf(Locale.ROOT, "corpus: %d PDFs, %d pages, %d threads, %d rounds after a warm-up%n",
                readable.size(), pages, threads, rounds);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            time(pool, readable, PdfBench::stripperPages);
            time(pool, readable, PdfBench::pipelinePages);
            double[] plain = new double[rounds];
            double[] full = new double[rounds];
            double[] ratios = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                plain[r] = time(pool, readable, PdfBench::stripperPages);
                full[r] = time(pool, readable, PdfBench::pipelinePages);
                ratios[r] = full[r] / plain[r];
                out.printf(Locale.ROOT, "round %d: PDFTextStripper %.1f pages/s, itaminer PDF path %.1f pages/s, ratio %.2f%n",
                        r + 1, plain[r], full[r], ratios[r]);
            }
            double ratio = median(full) / median(plain);
            out.printf(Locale.ROOT, "median: PDFTextStripper %.1f pages/s; itaminer PDF path (read, tables, "
                    + "classification, repair, extract) %.1f pages/s; ratio %.2f, median of the rounds' ratios %.2f "
                    + "(target >= 0.5)%n", median(plain), median(full), ratio, median(ratios));
            return ratio;
        } finally {
            pool.shutdown();
        }
    }

    /** Pages per second over all files, one file per task. */
    private double time(ExecutorService pool, List<Path> pdfs, ToIntFunction<Path> work) throws Exception {
        long start = System.nanoTime();
        List<Future<Integer>> futures = new ArrayList<>();
        for (Path f : pdfs) {
            futures.add(pool.submit(() -> work.applyAsInt(f)));
        }
        long pages = 0;
        for (Future<Integer> future : futures) {
            pages += Math.max(0, future.get());
        }
        return pages / ((System.nanoTime() - start) / 1e9);
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

    /** The whole PDF path: read into the layout model, then extract a report. */
    static int pipelinePages(Path file) {
        try {
            LayoutDocument layout = new PdfReader().read(file);
            Source source = new Source(file.toUri().toString(), file.getFileName().toString(), "0".repeat(64),
                    layout.mediaType(), layout.pages().size(), layout.textSource().value());
            Extraction.extract(layout, source);
            return layout.pages().size();
        } catch (IngestException e) {
            return -1;
        }
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
