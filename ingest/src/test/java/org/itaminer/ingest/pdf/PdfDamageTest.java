package org.itaminer.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.itaminer.ingest.IngestException;
import org.itaminer.model.FailureKind;
import org.itaminer.model.Warning;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.TextLayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged PDFs: cut short, junk written into them; read as far as they go, or refused as corrupt. */
class PdfDamageTest {

    @TempDir
    Path tmp;

    private final PdfReader reader = PdfReader.textLayerOnly(); // OCR is ScannedPdfTest's

    private static String text(Page page) {
        return page.blocks().stream().filter(b -> b instanceof Paragraph).map(b -> ((Paragraph) b).text())
                .collect(Collectors.joining("\n"));
    }

    private static List<Warning> damaged(LayoutDocument doc) {
        return doc.warnings().stream().filter(w -> w.kind() == Warning.Kind.DAMAGED).toList();
    }

    @Test
    void aSoundReportReadsWithoutADamageWarning() throws Exception {
        LayoutDocument doc = reader.read(DamagedPdfs.report().save(tmp.resolve("sound.pdf")));
        assertEquals(4, doc.pages().size());
        for (Page p : doc.pages()) {
            assertEquals(TextLayer.GOOD, p.textLayer(), "page " + p.number());
        }
        assertTrue(text(doc.pages().get(0)).contains("องค์การบริหารส่วนตำบลหนองบัวทอง"), text(doc.pages().get(0)));
        assertEquals(List.of(), damaged(doc));
        assertEquals(List.of(), doc.warnings());
    }

    /**
     * The first kilobytes of a report as Word writes it keep the pages and the font but not its Unicode map:
     * the "text" is glyph codes. That is no text at all: corrupt, not a report titled "ŐĭĭĶŅĵĚ".
     */
    @Test
    void aReportCutBeforeItsUnicodeMapIsCorrupt() throws Exception {
        DamagedPdfs.Written pdf = DamagedPdfs.report();
        Path cut = pdf.cut(tmp.resolve("cut.pdf"), pdf.unicodeMap());
        IngestException e = assertThrows(IngestException.CorruptDocumentException.class, () -> reader.read(cut));
        assertEquals(FailureKind.CORRUPT, e.kind());
        assertTrue(e.getMessage().contains("cut short"), e.getMessage());
        assertTrue(e.getMessage().contains("no page's text could be recovered"), e.getMessage());
        assertTrue(e.getMessage().contains("referenced objects are missing"), e.getMessage());
    }

    /** Cut after its last object: the cross-reference table is gone, PDFBox rebuilds it, the text is all there. */
    @Test
    void aReportCutAtItsCrossReferenceTableIsReadWithADamageWarning() throws Exception {
        DamagedPdfs.Written pdf = DamagedPdfs.report();
        LayoutDocument sound = reader.read(pdf.save(tmp.resolve("sound.pdf")));
        String all = new String(pdf.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        LayoutDocument doc = reader.read(pdf.cut(tmp.resolve("noxref.pdf"), all.lastIndexOf("xref\n")));

        assertEquals(sound.pages(), doc.pages(), "the text is the sound file's");
        List<Warning> damaged = damaged(doc);
        assertEquals(1, damaged.size(), doc.warnings().toString());
        String w = damaged.get(0).text();
        assertTrue(w.startsWith("damaged file: the file is cut short"), w);
        assertTrue(w.contains("repaired"), w);
        assertEquals(Warning.Kind.DAMAGED, Warning.read(w).kind(), "the kind is recognized when read back");
    }

    /** Junk over the middle of page 3's content: pages 1, 2 and 4 are read, page 3 goes to OCR, the warning names it. */
    @Test
    void junkInOnePagesContentSendsThatPageToOcrAndNamesIt() throws Exception {
        DamagedPdfs.Written pdf = DamagedPdfs.report();
        Path garbled = pdf.garble(tmp.resolve("garbled.pdf"), pdf.contentData(3) + 20, 40);
        LayoutDocument doc = reader.read(garbled);

        Page three = doc.pages().get(2);
        assertEquals(TextLayer.Quality.GARBAGE, three.textLayer().quality());
        assertTrue(three.textLayer().reason().contains("content stream damaged"), three.textLayer().reason());
        assertEquals(List.of(), three.blocks(), "no scrambled text is read from it");
        for (int p : new int[] {0, 1, 3}) {
            assertEquals(TextLayer.GOOD, doc.pages().get(p).textLayer(), "page " + (p + 1));
        }
        assertTrue(text(doc.pages().get(3)).contains("นายกองค์การบริหารส่วนตำบลหนองบัวทอง"));
        List<Warning> damaged = damaged(doc);
        assertEquals(1, damaged.size(), doc.warnings().toString());
        assertTrue(damaged.get(0).text().contains("page 3 lost its text"), damaged.get(0).text());
        assertTrue(damaged.get(0).text().contains("1 stream does not decode to the end"), damaged.get(0).text());
        assertTrue(doc.warnings().stream().anyMatch(w -> w.kind() == Warning.Kind.NEEDS_OCR
                && w.text().contains("[3]")), doc.warnings().toString());
    }

    /** Junk over most of the pages' content: more than half the pages lost, the file is corrupt. */
    @Test
    void junkInMostPagesIsCorrupt() throws Exception {
        DamagedPdfs.Written pdf = DamagedPdfs.report();
        Path once = pdf.garble(tmp.resolve("g1.pdf"), pdf.contentData(1) + 10, 30);
        DamagedPdfs.Written g1 = new DamagedPdfs.Written(java.nio.file.Files.readAllBytes(once), pdf.offsets());
        Path twice = g1.garble(tmp.resolve("g2.pdf"), pdf.contentData(2) + 10, 30);
        DamagedPdfs.Written g2 = new DamagedPdfs.Written(java.nio.file.Files.readAllBytes(twice), pdf.offsets());
        Path thrice = g2.garble(tmp.resolve("g3.pdf"), pdf.contentData(4) + 10, 30);
        IngestException e = assertThrows(IngestException.CorruptDocumentException.class, () -> reader.read(thrice));
        assertTrue(e.getMessage().contains("3 of 4 pages lost their text"), e.getMessage());
    }

    /** Sound files, an encrypted one among them (its streams are decrypted before they are checked). */
    @Test
    void soundGeneratedPdfsHaveNoDamage() throws Exception {
        Path encrypted = tmp.resolve("owner.pdf");
        try (PDDocument pdf = Loader.loadPDF(
                TestPdfs.latticePdf(tmp.resolve("plain.pdf")).toFile())) {
            StandardProtectionPolicy policy =
                    new StandardProtectionPolicy("owner-pw", "",
                            new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(encrypted.toFile());
        }
        for (Path p : List.of(TestPdfs.latticePdf(tmp.resolve("l.pdf")), TestPdfs.streamPdf(tmp.resolve("s.pdf")),
                LongPdf.write(3, tmp.resolve("long.pdf")), encrypted)) {
            LayoutDocument doc = reader.read(p);
            assertEquals(List.of(), damaged(doc), p.toString());
            assertFalse(doc.warnings().stream().anyMatch(w -> w.text().contains("damaged")));
        }
    }
}
