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
        Path dir = pair(tmp);

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
    void renderingTheTwinAtEachResolutionGivesARowPerResolution(@TempDir Path tmp) throws IOException {
        assumeTrue(Ocr.tesseract(true).unavailable().isEmpty(), "Tesseract is not installed here");
        assumeTrue(onPath("tesseract"), "the tesseract command is not installed here");
        Path dir = pair(tmp);

        CliRun r = CliRun.of("bench-ocr", dir.toString(), "--render", "100,200", "--model", "eng");

        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("model eng"), r.out());
        Matcher low = Pattern.compile("\n100 +1 +([0-9.]+) +([0-9.]+) +([0-9.]+) +([0-9.]+)").matcher(r.out());
        Matcher high = Pattern.compile("\n200 +1 +([0-9.]+) +([0-9.]+) +([0-9.]+) +([0-9.]+)").matcher(r.out());
        assertTrue(low.find() && high.find(), r.out());
        assertTrue(Double.parseDouble(high.group(4)) < 0.2, "200 dpi reads the English lines: " + r.out());
        assertTrue(r.out().contains("the reader renders at " + org.itaminer.ingest.pdf.PdfPageImages.renderDpi() + " dpi"), r.out());
    }

    @Test
    void anImplausibleResolutionIsAUsageError(@TempDir Path tmp) throws IOException {
        CliRun r = CliRun.of("bench-ocr", pair(tmp).toString(), "--render", "20");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--render takes resolutions from 50 to 1200 dpi"), r.err());
    }

    @Test
    void aTranscribedScanFoundByItsDigestIsComparedWithItsTranscript(@TempDir Path tmp) throws IOException {
        assumeTrue(Ocr.tesseract(true).unavailable().isEmpty(), "Tesseract is not installed here");
        Path dir = pair(tmp);
        Path scan = Files.move(dir.resolve("plan.scan.pdf"), dir.resolve("renamed after transcribing.pdf"));
        Files.delete(dir.resolve("plan.pdf"));
        Path transcripts = Files.createDirectories(tmp.resolve("transcripts"));
        Files.writeString(transcripts.resolve("plan.txt"), """
                # file: plan.scan.pdf
                # sha256: %s
                # page: 1
                Integrity and Transparency Assessment 2024
                No Gift Policy for every official
                """.formatted(org.itaminer.pipeline.store.ContentStore.sha256(scan)));
        Files.writeString(transcripts.resolve("elsewhere.txt"), """
                # sha256: %s
                # page: 1
                a page of a document that is not in the folder
                """.formatted("0".repeat(64)));

        CliRun r = CliRun.of("bench-ocr-transcripts", dir.toString(), "--transcripts", transcripts.toString());

        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("1 of 2 transcribed pages found"), r.out());
        assertTrue(r.out().contains("elsewhere.txt") && r.out().contains("not found"), r.out());
        Matcher m = Pattern.compile("plan\\.txt +1 +([0-9]+) +([0-9]+) +([0-9.]+)").matcher(r.out());
        assertTrue(m.find(), r.out());
        assertEquals(66, Integer.parseInt(m.group(1)), "characters of the transcript without spaces: " + r.out());
        assertTrue(Double.parseDouble(m.group(3)) < 0.1, r.out());
    }

    @Test
    void aBrokenTranscriptIsAUsageErrorNamingIt(@TempDir Path tmp) throws IOException {
        Path transcripts = Files.createDirectories(tmp.resolve("transcripts"));
        Files.writeString(transcripts.resolve("broken.txt"), "# page: 1\nno digest\n");
        CliRun r = CliRun.of("bench-ocr-transcripts", tmp.toString(), "--transcripts", transcripts.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("transcript broken.txt: no '# sha256:' line"), r.err());
    }

    /** A text-layer PDF and its scan: the PDF rendered at 200 dpi and put back as one image. */
    private static Path pair(Path tmp) throws IOException {
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
        return dir;
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
