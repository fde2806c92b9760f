package org.itaminer.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.itaminer.ingest.ocr.Ocr;
import org.itaminer.ingest.ocr.OcrSettings;
import org.itaminer.ingest.ocr.PageImage;
import org.itaminer.ingest.ocr.Tess4jEngine;
import org.itaminer.ingest.pdf.PdfPageImages;
import org.itaminer.ingest.pdf.PdfReader;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.TextLayer;

/**
 * OCR measured on the page images of scans that have a text-layer twin (NAME.scan.pdf beside NAME.pdf), all in one
 * run: seconds per page of the pipeline's OCR (rulings, engine, Thai digits, layout) and of the bare
 * {@code tesseract} command with the same model on the same image; the character error rate of each against the
 * text layer of the same page (white space ignored); the speed-up of 2 workers over 1; peak memory.
 */
final class OcrBench {

    private static final TextLayer SCANNED = new TextLayer(TextLayer.Quality.NO_TEXT, "bench");

    /** One page to read, with the text its twin's text layer holds. */
    record Sample(String name, int number, PageImage image, String truth) {
    }

    private final PrintWriter out;
    private final Path temp;

    OcrBench(PrintWriter out, Path temp) {
        this.out = out;
        this.temp = temp;
    }

    /** Where a sample's page image comes from: a pair's scan, or its text-layer twin rendered. */
    interface ImageSource {
        List<PageImage> pages(Path[] pair, int max) throws IOException;
    }

    /** The scan's page images, as the reader takes them. */
    static final ImageSource SCANS = (pair, max) -> PdfPageImages.of(pair[0], max);

    /** The text-layer twin rendered at {@code dpi}, as the reader renders a page that is not one scanned image. */
    static ImageSource rendered(int dpi) {
        return (pair, max) -> PdfPageImages.rendered(pair[1], max, dpi);
    }

    /** The first pages of the pairs' scans, up to {@code max} in all. */
    static List<Sample> samples(List<Path[]> pairs, int max) throws Exception {
        return samples(pairs, max, SCANS);
    }

    /** The first pages of the pairs, up to {@code max} in all, their images from {@code source}. */
    static List<Sample> samples(List<Path[]> pairs, int max, ImageSource source) throws Exception {
        List<Sample> samples = new ArrayList<>();
        PdfReader textLayer = PdfReader.textLayerOnly();
        for (Path[] pair : pairs) {
            if (samples.size() >= max) {
                break;
            }
            LayoutDocument truth = textLayer.read(pair[1]);
            List<PageImage> images = source.pages(pair, max - samples.size());
            for (int i = 0; i < images.size() && i < truth.pages().size(); i++) {
                samples.add(new Sample(pair[0].getFileName().toString(), i + 1, images.get(i),
                        OcrDigitRecall.text(truth.pages().get(i))));
            }
        }
        return samples;
    }

    /** Measures and prints; returns the tha+eng pipeline-to-tesseract ratio of seconds per page. */
    double measure(List<Sample> samples, List<String> languages) throws Exception {
        out.printf(Locale.ROOT, "bench-ocr: %d pages, one at a time unless said; load average %.2f; %d cores%n",
                samples.size(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        out.println("model      pipeline s/page  tesseract s/page  ratio  CER pipeline  CER tesseract");
        OcrSettings base = OcrSettings.fromEnvironment();
        double firstRatio = Double.NaN;
        for (String language : languages) {
            OcrSettings settings = new OcrSettings(language, base.tessdata(), base.pageSegMode(), 2);
            Ocr ocr = new Ocr(settings, () -> new Tess4jEngine(settings), true);
            if (ocr.unavailable().isPresent()) {
                out.println(language + ": " + ocr.unavailable().get());
                continue;
            }
            Row row = row(ocr, samples);
            if (Double.isNaN(firstRatio)) {
                firstRatio = row.ratio();
            }
            out.printf(Locale.ROOT, "%-10s %15.2f  %16.2f  %5.2f  %12.3f  %13.3f%n", language, row.pipeline(),
                    row.bare(), row.ratio(), row.pipelineCer(), row.bareCer());
            if (language.equals(languages.get(0))) {
                workers(ocr, samples);
            }
        }
        out.printf(Locale.ROOT, "seconds per page are medians; the bare command loads its model for each page, "
                + "as a shell loop would; target: ratio <= 1.2%n");
        out.printf(Locale.ROOT, "peak memory: heap %.0f MiB, process %s%n", Measures.peakHeapMiB(), processPeak());
        out.flush();
        return firstRatio;
    }

    /**
     * The same pages rendered at each resolution, read with one model: which resolution the reader should render
     * pages at that are not one scanned image.
     */
    void resolutions(List<Path[]> pairs, int max, List<Integer> dpis, String language) throws Exception {
        out.printf(Locale.ROOT, "bench-ocr --render: up to %d pages of the text-layer PDFs rendered by PDFBox, model %s;"
                + " load average %.2f; %d cores%n", max, language,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        out.println("dpi   pages  pipeline s/page  tesseract s/page  ratio  CER pipeline  CER tesseract");
        OcrSettings base = OcrSettings.fromEnvironment();
        OcrSettings settings = new OcrSettings(language, base.tessdata(), base.pageSegMode(), 1);
        Ocr ocr = new Ocr(settings, () -> new Tess4jEngine(settings), true);
        if (ocr.unavailable().isPresent()) {
            out.println(language + ": " + ocr.unavailable().get());
            return;
        }
        for (int dpi : dpis) {
            List<Sample> samples = samples(pairs, max, rendered(dpi));
            Row row = row(ocr, samples);
            out.printf(Locale.ROOT, "%-5d %5d  %15.2f  %16.2f  %5.2f  %12.3f  %13.3f%n", dpi, samples.size(),
                    row.pipeline(), row.bare(), row.ratio(), row.pipelineCer(), row.bareCer());
        }
        out.printf(Locale.ROOT, "the reader renders at %d dpi; seconds per page are medians%n",
                PdfPageImages.renderDpi());
        out.flush();
    }

    /** Medians of seconds per page, and character error rates, of the pipeline and the bare command. */
    private record Row(double pipeline, double bare, double pipelineCer, double bareCer) {
        double ratio() {
            return pipeline / bare;
        }
    }

    private Row row(Ocr ocr, List<Sample> samples) throws Exception {
        List<Double> pipelineSeconds = new ArrayList<>();
        List<Double> bareSeconds = new ArrayList<>();
        long[] pipelineErrors = new long[2];
        long[] bareErrors = new long[2];
        for (Sample s : samples) {
            long t0 = System.nanoTime();
            Page page = ocr.read(s.number(), s.image(), SCANNED);
            pipelineSeconds.add((System.nanoTime() - t0) / 1e9);
            add(pipelineErrors, CharacterErrors.count(OcrDigitRecall.text(page), s.truth()));
            Bare bare = tesseract(s.image(), ocr.settings());
            bareSeconds.add(bare.seconds());
            add(bareErrors, CharacterErrors.count(bare.text(), s.truth()));
        }
        return new Row(Measures.median(pipelineSeconds.stream().mapToDouble(Double::doubleValue).toArray()),
                Measures.median(bareSeconds.stream().mapToDouble(Double::doubleValue).toArray()),
                rate(pipelineErrors), rate(bareErrors));
    }

    private void workers(Ocr ocr, List<Sample> samples) throws Exception {
        wall(ocr, samples.subList(0, Math.min(2, samples.size())), 2); // both engines made before timing
        double one = wall(ocr, samples, 1);
        double two = wall(ocr, samples, 2);
        out.printf(Locale.ROOT, "  %d pages with 1 worker %.1f s, with 2 workers %.1f s: speed-up %.2f "
                + "(target >= 1.7 on 2 cores)%n", samples.size(), one, two, one / two);
    }

    private static double wall(Ocr ocr, List<Sample> samples, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long t0 = System.nanoTime();
            List<Future<Page>> pages = new ArrayList<>();
            for (Sample s : samples) {
                pages.add(pool.submit(() -> ocr.read(s.number(), s.image(), SCANNED)));
            }
            for (Future<Page> f : pages) {
                f.get();
            }
            return (System.nanoTime() - t0) / 1e9;
        } finally {
            pool.shutdownNow();
        }
    }

    private record Bare(double seconds, String text) {
    }

    /** The bare command on the same image, one OpenMP thread, the same languages, mode and resolution. */
    private Bare tesseract(PageImage image, OcrSettings settings) throws IOException, InterruptedException {
        Path png = Files.createTempFile(temp, "page", ".png");
        Path base = Path.of(png.toString().replace(".png", ""));
        try {
            ImageIO.write(image.image(), "png", png.toFile());
            List<String> command = new ArrayList<>(List.of("tesseract", png.toString(), base.toString(), "-l",
                    settings.language(), "--psm", String.valueOf(settings.pageSegMode()), "--dpi",
                    String.valueOf(image.dpi())));
            settings.tessdata().ifPresent(d -> command.addAll(List.of("--tessdata-dir", d.toString())));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("OMP_THREAD_LIMIT", "1");
            long t0 = System.nanoTime();
            int code = builder.start().waitFor();
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (code != 0) {
                throw new IOException("tesseract exited with " + code + ": " + String.join(" ", command));
            }
            Path txt = Path.of(base + ".txt");
            String text = Files.readString(txt, StandardCharsets.UTF_8);
            Files.deleteIfExists(txt);
            return new Bare(seconds, text);
        } finally {
            Files.deleteIfExists(png);
        }
    }

    private static void add(long[] total, long[] one) {
        total[0] += one[0];
        total[1] += one[1];
    }

    private static double rate(long[] errors) {
        return errors[1] == 0 ? 0 : (double) errors[0] / errors[1];
    }



    /** The process's peak resident memory (Linux VmHWM), Tesseract's native memory included. */
    private static String processPeak() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return "(VmHWM) " + line.substring(6).strip();
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return "unknown";
    }
}
