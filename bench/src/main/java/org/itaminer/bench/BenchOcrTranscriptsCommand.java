package org.itaminer.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.itaminer.cli.ExitCodes;
import org.itaminer.ingest.Ingest;
import org.itaminer.ingest.IngestException;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Page;
import org.itaminer.pipeline.store.ContentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code itaminer bench-ocr-transcripts DIR}: what the pipeline reads from real scanned pages against what a person
 * typed from them ({@link Transcript}), for scans that have no text-layer twin. The documents are found in DIR by
 * their SHA-256, whatever their names.
 */
@Command(name = "bench-ocr-transcripts", mixinStandardHelpOptions = true,
        description = "Character error rate of the pipeline's reading of real scanned pages against transcriptions "
                + "typed by hand (bundled with the benchmarks, or --transcripts DIR); the documents are looked for "
                + "in DIR by SHA-256.",
        footer = {"", "Examples:", "  itaminer bench-ocr-transcripts ../shared/realdocs",
            "  itaminer bench-ocr-transcripts my-scans --transcripts my-transcripts"})
public final class BenchOcrTranscriptsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Folder (searched with its subfolders) holding the scanned documents.")
    Path dir;

    @Option(names = "--transcripts", paramLabel = "DIR", description = "Folder of transcripts (*.txt with '# sha256:' "
            + "and '# page:' lines, then the text) instead of the bundled ones.")
    Path transcripts;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir) || (transcripts != null && !Files.isDirectory(transcripts))) {
            err.println("bench-ocr-transcripts: not a folder: " + (Files.isDirectory(dir) ? transcripts : dir));
            return ExitCodes.USAGE;
        }
        List<Transcript> kept;
        try {
            kept = transcripts == null ? Transcript.bundled() : Transcript.in(transcripts);
        } catch (IllegalArgumentException e) {
            err.println("bench-ocr-transcripts: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Map<String, Path> found = documents(dir, kept.stream().map(Transcript::sha256).toList());
        out.printf(Locale.ROOT, "bench-ocr-transcripts: %d of %d transcribed pages found in %s; load average %.2f%n",
                kept.stream().filter(t -> found.containsKey(t.sha256())).count(), kept.size(), dir,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.println("transcript                      page  chars  errors    CER  confidence  seconds");
        Ingest ingest = Ingest.standard();
        long[] total = new long[2];
        for (Transcript t : kept) {
            Path file = found.get(t.sha256());
            if (file == null) {
                out.printf(Locale.ROOT, "%-30s  not found (%s)%n", t.name(), t.fileName());
                continue;
            }
            long t0 = System.nanoTime();
            LayoutDocument layout;
            try {
                layout = ingest.read(file);
            } catch (IngestException e) {
                out.printf(Locale.ROOT, "%-30s  %s: %s%n", t.name(), file.getFileName(), e.getMessage());
                continue;
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (t.page() > layout.pages().size()) {
                out.printf(Locale.ROOT, "%-30s  %s has %d pages, not %d%n", t.name(), file.getFileName(),
                        layout.pages().size(), t.page());
                continue;
            }
            Page page = layout.pages().get(t.page() - 1);
            long[] errors = CharacterErrors.count(OcrDigitRecall.text(page), t.text());
            total[0] += errors[0];
            total[1] += errors[1];
            out.printf(Locale.ROOT, "%-30s  %4d  %5d  %6d  %5.3f  %10s  %7.1f%n", t.name(), t.page(), errors[1],
                    errors[0], errors[1] == 0 ? 0.0 : (double) errors[0] / errors[1],
                    page.recognition().recognised()
                            ? String.format(Locale.ROOT, "%.1f", page.recognition().meanConfidence()) : "text layer",
                    seconds);
        }
        out.printf(Locale.ROOT, "all                                   %5d  %6d  %5.3f%n", total[1], total[0],
                total[1] == 0 ? 0.0 : (double) total[0] / total[1]);
        out.println("errors: edit distance with white space ignored; what each transcript leaves out is in its '# left"
                + " out:' line");
        out.flush();
        return ExitCodes.OK;
    }

    /** The files under {@code dir} whose SHA-256 is one of {@code wanted}, by SHA-256. */
    private static Map<String, Path> documents(Path dir, List<String> wanted) throws IOException {
        Map<String, Path> found = new HashMap<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        for (Path file : files) {
            String sha = ContentStore.sha256(file);
            if (wanted.contains(sha)) {
                found.putIfAbsent(sha, file);
            }
        }
        return found;
    }
}
