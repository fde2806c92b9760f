package org.itaminer.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.itaminer.ingest.ocr.ScanImageReader;
import org.itaminer.ingest.office.TikaOfficeReader;
import org.itaminer.ingest.pdf.PdfReader;
import org.itaminer.ingest.rtf.RtfReader;
import org.itaminer.ingest.text.TextFormReader;
import org.itaminer.model.FailureKind;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.TextSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReaderRegistryTest {

    private static final byte[] PNG_HEAD = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            TEXT,        TextFormReader
            PDF,         PdfReader
            OFFICE_ZIP,  TikaOfficeReader
            OFFICE_OLE2, TikaOfficeReader
            HTML,        TikaOfficeReader
            RTF,         RtfReader
            IMAGE,       ScannedImageStubReader
            """)
    void everyRegisteredReaderIsFoundForItsFormats(Format format, String reader) {
        assertEquals(reader, ReaderRegistry.discover().get(format).getClass().getSimpleName());
    }

    @Test
    void nothingReadsDataOfNoKnownFormat() {
        assertFalse(ReaderRegistry.discover().containsKey(Format.UNKNOWN));
    }

    @Test
    void aReaderRegisteredInMetaInfServicesIsUsedWithoutWiring() throws Exception {
        Path scan = write("scan.png", PNG_HEAD);
        LayoutDocument layout = Ingest.standard().read(scan);
        assertEquals(TextSource.OCR, layout.textSource());
        assertEquals(List.of(ScannedImageStubReader.LINE),
                ((Paragraph) layout.pages().get(0).blocks().get(0)).lines());
    }

    @Test
    void dataOfNoSupportedFormatIsAnUnsupportedFormat() throws IOException {
        Path junk = write("junk.bin", new byte[] {0, 1, 2, 3, (byte) 0xFE, 0, 0, 7});
        IngestException e = assertThrows(IngestException.class, () -> Ingest.standard().read(junk));
        assertInstanceOf(IngestException.UnsupportedFormatException.class, e);
        assertEquals(FailureKind.UNSUPPORTED_FORMAT, e.kind());
        assertEquals("binary data of no supported format (not text, PDF or an office file)", e.getMessage());
    }

    @Test
    void aFormatWithoutAReaderIsAnUnsupportedFormat() throws IOException {
        Path text = write("plan.txt", "แผนปฏิบัติการ ๒๕๖๗".getBytes(StandardCharsets.UTF_8));
        Ingest onlyPdf = Ingest.of(Map.of(Format.PDF, new PdfReader()));
        IngestException e = assertThrows(IngestException.UnsupportedFormatException.class, () -> onlyPdf.read(text));
        assertEquals(FailureKind.UNSUPPORTED_FORMAT, e.kind());
        assertEquals("no reader for text/plain in this build", e.getMessage());
    }

    @Test
    void theHigherPriorityWinsAFormatTwoReadersTake() {
        DocumentReader better = reader(Set.of(Format.TEXT, Format.IMAGE), 2);
        DocumentReader text = new TextFormReader();
        DocumentReader image = new ScannedImageStubReader();
        Map<Format, DocumentReader> chosen = ReaderRegistry.choose(List.of(text, better, image));
        assertSame(better, chosen.get(Format.TEXT));
        assertSame(better, chosen.get(Format.IMAGE));
        assertEquals(Set.of(Format.TEXT, Format.IMAGE), chosen.keySet());
    }

    @Test
    void twoReadersOfOnePriorityForOneFormatAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReaderRegistry.choose(List.of(new RtfReader(), reader(Set.of(Format.RTF), 0))));
        assertTrue(e.getMessage().startsWith("two readers for RTF with priority 0: " + RtfReader.class.getName()),
                e.getMessage());
    }

    @Test
    void aRegisteredReaderMustNameAFormat() {
        DocumentReader lambda = file -> {
            throw new IngestException("never read");
        };
        assertThrows(IllegalArgumentException.class, () -> ReaderRegistry.choose(List.of(lambda)));
    }

    @Test
    void theStandardReadersDeclareWhatTheyRead() {
        assertEquals(Set.of(Format.OFFICE_ZIP, Format.OFFICE_OLE2, Format.HTML), new TikaOfficeReader().formats());
        assertEquals(Set.of(Format.PDF), new PdfReader().formats());
        assertEquals(Set.of(Format.IMAGE), new ScanImageReader().formats());
    }

    @Test
    void theOcrImageReaderIsRegisteredForImages() {
        List<DocumentReader> standard = new java.util.ArrayList<>();
        java.util.ServiceLoader.load(DocumentReader.class).forEach(r -> {
            if (!(r instanceof ScannedImageStubReader)) {
                standard.add(r);
            }
        });
        assertInstanceOf(ScanImageReader.class, ReaderRegistry.choose(standard).get(Format.IMAGE));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private static DocumentReader reader(Set<Format> formats, int priority) {
        return new DocumentReader() {
            @Override
            public LayoutDocument read(Path file) {
                throw new AssertionError("not read in this test");
            }

            @Override
            public Set<Format> formats() {
                return formats;
            }

            @Override
            public int priority() {
                return priority;
            }
        };
    }
}
