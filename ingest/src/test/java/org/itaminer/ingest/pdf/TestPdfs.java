package org.itaminer.ingest.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Small PDFs drawn with PDFBox for the reader tests. */
final class TestPdfs {

    static final PDFont HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    private TestPdfs() {
    }

    static void text(PDPageContentStream cs, PDFont font, float size, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    static void line(PDPageContentStream cs, float x1, float y1, float x2, float y2) throws IOException {
        cs.moveTo(x1, y1);
        cs.lineTo(x2, y2);
        cs.stroke();
    }

    /**
     * A ruled table, 3 columns x 3 rows, top-left at (x, top) in PDF coordinates: a header row whose
     * first cell spans two columns, a cell with two wrapped lines, a cell with a two-item list.
     */
    static void latticeTable(PDPageContentStream cs, PDFont font, float x, float top, String[][] texts)
            throws IOException {
        float[] xs = {x, x + 150, x + 300, x + 450};
        float[] ys = {top, top - 30, top - 90, top - 150};
        cs.setLineWidth(0.8f);
        for (float y : ys) {
            line(cs, xs[0], y, xs[3], y);
        }
        for (int c = 0; c < xs.length; c++) {
            // no line between columns 1 and 2 in the header row: a merged cell
            float from = (c == 1) ? ys[1] : ys[0];
            line(cs, xs[c], from, xs[c], ys[3]);
        }
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                String s = texts[r][c];
                if (s == null) {
                    continue;
                }
                String[] lines = s.split("\n");
                for (int k = 0; k < lines.length; k++) {
                    text(cs, font, 11, xs[c] + 4, ys[r] - 14 - k * 14, lines[k]);
                }
            }
        }
    }

    static final String[][] LATIN_TABLE = {
        {"Measure and method", null, "Owner"},
        {"Publish the plan", "first wrapped line\nsecond wrapped line", "Office"},
        {"Train staff", "1. alpha item\n2. beta item", "HR unit"},
    };

    static Path save(PDDocument doc, Path file) throws IOException {
        doc.save(file.toFile());
        doc.close();
        return file;
    }

    /** One A4 page with a heading, the Latin lattice table and a closing line. */
    static Path latticePdf(Path file) throws IOException {
        PDDocument doc = new PDDocument();
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            text(cs, HELVETICA, 14, 60, 780, "Integrity measures 2024");
            latticeTable(cs, HELVETICA, 60, 740, LATIN_TABLE);
            text(cs, HELVETICA, 11, 60, 540, "Signed by the chief administrator");
        }
        return save(doc, file);
    }

    static final List<String[]> STREAM_ROWS = List.of(
            new String[] {"No.", "Project", "Budget"},
            new String[] {"1", "Road repair", "120,000"},
            new String[] {"2", "Water supply", "85,500"},
            new String[] {"3", "School lunch", "40,000"},
            new String[] {"4", "Street lights", "12,750"});

    /** A page with an unruled table: three columns aligned by position only. */
    static Path streamPdf(Path file) throws IOException {
        PDDocument doc = new PDDocument();
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            text(cs, HELVETICA, 12, 60, 780, "Procurement summary of the year");
            float y = 740;
            for (String[] row : STREAM_ROWS) {
                text(cs, HELVETICA, 11, 60, y, row[0]);
                text(cs, HELVETICA, 11, 140, y, row[1]);
                text(cs, HELVETICA, 11, 360, y, row[2]);
                y -= 16;
            }
        }
        return save(doc, file);
    }

    /**
     * Two A4 pages, one ruled 3-column table cut by the page break inside its second row, drawn the way
     * word processors draw it: no line under the last row on page 1, none over the first row on page 2.
     */
    static Path cutTablePdf(Path file) throws IOException {
        PDDocument doc = new PDDocument();
        float[] xs = {60, 210, 360, 510};
        PDPage first = new PDPage(PDRectangle.A4);
        doc.addPage(first);
        try (PDPageContentStream cs = new PDPageContentStream(doc, first)) {
            cs.setLineWidth(0.8f);
            for (float y : new float[] {780, 750, 690}) {
                line(cs, xs[0], y, xs[3], y);
            }
            for (float x : xs) {
                line(cs, x, 780, x, 560); // runs to the page's bottom margin: no closing line
            }
            String[][] rows = {{"Measure", "Method", "Owner"}, {"1. Publish the plan", "post it online", "Office"},
                {"2. Control the use", "write a guide", "HR unit"}};
            float[] tops = {780, 750, 690};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < 3; c++) {
                    text(cs, HELVETICA, 11, xs[c] + 4, tops[r] - 14, rows[r][c]);
                }
            }
            text(cs, HELVETICA, 11, xs[0] + 4, 690 - 28, "of authority and");
        }
        PDPage second = new PDPage(PDRectangle.A4);
        doc.addPage(second);
        try (PDPageContentStream cs = new PDPageContentStream(doc, second)) {
            cs.setLineWidth(0.8f);
            for (float x : xs) {
                line(cs, x, 800, x, 740); // starts at the top margin: no opening line
            }
            line(cs, xs[0], 740, xs[3], 740);
            text(cs, HELVETICA, 11, xs[0] + 4, 786, "staff management");
            text(cs, HELVETICA, 11, xs[0] + 4, 772, "in every unit");
        }
        return save(doc, file);
    }
}
