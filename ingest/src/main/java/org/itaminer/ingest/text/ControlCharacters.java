package org.itaminer.ingest.text;

import java.util.ArrayList;
import java.util.List;
import org.itaminer.model.Warning;
import org.itaminer.model.layout.Block;
import org.itaminer.model.layout.Cell;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.Row;
import org.itaminer.model.layout.Table;
import org.itaminer.model.layout.TextLayer;

/**
 * Keeps control characters out of the layout model, whichever reader made it: C0 controls, DEL, C1
 * controls and lone surrogates say nothing a person can read, and in a JSON field, a CSV cell or a
 * terminal they do harm (a PDF whose font has no Unicode map gives U+0003 for its space glyph; a damaged
 * text layer gives any byte). A line is one line in the layout model, so tab, line feed, carriage return
 * and form feed inside a line become a space; the rest are removed. Nothing else is touched: Thai text,
 * private-use glyphs and U+FFFD stay, so that the page classifier can still judge a text layer by them.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** True when {@code c} (a UTF-16 unit) is a character {@link #clean} removes or turns into a space. */
    public static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    /** True when {@code s} holds a control character or a lone surrogate. */
    public static boolean hasAny(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isControl(c)) {
                return true;
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code s} without control characters and lone surrogates; white-space controls become one space. */
    public static String clean(String s) {
        if (!hasAny(s)) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B || c == 0x85) {
                sb.append(' ');
            } else if (isControl(c)) {
                continue;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else if (!Character.isSurrogate(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The document with every string of its pages and warnings cleaned; the same object when nothing was. */
    public static LayoutDocument clean(LayoutDocument doc) {
        List<Page> pages = new ArrayList<>(doc.pages().size());
        boolean changed = false;
        for (Page p : doc.pages()) {
            Page cleaned = clean(p);
            changed |= cleaned != p;
            pages.add(cleaned);
        }
        List<Warning> warnings = new ArrayList<>(doc.warnings().size());
        for (Warning w : doc.warnings()) {
            String text = clean(w.text());
            changed |= !text.equals(w.text());
            warnings.add(text.equals(w.text()) ? w : new Warning(w.kind(), w.page(), text));
        }
        String mediaType = clean(doc.mediaType());
        changed |= !mediaType.equals(doc.mediaType());
        return changed ? new LayoutDocument(mediaType, doc.textSource(), pages, warnings) : doc;
    }

    /** The page with its blocks and text-layer reason cleaned; the same object when nothing was. */
    public static Page clean(Page page) {
        boolean changed = false;
        List<Block> blocks = new ArrayList<>(page.blocks().size());
        for (Block b : page.blocks()) {
            Block cleaned = b instanceof Paragraph p ? clean(p) : clean((Table) b);
            changed |= cleaned != b;
            if (cleaned != null) {
                blocks.add(cleaned);
            }
        }
        String reason = clean(page.textLayer().reason());
        if (!reason.equals(page.textLayer().reason())) {
            changed = true;
        }
        return changed ? new Page(page.number(), blocks, new TextLayer(page.textLayer().quality(), reason), page.recognition(),
                page.words()) : page;
    }

    /** Cleaned lines, blank ones left out; null when no line is left. */
    private static Paragraph clean(Paragraph p) {
        List<String> lines = cleanAll(p.lines());
        if (lines == p.lines()) {
            return p;
        }
        return lines.isEmpty() ? null : new Paragraph(lines);
    }

    private static Table clean(Table t) {
        boolean changed = false;
        List<Row> rows = new ArrayList<>(t.rows().size());
        for (Row r : t.rows()) {
            List<Cell> cells = new ArrayList<>(r.cells().size());
            boolean rowChanged = false;
            for (Cell c : r.cells()) {
                List<String> paragraphs = cleanAll(c.paragraphs());
                rowChanged |= paragraphs != c.paragraphs();
                cells.add(paragraphs == c.paragraphs() ? c : new Cell(paragraphs, c.columnSpan()));
            }
            changed |= rowChanged;
            rows.add(rowChanged ? new Row(cells) : r);
        }
        return changed ? t.withRows(rows) : t;
    }

    /** The same list when no string needs cleaning; otherwise the cleaned, stripped, non-blank strings. */
    private static List<String> cleanAll(List<String> strings) {
        if (strings.stream().noneMatch(ControlCharacters::hasAny)) {
            return strings;
        }
        List<String> out = new ArrayList<>(strings.size());
        for (String s : strings) {
            String c = hasAny(s) ? clean(s).replaceAll(" {2,}", " ").strip() : s;
            if (!c.isBlank()) {
                out.add(c);
            }
        }
        return out;
    }
}
