package org.itaminer.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.OptionalDouble;
import org.itaminer.model.layout.Block;
import org.itaminer.model.layout.Cell;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.Recognition;
import org.itaminer.model.layout.Row;
import org.itaminer.model.layout.Table;

/**
 * The layout model as plain text, page by page: a paragraph's lines as printed, a table's rows as
 * TAB-separated cells (so a user can paste them into a spreadsheet). A line or cell OCR read with low confidence
 * ends with its confidence in brackets ({@code กองคลัง [?41]}): the words to check against the image.
 * Presentation only.
 */
final class LayoutText {

    private LayoutText() {
    }

    static void print(PrintWriter out, LayoutDocument layout) {
        for (Page page : layout.pages()) {
            out.println(header(page));
            for (int b = 0; b < page.blocks().size(); b++) {
                Block block = page.blocks().get(b);
                if (block instanceof Paragraph p) {
                    for (int l = 0; l < p.lines().size(); l++) {
                        out.println(p.lines().get(l) + doubt(page, b, l, 0));
                    }
                } else if (block instanceof Table t) {
                    out.printf(Locale.ROOT, "[table %d×%d, %s]%n", t.rows().size(), t.columnCount(),
                            t.method().name().toLowerCase(Locale.ROOT));
                    for (int r = 0; r < t.rows().size(); r++) {
                        out.println(row(page, b, r, t.rows().get(r)));
                    }
                    out.println("[end of table]");
                }
                out.println();
            }
        }
    }

    private static String header(Page page) {
        StringBuilder h = new StringBuilder("=== page ").append(page.number());
        Recognition r = page.recognition();
        if (r.recognised()) {
            h.append(String.format(Locale.ROOT, " (OCR %s, mean confidence %.1f, %d of %d words below %d)",
                    r.engine(), r.meanConfidence(), r.lowConfidenceWords(), r.words(), Recognition.LOW_CONFIDENCE));
            if (r.rotation() != 0) { // the image as scanned was turned before reading
                h.insert(h.length() - 1, String.format(Locale.ROOT, "; image turned %d° clockwise", r.rotation()));
            }
            if (r.skew() != 0) {
                h.insert(h.length() - 1, String.format(Locale.ROOT, "; levelled by %.1f°", r.skew()));
            }
        } else if (page.textLayer().needsOcr()) {
            h.append(" (no usable text layer, not recognised)");
        }
        return h.append(" ===").toString();
    }

    /** One row as TAB-separated cells; a merged cell is followed by the empty columns it covers. */
    private static String row(Page page, int block, int r, Row row) {
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < row.cells().size(); c++) {
            out.append(c == 0 ? "" : "\t").append(cell(row.cells().get(c), doubt(page, block, r, c)));
        }
        return out.toString();
    }

    private static String cell(Cell cell, String doubt) {
        String text = cell.text().replaceAll("[\\t\\r\\n]+", " ");
        return text + doubt + "\t".repeat(cell.columnSpan() - 1);
    }

    /** " [?41]" after a line or cell read with a confidence below {@link Recognition#LOW_CONFIDENCE}; else "". */
    private static String doubt(Page page, int block, int row, int column) {
        OptionalDouble confidence = page.confidenceAt(block, row, column);
        return confidence.isPresent() && confidence.getAsDouble() < Recognition.LOW_CONFIDENCE
                ? String.format(Locale.ROOT, " [?%.0f]", confidence.getAsDouble()) : "";
    }
}
