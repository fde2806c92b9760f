package org.itaminer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bench --pdf runs end to end on two small PDFs (its speed is measured by hand, not here): the three sides
 * on the same pages, wall and CPU clocks, and a file the reader refuses still counted as a page of work.
 */
class BenchPdfCommandTest {

    @Test
    void tinyRunPrintsPagesPerSecondAndPerCpuSecondForEachSide(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("pdfs"));
        write(dir.resolve("a.pdf"), "Integrity measures", "Open data");
        write(dir.resolve("b.pdf"), "Annual report");
        Files.writeString(dir.resolve("notes.txt"), "not a PDF");

        CliRun r = CliRun.of("bench", "--pdf", dir.toString(), "--rounds", "2", "--warmup", "0", "--threads", "1");

        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("corpus: 2 PDFs, 3 pages, 1 threads, 2 rounds after 0 warm-up rounds"), r.out());
        assertTrue(r.out().contains("round 2: PDFTextStripper"), r.out());
        assertTrue(r.out().contains("itaminer read") && r.out().contains("itaminer PDF path"), r.out());
        Matcher m = Pattern.compile("median pages per CPU-second: PDFTextStripper ([0-9.]+); itaminer read [^)]*\\) "
                + "([0-9.]+), ratio ([0-9.]+), median of the rounds' ratios ([0-9.]+) \\(target >= 0.8\\); "
                + "itaminer PDF path [^)]*\\) ([0-9.]+), ratio ([0-9.]+)").matcher(r.out());
        assertTrue(m.find(), r.out());
        for (int g = 1; g <= 6; g++) {
            assertTrue(Double.parseDouble(m.group(g)) > 0, r.out());
        }
        assertTrue(r.out().contains("median pages/s (wall)"), r.out());
    }

    private static void write(Path file, String... pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (String text : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    cs.newLineAtOffset(72, 720);
                    cs.showText(text);
                    cs.endText();
                }
            }
            doc.save(file.toFile());
        }
    }
}
