package org.itaminer.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.TextLayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OCR cache: a page image read once is never given to the engine again, across runs and readers, and a
 * damaged entry only costs a new reading. The engine here is a stand-in that counts its calls.
 */
class OcrCacheTest {

    private static final TextLayer NO_TEXT = new TextLayer(TextLayer.Quality.NO_TEXT, "no text layer");
    private static final OcrSettings SETTINGS = new OcrSettings("tha+eng", Optional.empty(), 3, 1);

    /** A stand-in engine: one line "มาตรการที่ ๑" wherever it is asked, counting the pages. */
    private static final class CountingEngine implements OcrEngine {
        final AtomicInteger calls;

        CountingEngine(AtomicInteger calls) {
            this.calls = calls;
        }

        @Override
        public RecognizedPage recognize(PageImage page) {
            calls.incrementAndGet();
            List<Symbol> line = List.of(new Symbol("มาตรการที่", new Box(100, 100, 400, 140), 91.5f, false),
                    new Symbol("๑", new Box(410, 100, 430, 140), 88.0f, true));
            return new RecognizedPage(page.image().getWidth(), page.image().getHeight(), List.of(List.of(line)),
                    "stand-in");
        }

        @Override
        public void close() {
        }
    }

    private static PageImage page(String mark) {
        BufferedImage image = new BufferedImage(600, 300, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 600, 300);
            g.setColor(Color.BLACK);
            g.drawString(mark, 100, 130);
        } finally {
            g.dispose();
        }
        return new PageImage(image, 200);
    }

    private static Ocr ocr(AtomicInteger calls, OcrCache cache) {
        Ocr ocr = new Ocr(SETTINGS, () -> new CountingEngine(calls), false);
        ocr.useCache(cache);
        return ocr;
    }

    @Test
    void aPageReadOnceIsNotGivenToTheEngineAgainByAnotherReaderOnTheSameFolder(@TempDir Path dir) throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Ocr first = ocr(calls, new DirectoryOcrCache(dir));
        Page before = first.read(1, page("ก"), NO_TEXT);
        assertEquals(1, calls.get());
        assertEquals(new Ocr.Counts(1, 0), first.counts());

        Ocr second = ocr(calls, new DirectoryOcrCache(dir)); // a new run: nothing in memory
        Page after = second.read(1, page("ก"), NO_TEXT);
        assertEquals(1, calls.get(), "the engine was asked again");
        assertEquals(new Ocr.Counts(0, 1), second.counts());
        assertEquals(before, after);

        second.read(2, page("ข"), NO_TEXT); // another image is another page
        assertEquals(2, calls.get());
    }

    @Test
    void withoutACacheEveryReadingGoesToTheEngine() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Ocr ocr = ocr(calls, OcrCache.NONE);
        ocr.read(1, page("ก"), NO_TEXT);
        ocr.read(1, page("ก"), NO_TEXT);
        assertEquals(2, calls.get());
    }

    @Test
    void aDamagedEntryIsReadAgainAndReplaced(@TempDir Path dir) throws Exception {
        AtomicInteger calls = new AtomicInteger();
        ocr(calls, new DirectoryOcrCache(dir)).read(1, page("ก"), NO_TEXT);
        Path entry;
        try (Stream<Path> files = Files.walk(dir)) {
            entry = files.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
        }
        Files.writeString(entry, "{\"width\": 600, \"heigh"); // cut off mid-write by something else
        Ocr again = ocr(calls, new DirectoryOcrCache(dir));
        again.read(1, page("ก"), NO_TEXT);
        assertEquals(2, calls.get());
        assertTrue(new DirectoryOcrCache(dir).get(entry.getFileName().toString().replace(".json", "")).isPresent());
    }

    @Test
    void theKeyChangesWithThePixelsTheResolutionAndTheLanguages() {
        String key = OcrCache.key(page("ก"), SETTINGS);
        assertEquals(64, key.length());
        assertEquals(key, OcrCache.key(page("ก"), SETTINGS));
        assertNotEquals(key, OcrCache.key(page("ข"), SETTINGS));
        assertNotEquals(key, OcrCache.key(new PageImage(page("ก").image(), 300), SETTINGS));
        assertNotEquals(key, OcrCache.key(page("ก"), new OcrSettings("tha", Optional.empty(), 3, 1)));
        assertNotEquals(key, OcrCache.key(page("ก"), new OcrSettings("tha+eng", Optional.empty(), 6, 1)));
    }
}
