package org.itaminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.itaminer.pipeline.Workdir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan run again where its layout is not kept (another workdir holding only the first one's OCR cache, as after a
 * change of the ingest stage): Tesseract is not asked again, the summary says so, and the report is the same.
 */
class OcrCacheRunTest {

    @Test
    void aScanReadOnceComesFromTheCacheTheNextTimeWithTheSameReport(@TempDir Path tmp) throws Exception {
        Path scan = Files.createDirectories(tmp.resolve("in")).resolve("scan.png");
        ImageIO.write(TextCommandTest.scan(), "png", scan.toFile());
        Path first = tmp.resolve("first");
        CliRun a = CliRun.of("run", scan.toString(), "-w", first.toString());
        assertEquals(ExitCodes.OK, a.code(), a.out() + a.err());
        assertTrue(a.out().contains("OCR: 1 pages, 0 of them from the cache"), a.out());

        Path second = tmp.resolve("second");
        copy(first.resolve("ocr-cache"), second.resolve("ocr-cache"));
        CliRun b = CliRun.of("run", scan.toString(), "-w", second.toString());
        assertEquals(ExitCodes.OK, b.code(), b.out() + b.err());
        assertTrue(b.out().contains("(0 reused"), "the layout was made again: " + b.out());
        assertTrue(b.out().contains("OCR: 1 pages, 1 of them from the cache"), b.out());
        assertEquals(new Workdir(first).storedReports().reports(), new Workdir(second).storedReports().reports());
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
