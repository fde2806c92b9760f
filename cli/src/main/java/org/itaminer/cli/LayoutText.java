package org.itaminer.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.stream.Collectors;
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
 * TAB-separated cells (so a user can paste them into a spreadsheet). Presentation only.
 */
final class LayoutText {

    private LayoutText() {
    }

    static void print(PrintWriter out, LayoutDocument layout) {
        for (Page page : layout.pages()) {
            out.println(header(page));
            for (Block block : page.blocks()) {
                if (block instanceof Paragraph p) {
                    p.lines().forEach(out::println);
                } else if (block instanceof Table t) {
                    out.printf(Locale.ROOT, "[table %d×%d, %s]%n", t.rows().size(), t.columnCount(),
                            t.method().name().toLowerCase(Locale.ROOT));
                    t.rows().forEach(r -> out.println(row(r)));
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
    static String row(Row row) {
        return row.cells().stream().map(LayoutText::cell).collect(Collectors.joining("\t"));
    }

    private static String cell(Cell cell) {
        String text = cell.text().replaceAll("[\\t\\r\\n]+", " ");
        return text + "\t".repeat(cell.columnSpan() - 1);
    }
}
