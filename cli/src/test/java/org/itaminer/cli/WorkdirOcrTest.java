package org.itaminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.itaminer.ingest.ocr.Ocr;
import org.itaminer.pipeline.DocumentOutcome;
import org.itaminer.pipeline.Pipeline;
import org.itaminer.pipeline.Workdir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each workdir's pipeline reads scans with an OCR of its own, caching in that workdir: a pipeline made later for
 * another workdir in the same JVM (a server holding two, tests side by side) does not take the first one's cache.
 */
class WorkdirOcrTest {

    @Test
    void twoWorkdirsInOneJvmKeepTheirOcrCachesApart(@TempDir Path tmp) throws Exception {
        assumeTrue(Ocr.tesseract(true).unavailable().isEmpty(), "Tesseract is not installed here");
        Path scan = Files.createDirectories(tmp.resolve("in")).resolve("scan.png");
        ImageIO.write(TextCommandTest.scan(), "png", scan.toFile());
        Workdir first = new Workdir(tmp.resolve("first"));
        Workdir second = new Workdir(tmp.resolve("second"));
        Pipeline reading = new Pipeline(first);
        new Pipeline(second); // made after: once, this moved the one JVM-wide OCR's cache to the second workdir

        DocumentOutcome outcome = reading.process(scan);

        assertTrue(outcome.failure().isEmpty(), outcome.toString());
        // the page, and the table cells read again on their own (CellReread), each an entry
        assertTrue(entries(first.ocrCacheFolder()) >= 1, "the page is cached where it was read");
        assertEquals(0, entries(second.ocrCacheFolder()), "nothing in the other workdir");
    }

    private static long entries(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
