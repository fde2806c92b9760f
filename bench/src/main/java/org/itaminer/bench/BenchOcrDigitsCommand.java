package org.itaminer.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.itaminer.cli.ExitCodes;
import org.itaminer.ingest.ocr.DirectoryOcrCache;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code itaminer bench-ocr-digits DIR}: Thai-digit recall of OCR on scans with a text-layer twin, with the
 * digits as Tesseract wrote them and as read again from the image ({@link OcrDigitRecall}).
 */
@Command(name = "bench-ocr-digits", mixinStandardHelpOptions = true,
        description = "Thai-digit recall of OCR on NAME.scan.pdf files against their text-layer twins NAME.pdf.",
        footer = {"", "Examples:", "  itaminer bench-ocr-digits ../shared/eval/pdf",
            "  itaminer bench-ocr-digits ../shared/eval/pdf --cache /tmp/ocr-cache --context",
            "", "The target: recall >= 0.98 with the digits read again."})
public final class BenchOcrDigitsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Folder holding NAME.scan.pdf and NAME.pdf pairs.")
    Path dir;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Keep what the engine reads in DIR and look there first (the digits are still read again).")
    Optional<Path> cache;

    @Option(names = "--context", description = "Print each missed number's line and the numbers read on its page.")
    boolean context;

    @Override
    public Integer call() throws Exception {
        List<Path[]> pairs = OcrDigitRecall.pairs(dir);
        if (pairs.isEmpty()) {
            spec.commandLine().getErr().println("bench-ocr-digits: no NAME.scan.pdf with a NAME.pdf beside it in " + dir);
            return ExitCodes.USAGE;
        }
        new OcrDigitRecall(spec.commandLine().getOut(), cache.map(DirectoryOcrCache::new), context).measure(pairs);
        return ExitCodes.OK;
    }
}
