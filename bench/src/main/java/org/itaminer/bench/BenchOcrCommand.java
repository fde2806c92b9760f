package org.itaminer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.itaminer.cli.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code itaminer bench-ocr DIR}: the pipeline's OCR against the bare {@code tesseract} command on the same page
 * images, per model, with character error rates against the text-layer twins ({@link OcrBench}).
 */
@Command(name = "bench-ocr", mixinStandardHelpOptions = true,
        description = "OCR on the page images of NAME.scan.pdf files (with their text-layer twins NAME.pdf): seconds "
                + "per page of the pipeline and of the bare tesseract command with the same model, their ratio, "
                + "the character error rate of each against the text layer, the speed-up of 2 workers over 1, "
                + "peak memory; for each model given.",
        footer = {"", "Examples:", "  itaminer bench-ocr ../shared/eval/pdf --pages 10",
            "  itaminer bench-ocr ../shared/eval/pdf --pages 6 --model tha+eng --model tha",
            "  itaminer bench-ocr ../shared/eval/pdf --pages 10 --render 150,200,300,400",
            "", "Targets: ratio <= 1.2; speed-up >= 1.7 on 2 cores. Needs the tesseract command (tesseract-ocr)."})
public final class BenchOcrCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Folder holding NAME.scan.pdf and NAME.pdf pairs.")
    Path dir;

    @Option(names = "--pages", paramLabel = "N", defaultValue = "10",
            description = "Pages measured at most, the first of each scan in turn (default: ${DEFAULT-VALUE}).")
    int pages = 10;

    @Option(names = "--model", paramLabel = "LANG", description = "Tesseract languages to compare, each its own "
            + "run (default: tha+eng and tha).")
    List<String> models = List.of("tha+eng", "tha");

    @Option(names = "--render", paramLabel = "DPI", split = ",", description = "Instead of the scans, render the "
            + "text-layer twins at each resolution and read them with the first model: the resolution for pages "
            + "that are not one scanned image (e.g. --render 150,200,300,400).")
    List<Integer> render = List.of();

    @Override
    public Integer call() throws Exception {
        List<Path[]> pairs = OcrDigitRecall.pairs(dir);
        if (pairs.isEmpty() || pages < 1 || render.stream().anyMatch(d -> d < 50 || d > 1200)) {
            spec.commandLine().getErr().println("bench-ocr: " + (pages < 1 ? "--pages must be at least 1"
                    : pairs.isEmpty() ? "no NAME.scan.pdf with a NAME.pdf beside it in " + dir
                    : "--render takes resolutions from 50 to 1200 dpi, was " + render));
            return ExitCodes.USAGE;
        }
        Path temp = Files.createTempDirectory("itaminer-bench-ocr");
        try {
            OcrBench bench = new OcrBench(spec.commandLine().getOut(), temp);
            if (render.isEmpty()) {
                bench.measure(OcrBench.samples(pairs, pages), models);
            } else {
                bench.resolutions(pairs, pages, render, models.get(0));
            }
        } finally {
            try (var files = Files.list(temp)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(temp);
        }
        return ExitCodes.OK;
    }
}
