package org.itaminer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.itaminer.ingest.ocr.Ocr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bench --ocr end to end on one page scanned by the test (its text-layer twin rendered at 200 dpi and put back as
 * one image): both sides timed, the ratio, the error rate against the text layer, 2 workers over 1, peak memory.
 */
class BenchOcrCommandTest {

    @Test
    void aScanAndItsTwinGiveTheTableOfSecondsErrorsWorkersAndMemory(@TempDir Path tmp) throws IOException {
        assumeTrue(Ocr.tesseract(true).unavailable().isEmpty(), "Tesseract is not installed here");
        assumeTrue(onPath("tesseract"), "the tesseract command is not installed here");
        Path dir = Files.createDirectories(tmp.resolve("pairs"));
        Path text = dir.resolve("plan.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 16);
                cs.newLineAtOffset(72, 720);
                cs.showText("Integrity and Transparency Assessment 2024");
                cs.newLineAtOffset(0, -30);
                cs.showText("No Gift Policy for every official");
                cs.endText();
            }
            doc.save(text.toFile());
        }
        BufferedImage image;
        try (PDDocument doc = Loader.loadPDF(text.toFile())) {
            image = new PDFRenderer(doc).renderImageWithDPI(0, 200, ImageType.GRAY);
        }
        try (PDDocument scan = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            scan.addPage(page);
            PDImageXObject x = LosslessFactory.createFromImage(scan, image);
            try (PDPageContentStream cs = new PDPageContentStream(scan, page)) {
                cs.drawImage(x, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            scan.save(dir.resolve("plan.scan.pdf").toFile());
        }

        CliRun r = CliRun.of("bench", "--ocr", dir.toString());

        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("bench-ocr: 1 pages"), r.out());
        Matcher m = Pattern.compile("tha\\+eng +([0-9.]+) +([0-9.]+) +([0-9.]+) +([0-9.]+) +([0-9.]+)").matcher(r.out());
        assertTrue(m.find(), r.out());
        assertTrue(Double.parseDouble(m.group(1)) > 0 && Double.parseDouble(m.group(2)) > 0, r.out());
        assertTrue(Double.parseDouble(m.group(4)) < 0.2, "the pipeline reads the English lines: " + r.out());
        assertTrue(r.out().contains("with 2 workers") && r.out().contains("speed-up"), r.out());
        assertTrue(Pattern.compile("\ntha +[0-9.]+").matcher(r.out()).find(), "the second model: " + r.out());
        assertTrue(r.out().contains("peak memory: heap"), r.out());
    }

    @Test
    void aFolderWithoutPairsIsAUsageError(@TempDir Path tmp) {
        CliRun r = CliRun.of("bench", "--ocr", tmp.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no NAME.scan.pdf with a NAME.pdf beside it"), r.err());
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
