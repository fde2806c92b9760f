package org.itaminer.ingest.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Writes a long PDF of ruled measure tables for memory checks: every page a heading, a ruled table (a
 * header row and seven measures with cells wrapped over two lines) and a page number. Not committed: the tests write a
 * short one, and the 500-page measurement in the README writes it with
 * {@code java -cp ingest/target/test-classes:<classpath> org.itaminer.ingest.pdf.LongPdf 500 /tmp/long.pdf}.
 */
public final class LongPdf {

    private LongPdf() {
    }

    public static void main(String[] args) throws IOException {
        write(Integer.parseInt(args[0]), Path.of(args[1]));
    }

    static Path write(int pages, Path file) throws IOException {
        PDDocument doc = new PDDocument();
        float[] xs = {50, 90, 260, 420, 545};
        for (int p = 1; p <= pages; p++) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                TestPdfs.text(cs, TestPdfs.HELVETICA, 14, 50, 800,
                        String.format(Locale.ROOT, "Integrity measures, part %d of %d", p, pages));
                cs.setLineWidth(0.6f);
                float top = 770;
                float rowHeight = 60;
                for (int r = 0; r <= 8; r++) {
                    TestPdfs.line(cs, xs[0], top - r * rowHeight, xs[4], top - r * rowHeight);
                }
                for (float x : xs) {
                    TestPdfs.line(cs, x, top, x, top - 8 * rowHeight);
                }
                String[] header = {"No.", "Measure", "Steps", "Responsible"};
                for (int c = 0; c < header.length; c++) {
                    TestPdfs.text(cs, TestPdfs.HELVETICA, 10, xs[c] + 4, top - 16, header[c]);
                }
                for (int r = 1; r < 8; r++) {
                    float y = top - r * rowHeight - 16;
                    int n = (p - 1) * 7 + r;
                    TestPdfs.text(cs, TestPdfs.HELVETICA, 10, xs[0] + 4, y, Integer.toString(n));
                    TestPdfs.text(cs, TestPdfs.HELVETICA, 10, xs[1] + 4, y, "Publish procurement plan " + n);
                    TestPdfs.text(cs, TestPdfs.HELVETICA, 10, xs[1] + 4, y - 13, "on the agency website");
                    TestPdfs.text(cs, TestPdfs.HELVETICA, 10, xs[2] + 4, y, "1. draft the notice");
                    TestPdfs.text(cs, TestPdfs.HELVETICA, 10, xs[2] + 4, y - 13, "2. post it every quarter");
                    TestPdfs.text(cs, TestPdfs.HELVETICA, 10, xs[3] + 4, y, "Finance division");
                }
                TestPdfs.text(cs, TestPdfs.HELVETICA, 10, 290, 40, "- " + p + " -");
            }
        }
        return TestPdfs.save(doc, file);
    }
}
