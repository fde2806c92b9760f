package org.itaminer.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.itaminer.ingest.IngestException;
import org.itaminer.model.FailureKind;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.TextLayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decompression bombs fail alone as too large, before PDFBox builds anything from them. */
class StreamLimitsTest {

    @TempDir
    Path tmp;

    /** 1 MB a stream, 3 MB a document, 1,000 characters a page. */
    private static final StreamLimits SMALL = new StreamLimits(1 << 20, 3 << 20, 1000);

    @Test
    void aStreamOverTheLimitIsTooLarge() throws Exception {
        Path bomb = BombPdf.write(tmp.resolve("bomb.pdf"), 1, 8, BombPdf.TEXT);
        assertTrue(Files.size(bomb) < 100_000, "8 MB of text in " + Files.size(bomb) + " bytes");
        IngestException e = assertThrows(IngestException.TooLargeDocumentException.class,
                () -> new PdfReader(true, SMALL).read(bomb));
        assertEquals(FailureKind.TOO_LARGE, e.kind());
        assertTrue(e.getMessage().contains("more than 1 MB"), e.getMessage());
    }

    @Test
    void streamsUnderTheLimitThatTogetherPassTheDocumentLimitAreTooLarge() throws Exception {
        Path bomb = BombPdf.write(tmp.resolve("many.pdf"), 4, 1, BombPdf.ZEROS);
        IngestException e = assertThrows(IngestException.TooLargeDocumentException.class,
                () -> new PdfReader(true, new StreamLimits(2 << 20, 3 << 20, 1000)).read(bomb));
        assertTrue(e.getMessage().contains("more than 3 MB (the limit for one document)"), e.getMessage());
    }

    /** Within the byte limits, a page drawing more characters than a page may is too large too. */
    @Test
    void aPageDrawingTooManyCharactersIsTooLarge() throws Exception {
        Path page = BombPdf.write(tmp.resolve("glyphs.pdf"), 1, 1, BombPdf.TEXT);
        IngestException e = assertThrows(IngestException.TooLargeDocumentException.class,
                () -> new PdfReader(true, SMALL).read(page));
        assertEquals(FailureKind.TOO_LARGE, e.kind());
        assertTrue(e.getMessage().startsWith("page 1: a page draws more than 1000 characters"), e.getMessage());
    }

    /** The bomb of the issue: ~300 KB of Flate that inflate to 300 MB; refused at the default 64 MB. */
    @Test
    void a300MegabyteBombIsRefusedAtTheDefaultLimit() throws Exception {
        Path bomb = BombPdf.write(tmp.resolve("bomb300.pdf"), 1, 300, BombPdf.ZEROS);
        assertTrue(Files.size(bomb) < 1_000_000, Files.size(bomb) + " bytes");
        IngestException e = assertThrows(IngestException.TooLargeDocumentException.class,
                () -> new PdfReader().read(bomb));
        assertTrue(e.getMessage().contains("more than 64 MB"), e.getMessage());
    }

    @Test
    void aSoundDocumentReadsWithinSmallLimits() throws Exception {
        LayoutDocument doc = new PdfReader(true, SMALL).read(LongPdf.write(3, tmp.resolve("long.pdf")));
        assertEquals(3, doc.pages().size());
        doc.pages().forEach(p -> assertEquals(TextLayer.GOOD, p.textLayer()));
    }
}
