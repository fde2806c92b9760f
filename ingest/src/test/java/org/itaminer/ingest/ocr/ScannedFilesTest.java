package org.itaminer.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.itaminer.ingest.Ingest;
import org.itaminer.ingest.IngestException;
import org.itaminer.ingest.pdf.PdfReader;
import org.itaminer.model.FailureKind;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.TextSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scans as files: image files and PDFs of page images come out as text; without Tesseract, one clear line. */
class ScannedFilesTest {

    @TempDir
    Path dir;

    private static void assumeOcr() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Ocr.shared().unavailable().isEmpty(),
                () -> "Tesseract is not installed here (" + Ocr.shared().unavailable().orElse("") + "): " + Ocr.INSTALL);
    }

    /** The first fixture line was read, within the tolerance of {@link OcrReadingTest#CER}. */
    private static void assertReadsTheTitle(LayoutDocument doc) {
        String expected = ScanFixtures.LINES.get(0);
        String best = doc.pages().get(0).blocks().stream().filter(b -> b instanceof Paragraph)
                .flatMap(b -> ((Paragraph) b).lines().stream())
                .min(java.util.Comparator.comparingDouble(l -> ScanFixtures.cer(expected, l))).orElse("");
        assertTrue(ScanFixtures.cer(expected, best) <= OcrReadingTest.CER, best + " for " + expected);
    }

    private static String text(LayoutDocument doc, int page) {
        return String.join("\n", doc.pages().get(page).blocks().stream().filter(b -> b instanceof Paragraph)
                .map(b -> ((Paragraph) b).text()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            png,  image/png
            jpeg, image/jpeg
            """)
    void anImageFileIsReadByOcr(String format, String mediaType) throws Exception {
        assumeOcr();
        Path file = dir.resolve("scan." + format);
        ImageIO.write(ScanFixtures.page(false), format, file.toFile());
        LayoutDocument doc = new ScanImageReader().read(file);
        assertEquals(TextSource.OCR, doc.textSource());
        assertEquals(mediaType, doc.mediaType());
        assertReadsTheTitle(doc);
    }

    @Test
    void everyFrameOfAMultiPageTiffIsAPage() throws Exception {
        assumeOcr();
        Path file = dir.resolve("scan.tif");
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            writer.writeToSequence(new IIOImage(ScanFixtures.page(false), null, null), null);
            writer.writeToSequence(new IIOImage(ScanFixtures.page(true), null, null), null);
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        LayoutDocument doc = Ingest.of(java.util.Map.of(org.itaminer.ingest.Format.IMAGE, new ScanImageReader())).read(file);
        assertEquals(2, doc.pages().size());
        assertEquals(List.of(1, 2), doc.pages().stream().map(p -> p.number()).toList());
        assertTrue(doc.pages().get(1).blocks().stream().anyMatch(b -> b instanceof org.itaminer.model.layout.Table));
    }

    @Test
    void aScannedPdfIsReadFromItsPageImagesAndAMixedOneSaysSo() throws Exception {
        assumeOcr();
        Path scan = pdf(false);
        LayoutDocument doc = new PdfReader().read(scan);
        assertEquals(TextSource.OCR, doc.textSource());
        assertReadsTheTitle(doc);
        assertTrue(doc.pages().get(0).recognition().recognised());
        assertTrue(doc.warnings().stream().noneMatch(w -> w.text().contains("need OCR")), doc.warnings().toString());

        LayoutDocument mixed = new PdfReader().read(pdf(true));
        assertEquals(TextSource.MIXED, mixed.textSource());
        assertEquals("Annex to the plan", text(mixed, 1));
    }

    @Test
    void withoutTesseractAScanFailsInOneLineNamingThePackagesAndTextPagesAreStillRead() throws Exception {
        Ocr missing = new Ocr(new OcrSettings("tha+eng", Optional.of(dir), 3, 1), () -> {
            throw new OcrException("never started");
        });
        Path image = dir.resolve("scan.png");
        ImageIO.write(ScanFixtures.page(false), "png", image.toFile());
        IngestException e = assertThrows(IngestException.OcrUnavailableException.class,
                () -> new ScanImageReader(missing).read(image));
        assertEquals(FailureKind.OCR_UNAVAILABLE, e.kind());
        assertEquals("an image file needs OCR but OCR cannot run: the Tesseract models tha.traineddata, eng.traineddata"
                + " (not in " + dir + ") missing; install it with: apt-get install tesseract-ocr tesseract-ocr-tha"
                + " tesseract-ocr-eng", e.getMessage());
        assertTrue(!e.getMessage().contains("\n"));

        PdfReader reader = new PdfReader(true, org.itaminer.ingest.pdf.StreamLimits.DEFAULT, () -> missing);
        IngestException pdf = assertThrows(IngestException.OcrUnavailableException.class, () -> reader.read(pdf(false)));
        assertTrue(pdf.getMessage().startsWith("a scanned PDF (no page has a text layer) needs OCR but OCR cannot run"),
                pdf.getMessage());
        LayoutDocument mixed = reader.read(pdf(true));
        assertEquals(TextSource.PDF_TEXT, mixed.textSource());
        assertEquals("Annex to the plan", text(mixed, 1));
        assertTrue(mixed.pages().get(0).textLayer().needsOcr());
    }

    /** A PDF whose first page is the fixture scan as one image; with {@code textPage}, a text page after it. */
    private Path pdf(boolean textPage) throws Exception {
        Path file = dir.resolve(textPage ? "mixed.pdf" : "scan.pdf");
        try (PDDocument pdf = new PDDocument()) {
            BufferedImage scan = ScanFixtures.page(false);
            PDRectangle size = new PDRectangle(scan.getWidth() * 72f / ScanFixtures.DPI, scan.getHeight() * 72f / ScanFixtures.DPI);
            PDPage page = new PDPage(size);
            pdf.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                cs.drawImage(LosslessFactory.createFromImage(pdf, scan), 0, 0, size.getWidth(), size.getHeight());
            }
            if (textPage) {
                PDPage text = new PDPage(PDRectangle.A4);
                pdf.addPage(text);
                try (PDPageContentStream cs = new PDPageContentStream(pdf, text)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    cs.newLineAtOffset(60, 760);
                    cs.showText("Annex to the plan");
                    cs.endText();
                }
            }
            pdf.save(file.toFile());
        }
        return file;
    }
}
