package org.itaminer.pipeline.genre;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.itaminer.pipeline.genre.GenreChoices.Digits;
import org.itaminer.pipeline.genre.GenreDocument.Block;
import org.itaminer.pipeline.genre.GenreDocument.Grid;
import org.itaminer.pipeline.genre.GenreDocument.Page;
import org.itaminer.pipeline.genre.GenreDocument.Para;

/**
 * Renders a generated document as a text-layer PDF with the project's Thai font (Garuda, in
 * {@code src/test/resources/fonts}, embedded as a subset): paragraphs as lines (a heading centred, a point
 * larger), tables ruled as a lattice (spanning header cells without the ruling between them) or as aligned
 * columns; a table too long for the page goes on with its header repeated.
 */
final class PdfForm {

    private static final float MARGIN = 40;
    private static final float BODY = 11;
    private static final float HEADING = 14;
    private static final float CELL = 9;
    private static final float PAD = 3;

    /** Renders one document; each call has its own PDF document and font. */
    byte[] render(GenreDocument doc) {
        try (PDDocument pdf = new PDDocument(); InputStream ttf = PdfForm.class.getResourceAsStream("/fonts/Garuda.ttf")) {
            if (ttf == null) {
                throw new IllegalStateException("fonts/Garuda.ttf is not on the test class path");
            }
            Writer w = new Writer(pdf, PDType0Font.load(pdf, ttf), doc);
            for (Page page : doc.pages()) {
                w.newPage();
                for (Block block : page.blocks()) {
                    if (block instanceof Para p) {
                        w.para(p);
                    } else {
                        w.grid((Grid) block);
                    }
                }
            }
            w.close();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The drawing state of one document: page, content stream, the line being written. */
    private static final class Writer {
        private final PDDocument pdf;
        private final PDType0Font font;
        private final boolean thai;
        private final PDRectangle size;
        private final Map<Integer, Boolean> glyphs = new HashMap<>();
        private PDPageContentStream cs;
        private float y;

        Writer(PDDocument pdf, PDType0Font font, GenreDocument doc) {
            this.pdf = pdf;
            this.font = font;
            this.thai = doc.choices().digits() == Digits.THAI;
            boolean wide = doc.pages().stream().flatMap(p -> p.blocks().stream())
                    .anyMatch(b -> b instanceof Grid g && g.columns() > 7);
            this.size = wide ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()) : PDRectangle.A4;
        }

        void newPage() throws IOException {
            close();
            PDPage page = new PDPage(size);
            pdf.addPage(page);
            cs = new PDPageContentStream(pdf, page);
            y = size.getHeight() - MARGIN;
        }

        void close() throws IOException {
            if (cs != null) {
                cs.close();
                cs = null;
            }
        }

        private float width() {
            return size.getWidth() - 2 * MARGIN;
        }

        void para(Para p) throws IOException {
            float fs = p.heading() ? HEADING : BODY;
            for (String line : p.lines()) {
                for (String part : wrap(line, fs, width())) {
                    if (y - fs * 1.5f < MARGIN) {
                        newPage();
                    }
                    y -= fs * 1.5f;
                    float x = p.heading() ? MARGIN + (width() - textWidth(part, fs)) / 2 : MARGIN;
                    text(part, fs, x, y);
                }
            }
            y -= fs * 0.9f;
        }

        void grid(Grid g) throws IOException {
            int n = g.columns();
            float[] widths = columnWidths(g, n);
            List<List<List<String>>> header = g.rows().subList(0, g.headerRows());
            List<float[]> rowsOnPage = new ArrayList<>();
            List<List<List<String>>> drawn = new ArrayList<>();
            float top = y - 4;
            y = top;
            for (int i = 0; i < g.rows().size(); i++) {
                List<List<String>> row = g.rows().get(i);
                float h = rowHeight(row, widths);
                if (y - h < MARGIN && i >= g.headerRows() && !drawn.isEmpty()) {
                    rules(g, widths, top, drawn);
                    newPage();
                    top = y - 4;
                    y = top;
                    drawn = new ArrayList<>();
                    for (List<List<String>> hr : header) {
                        drawRow(hr, widths, rowHeight(hr, widths));
                        drawn.add(hr);
                    }
                }
                drawRow(row, widths, h);
                drawn.add(row);
            }
            rules(g, widths, top, drawn);
            y -= BODY;
        }

        private float rowHeight(List<List<String>> row, float[] widths) {
            int lines = 1;
            for (int c = 0; c < row.size(); c++) {
                int k = 0;
                for (String l : row.get(c)) {
                    k += wrap(l, CELL, widths[c] - 2 * PAD).size();
                }
                lines = Math.max(lines, k);
            }
            return lines * CELL * 1.4f + 2 * PAD;
        }

        private void drawRow(List<List<String>> row, float[] widths, float h) throws IOException {
            float x = MARGIN;
            for (int c = 0; c < widths.length; c++) {
                float ly = y - PAD;
                for (String l : c < row.size() ? row.get(c) : List.<String>of()) {
                    for (String part : wrap(l, CELL, widths[c] - 2 * PAD)) {
                        ly -= CELL * 1.4f;
                        text(part, CELL, x + PAD, ly + CELL * 0.35f);
                    }
                }
                x += widths[c];
            }
            y -= h;
        }

        /** Ruling lines of the rows drawn on this page (ruled tables only), leaving out the lines inside spans. */
        private void rules(Grid g, float[] widths, float top, List<List<List<String>>> rows) throws IOException {
            if (!g.ruled()) {
                return;
            }
            cs.setLineWidth(0.7f);
            float[] xs = new float[widths.length + 1];
            xs[0] = MARGIN;
            for (int c = 0; c < widths.length; c++) {
                xs[c + 1] = xs[c] + widths[c];
            }
            float rowTop = top;
            int headerRows = Math.min(g.headerRows(), rows.size());
            for (int i = 0; i < rows.size(); i++) {
                List<List<String>> row = rows.get(i);
                float h = rowHeight(row, widths);
                boolean header = i < headerRows;
                // the top edge, except over a header cell that continues the one above (a two-row header)
                for (int c = 0; c < widths.length; c++) {
                    boolean mergedUp = header && i > 0 && cell(row, c).isEmpty();
                    if (!mergedUp) {
                        line(xs[c], rowTop, xs[c + 1], rowTop);
                    }
                }
                for (int c = 0; c <= widths.length; c++) {
                    boolean spanned = header && i == 0 && headerRows > 1 && c > 0 && c < widths.length
                            && cell(row, c).isEmpty() && !cell(rows.get(1), c).isEmpty();
                    if (!spanned) {
                        line(xs[c], rowTop, xs[c], rowTop - h);
                    }
                }
                rowTop -= h;
            }
            line(xs[0], rowTop, xs[widths.length], rowTop);
        }

        private static List<String> cell(List<List<String>> row, int c) {
            return c < row.size() ? row.get(c) : List.of();
        }

        private void line(float x1, float y1, float x2, float y2) throws IOException {
            cs.moveTo(x1, y1);
            cs.lineTo(x2, y2);
            cs.stroke();
        }

        private float[] columnWidths(Grid g, int n) {
            float[] want = new float[n];
            for (List<List<String>> row : g.rows()) {
                for (int c = 0; c < row.size(); c++) {
                    for (String l : row.get(c)) {
                        want[c] = Math.max(want[c], Math.min(textWidth(l, CELL) + 2 * PAD, 220));
                    }
                }
            }
            float total = 0;
            for (int c = 0; c < n; c++) {
                want[c] = Math.max(want[c], 24);
                total += want[c];
            }
            float scale = width() / total;
            for (int c = 0; c < n; c++) {
                want[c] *= scale;
            }
            return want;
        }

        private void text(String s, float fs, float x, float baseline) throws IOException {
            cs.beginText();
            cs.setFont(font, fs);
            cs.newLineAtOffset(x, baseline);
            cs.showText(s);
            cs.endText();
        }

        private float textWidth(String s, float fs) {
            try {
                return font.getStringWidth(printable(s)) / 1000 * fs;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The text as printed: Thai digits where the document uses them, glyphs the font lacks replaced. */
        private String printable(String s) {
            String t = thai ? ThaiForms.thaiDigits(s) : s;
            StringBuilder b = new StringBuilder(t.length());
            t.codePoints().forEach(cp -> {
                if (glyphs.computeIfAbsent(cp, this::hasGlyph)) {
                    b.appendCodePoint(cp);
                } else {
                    b.append(cp == 0x2022 ? '-' : cp == 0x2013 ? '-' : 'X');
                }
            });
            return b.toString();
        }

        private boolean hasGlyph(int cp) {
            try {
                font.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        }

        /** Lines of at most {@code max} points: at spaces, or inside a long Thai run before a base character. */
        private List<String> wrap(String s, float fs, float max) {
            String t = printable(s);
            List<String> out = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : t.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (textWidth(candidate, fs) <= max) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                String rest = word;
                if (!line.isEmpty() && textWidth(line.toString(), fs) < max * 0.4f) {
                    // a short start ("(2)", "•") keeps the long Thai run that follows on its line, cut inside
                    rest = line + " " + word;
                } else if (!line.isEmpty()) {
                    out.add(line.toString());
                }
                line.setLength(0);
                while (textWidth(rest, fs) > max) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && (textWidth(rest.substring(0, cut), fs) > max || isMark(rest.charAt(cut)))) {
                        cut--;
                    }
                    out.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            if (!line.isEmpty()) {
                out.add(line.toString());
            }
            return out;
        }

        private static boolean isMark(char c) {
            return c == '\u0E31' || c >= '\u0E33' && c <= '\u0E3A' || c >= '\u0E47' && c <= '\u0E4E';
        }
    }
}
