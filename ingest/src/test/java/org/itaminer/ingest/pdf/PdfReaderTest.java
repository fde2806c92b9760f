package org.itaminer.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;
import org.itaminer.model.FailureKind;
import org.itaminer.model.Warning;
import org.itaminer.ingest.Format;
import org.itaminer.ingest.Ingest;
import org.itaminer.ingest.IngestException;
import org.itaminer.model.layout.Block;
import org.itaminer.model.layout.Cell;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.Row;
import org.itaminer.model.layout.Table;
import org.itaminer.model.layout.TableMethod;
import org.itaminer.model.layout.TextLayer;
import org.itaminer.model.layout.TextSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfReaderTest {

    @TempDir
    Path tmp;

    private final PdfReader reader = PdfReader.textLayerOnly(); // OCR is ScannedPdfTest's

    private static List<Table> tables(Page page) {
        return page.blocks().stream().filter(b -> b instanceof Table).map(b -> (Table) b).toList();
    }

    private static String[] texts(Row row) {
        return row.cells().stream().map(Cell::text).toArray(String[]::new);
    }

    private static void assertLatinTable(Table t) {
        assertEquals(TableMethod.LATTICE, t.method());
        assertEquals(3, t.rows().size());
        Row header = t.rows().get(0);
        assertEquals(2, header.cells().size(), "the merged header cell is one cell");
        assertEquals("Measure and method", header.cell(0).text());
        assertEquals(2, header.cell(0).columnSpan());
        assertEquals("Owner", header.cell(1).text());
        assertArrayEquals(new String[] {"Publish the plan", "first wrapped line second wrapped line", "Office"},
                texts(t.rows().get(1)));
        Cell list = t.rows().get(2).cell(1);
        assertEquals(List.of("1. alpha item", "2. beta item"), list.paragraphs(), "list items are paragraphs");
        assertEquals("HR unit", t.rows().get(2).cell(2).text());
    }

    @Test
    void latticeTableWithWrappedAndMergedCells() throws Exception {
        LayoutDocument doc = reader.read(TestPdfs.latticePdf(tmp.resolve("lattice.pdf")));
        assertEquals(TextSource.PDF_TEXT, doc.textSource());
        assertEquals("application/pdf", doc.mediaType());
        Page page = doc.pages().get(0);
        assertEquals(TextLayer.GOOD, page.textLayer());
        List<Block> blocks = page.blocks();
        assertEquals(3, blocks.size(), blocks.toString());
        assertEquals(Paragraph.of("Integrity measures 2024"), blocks.get(0));
        assertLatinTable((Table) blocks.get(1));
        assertEquals(Paragraph.of("Signed by the chief administrator"), blocks.get(2));
    }

    @Test
    void tableCutByAPageBreakHasOpenEdges() throws Exception {
        LayoutDocument doc = reader.read(TestPdfs.cutTablePdf(tmp.resolve("cut-table.pdf")));
        Table before = tables(doc.pages().get(0)).get(0);
        Table after = tables(doc.pages().get(1)).get(0);
        assertFalse(before.openTop());
        assertTrue(before.openBottom(), "no line under the last row on page 1");
        assertTrue(after.openTop(), "no line over the first row on page 2");
        assertFalse(after.openBottom());
        assertEquals("2. Control the use of authority and", before.rows().get(2).cell(0).text());
        assertArrayEquals(new String[] {"staff management in every unit", "", ""}, texts(after.rows().get(0)));
        Table closed = tables(reader.read(TestPdfs.latticePdf(tmp.resolve("closed.pdf"))).pages().get(0)).get(0);
        assertFalse(closed.openTop() || closed.openBottom(), "a table drawn whole is closed");
    }

    @Test
    void headingOneSizeLargerIsItsOwnParagraph() throws Exception {
        // a heading set at 17 pt runs into 16 pt body text with the same line spacing
        PDDocument pdf = new PDDocument();
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
            TestPdfs.text(cs, TestPdfs.HELVETICA, 17, 150, 780, "Integrity measures of the fiscal year");
            TestPdfs.text(cs, TestPdfs.HELVETICA, 17, 250, 760, "2022");
            TestPdfs.text(cs, TestPdfs.HELVETICA, 16, 60, 740, "1. The analysis of the assessment of the year");
            TestPdfs.text(cs, TestPdfs.HELVETICA, 16, 60, 720, "gave a score of 97.98 points, level AA.");
        }
        List<Block> blocks = reader.read(TestPdfs.save(pdf, tmp.resolve("heading.pdf"))).pages().get(0).blocks();
        assertEquals(List.of(Paragraph.of("Integrity measures of the fiscal year", "2022"),
                Paragraph.of("1. The analysis of the assessment of the year", "gave a score of 97.98 points, level AA.")),
                blocks);
    }

    @Test
    void streamTableFromAlignmentOnly() throws Exception {
        LayoutDocument doc = reader.read(TestPdfs.streamPdf(tmp.resolve("stream.pdf")));
        List<Table> tables = tables(doc.pages().get(0));
        assertEquals(1, tables.size(), doc.pages().get(0).blocks().toString());
        Table t = tables.get(0);
        assertEquals(TableMethod.STREAM, t.method());
        assertEquals(TestPdfs.STREAM_ROWS.size(), t.rows().size());
        for (int r = 0; r < t.rows().size(); r++) {
            assertArrayEquals(TestPdfs.STREAM_ROWS.get(r), texts(t.rows().get(r)));
        }
        assertEquals(Paragraph.of("Procurement summary of the year"), doc.pages().get(0).blocks().get(0));
    }

    @Test
    void plainParagraphsAreNoStreamTable() throws Exception {
        PDDocument pdf = new PDDocument();
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
            String[] lines = {"The office publishes its plan on the web site every year,",
                "and reports the results to the district before the end of",
                "September. Complaints are answered within fifteen days.",
                "A second paragraph starts after a larger gap."};
            float y = 780;
            for (int i = 0; i < lines.length; i++) {
                TestPdfs.text(cs, TestPdfs.HELVETICA, 11, 60, y, lines[i]);
                y -= i == 2 ? 30 : 14;
            }
        }
        LayoutDocument doc = reader.read(TestPdfs.save(pdf, tmp.resolve("paras.pdf")));
        List<Block> blocks = doc.pages().get(0).blocks();
        assertEquals(2, blocks.size(), blocks.toString());
        assertEquals(3, ((Paragraph) blocks.get(0)).lines().size());
        assertEquals(Paragraph.of("A second paragraph starts after a larger gap."), blocks.get(1));
    }

    @Test
    void landscapePageWithRotateAndTurnedContent() throws Exception {
        PDDocument pdf = new PDDocument();
        PDPage page = new PDPage(PDRectangle.A4);
        page.setRotation(90);
        pdf.addPage(page);
        float w = PDRectangle.A4.getWidth();
        try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
            // landscape drawing turned onto the portrait page, as producers write /Rotate 90 pages
            cs.transform(new Matrix(0, 1, -1, 0, w, 0));
            TestPdfs.text(cs, TestPdfs.HELVETICA, 14, 60, 540, "Integrity measures 2024");
            TestPdfs.latticeTable(cs, TestPdfs.HELVETICA, 60, 500, TestPdfs.LATIN_TABLE);
        }
        LayoutDocument doc = reader.read(TestPdfs.save(pdf, tmp.resolve("rotated.pdf")));
        Page p = doc.pages().get(0);
        assertEquals(Paragraph.of("Integrity measures 2024"), p.blocks().get(0));
        List<Table> tables = tables(p);
        assertEquals(1, tables.size());
        assertLatinTable(tables.get(0));
    }

    @Test
    void rotatedPageWithUprightText() throws Exception {
        PDDocument pdf = new PDDocument();
        PDPage page = new PDPage(PDRectangle.A4);
        page.setRotation(270);
        pdf.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
            TestPdfs.latticeTable(cs, TestPdfs.HELVETICA, 60, 740, TestPdfs.LATIN_TABLE);
        }
        LayoutDocument doc = reader.read(TestPdfs.save(pdf, tmp.resolve("rotate270.pdf")));
        assertLatinTable(tables(doc.pages().get(0)).get(0));
    }

    @Test
    void shortLastPageKeepsItsFewWordsAndIsNotSentToOcr() throws Exception {
        PDDocument pdf = new PDDocument();
        PDPage first = new PDPage(PDRectangle.A4);
        PDPage last = new PDPage(PDRectangle.A4);
        pdf.addPage(first);
        pdf.addPage(last);
        try (PDPageContentStream cs = new PDPageContentStream(pdf, first)) {
            TestPdfs.latticeTable(cs, TestPdfs.HELVETICA, 60, 740, TestPdfs.LATIN_TABLE);
        }
        try (PDPageContentStream cs = new PDPageContentStream(pdf, last)) {
            TestPdfs.text(cs, TestPdfs.HELVETICA, 12, 60, 760, "See annex 2"); // 9 characters
        }
        LayoutDocument doc = reader.read(TestPdfs.save(pdf, tmp.resolve("short-last.pdf")));
        Page p = doc.pages().get(1);
        assertEquals(TextLayer.GOOD, p.textLayer());
        assertEquals("See annex 2", ((Paragraph) p.blocks().get(0)).text());
        assertTrue(doc.warnings().stream().noneMatch(w -> w.kind() == Warning.Kind.NEEDS_OCR), doc.warnings().toString());
    }

    @Test
    void scannedPageWithAStampedPageNumberGoesToOcr() throws Exception {
        PDDocument pdf = new PDDocument();
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        BufferedImage scan = new BufferedImage(60, 80, BufferedImage.TYPE_BYTE_GRAY);
        PDImageXObject image = LosslessFactory.createFromImage(pdf, scan);
        try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
            cs.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            TestPdfs.text(cs, TestPdfs.HELVETICA, 8, 500, 20, "Page 1"); // the printer driver's footer
        }
        LayoutDocument doc = reader.read(TestPdfs.save(pdf, tmp.resolve("scan-with-stamp.pdf")));
        Page p = doc.pages().get(0);
        assertEquals(TextLayer.Quality.NO_TEXT, p.textLayer().quality(), p.textLayer().reason());
        assertTrue(p.textLayer().reason().contains("page image"), p.textLayer().reason());
    }

    @Test
    void pageWithoutTextIsMarkedForOcrAndTheDocumentStillReturns() throws Exception {
        PDDocument pdf = new PDDocument();
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
            TestPdfs.line(cs, 50, 50, 300, 300); // a drawing, no text
        }
        LayoutDocument doc = reader.read(TestPdfs.save(pdf, tmp.resolve("empty.pdf")));
        Page p = doc.pages().get(0);
        assertEquals(TextLayer.Quality.NO_TEXT, p.textLayer().quality());
        assertTrue(p.blocks().isEmpty());
        assertTrue(doc.warnings().get(0).kind() == Warning.Kind.NEEDS_OCR && doc.warnings().get(0).text().contains("need OCR"), doc.warnings().toString());
    }

    @Test
    void thaiTableFromEmbeddedFontKeepsMarksOnTheirBase() throws Exception {
        LayoutDocument doc = reader.read(fixture("thai-table-and-pua.pdf"));
        Page p = doc.pages().get(0);
        assertEquals(TextLayer.GOOD, p.textLayer());
        assertEquals(Paragraph.of("มาตรการส่งเสริมคุณธรรมและความโปร่งใส"), p.blocks().get(0));
        Table t = (Table) p.blocks().get(1);
        assertEquals(TableMethod.LATTICE, t.method());
        assertEquals(3, t.rows().size());
        assertEquals("มาตรการ/แนวทาง", t.rows().get(0).cell(0).text());
        assertEquals(2, t.rows().get(0).cell(0).columnSpan());
        assertEquals("ผู้รับผิดชอบ", t.rows().get(0).cell(1).text());
        assertArrayEquals(new String[] {"การเผยแพร่ข้อมูล", "จัดทำคู่มือช่องทางการ ร้องเรียนการทุจริต", "สำนักปลัด"},
                texts(t.rows().get(1)), "wrapped Thai lines joined with a space, no space before marks");
        assertEquals(List.of("๑. แต่งตั้งคณะทำงาน", "๒. ประชุมชี้แจงแผน"), t.rows().get(2).cell(1).paragraphs());
        assertEquals(Paragraph.of("ผู้อำนวยการสำนักงานเขตพื้นที่"), p.blocks().get(2));
    }

    @Test
    void privateUsePageIsGarbage() throws Exception {
        LayoutDocument doc = reader.read(fixture("thai-table-and-pua.pdf"));
        Page p = doc.pages().get(1);
        assertEquals(TextLayer.Quality.GARBAGE, p.textLayer().quality());
        assertTrue(p.textLayer().reason().contains("private-use"), p.textLayer().reason());
        assertTrue(doc.warnings().get(0).text().contains("1 of 2 pages need OCR"), doc.warnings().toString());
    }

    @Test
    void ownerPasswordOnlyOpens() throws Exception {
        Path file = encrypted("owner-only.pdf", "");
        LayoutDocument doc = reader.read(file);
        assertLatinTable(tables(doc.pages().get(0)).get(0));
    }

    @Test
    void userPasswordFailsAsEncrypted() throws Exception {
        Path file = encrypted("user.pdf", "secret");
        IngestException e = assertThrows(IngestException.EncryptedDocumentException.class, () -> reader.read(file));
        assertEquals(FailureKind.ENCRYPTED, e.kind());
    }

    @Test
    void truncatedFileIsCorrupt() throws Exception {
        Path full = TestPdfs.latticePdf(tmp.resolve("full.pdf"));
        byte[] bytes = Files.readAllBytes(full);
        Path cut = tmp.resolve("cut.pdf");
        Files.write(cut, java.util.Arrays.copyOf(bytes, 200));
        IngestException e = assertThrows(IngestException.CorruptDocumentException.class, () -> reader.read(cut));
        assertEquals(FailureKind.CORRUPT, e.kind());
        Path junk = tmp.resolve("junk.pdf");
        Files.writeString(junk, "%PDF-1.7\nthis is not a PDF body at all\n");
        assertThrows(IngestException.CorruptDocumentException.class, () -> reader.read(junk));
    }

    @Test
    void ingestRoutesPdfToThisReader() throws Exception {
        Path file = TestPdfs.latticePdf(tmp.resolve("routed.bin"));
        assertEquals(Format.PDF, Ingest.detect(file));
        LayoutDocument doc = Ingest.standard().read(file);
        assertLatinTable(tables(doc.pages().get(0)).get(0));
    }

    @Test
    void manyPagesReadPageByPage() throws Exception {
        PDDocument pdf = new PDDocument();
        for (int i = 0; i < 60; i++) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                TestPdfs.latticeTable(cs, TestPdfs.HELVETICA, 60, 740, TestPdfs.LATIN_TABLE);
            }
        }
        LayoutDocument doc = reader.read(TestPdfs.save(pdf, tmp.resolve("long.pdf")));
        assertEquals(60, doc.pages().size());
        assertTrue(doc.pages().stream().allMatch(p -> tables(p).size() == 1));
        assertFalse(doc.warnings().stream().anyMatch(w -> w.kind() == Warning.Kind.NEEDS_OCR));
    }

    @Test
    void fiftyPagesStreamOneAtATimeAndAreNotKept() throws Exception {
        Path file = LongPdf.write(50, tmp.resolve("fifty.pdf"));
        List<java.lang.ref.WeakReference<Page>> handedOut = new java.util.ArrayList<>();
        List<Integer> order = new java.util.ArrayList<>();
        List<Warning> warnings = reader.stream(file, page -> {
            order.add(page.number());
            assertEquals(1, tables(page).size(), "page " + page.number());
            handedOut.add(new java.lang.ref.WeakReference<>(page));
        });
        assertEquals(java.util.stream.IntStream.rangeClosed(1, 50).boxed().toList(), order, "in order, each once");
        assertTrue(warnings.isEmpty(), warnings.toString());
        // the sink dropped every page: if the reader held the document's pages, none could be collected
        for (int i = 0; i < 20 && handedOut.stream().anyMatch(r -> r.get() != null); i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertTrue(handedOut.stream().allMatch(r -> r.get() == null), "the reader keeps no page it handed out");
    }

    private Path encrypted(String name, String userPassword) throws IOException {
        Path plain = TestPdfs.latticePdf(tmp.resolve("plain-" + name));
        try (PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(plain.toFile())) {
            AccessPermission ap = new AccessPermission();
            ap.setCanExtractContent(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", userPassword, ap);
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            Path out = tmp.resolve(name);
            pdf.save(out.toFile());
            return out;
        }
    }

    private Path fixture(String name) throws IOException {
        Path out = tmp.resolve(name);
        try (InputStream in = getClass().getResourceAsStream(name)) {
            Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
        }
        return out;
    }

    @Test
    void cellTextListStarts() {
        assertTrue(CellText.startsListItem("1. alpha"));
        assertTrue(CellText.startsListItem("๑.คณะทำงาน"));
        assertTrue(CellText.startsListItem("- ดำเนินการ"));
        assertTrue(CellText.startsListItem("(2) ข้อ"));
        assertTrue(CellText.startsListItem("1.2 ข้อย่อย"));
        assertFalse(CellText.startsListItem("2566 ปีงบประมาณ"));
        assertFalse(CellText.startsListItem("100.00"));
        assertFalse(CellText.startsListItem("สำนักปลัด"));
        assertInstanceOf(Paragraph.class, Paragraph.of("x"));
    }
}
