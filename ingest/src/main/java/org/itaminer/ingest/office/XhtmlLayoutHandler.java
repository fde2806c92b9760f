package org.itaminer.ingest.office;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.itaminer.model.layout.Block;
import org.itaminer.model.layout.Cell;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.Row;
import org.itaminer.model.layout.Table;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Builds pages of blocks from Tika's XHTML events. Tables stay tables ({@link HtmlTableBuilder}); {@code <p>},
 * headings and list items are paragraphs, {@code <br>} splits their lines; Tika's page marker or a CSS page break
 * starts a page.
 *
 * <p>A web page ({@code html}) is read as a browser lays it out: a newline in the source is a space (except in
 * {@code <pre>}), a {@code <div>} is a line of its own and an empty one ({@code <div>&nbsp;</div>}) a blank line
 * between paragraphs, {@code <br>} or {@code <div>} inside a cell part its paragraphs; and the page's furniture
 * ({@link PageFurniture}: menu, breadcrumb, sidebar, footer) is not read, nor anything outside its {@code <main>}
 * where it has one. In office files a newline inside a paragraph is a line break.
 */
final class XhtmlLayoutHandler extends DefaultHandler {

    private static final Set<String> SKIPPED = Set.of("head", "script", "style", "title", "noscript", "template");
    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd",
            "pre", "blockquote");

    private final boolean html;
    private final List<Page> pages = new ArrayList<>();
    private List<Block> blocks = new ArrayList<>();
    private final Deque<HtmlTableBuilder> tables = new ArrayDeque<>();
    /** Lines of the paragraph being read (split at {@code <br>}). */
    private final List<String> lines = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    /** Blocks read outside the page's {@code <main>}. */
    private final Set<Block> outsideMain = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Printed characters so far: an element that adds none is blank. */
    private long printed;
    private int skipDepth;
    private int blockDepth;
    private int preDepth;
    private int contentDepth;
    private int mainDepth;
    private boolean sawMain;

    private final HtmlLists lists = new HtmlLists();
    /**
     * An open element of a web page: what it opened (content, main), the printed count at its start (an element
     * that adds none is blank), whether it centres its text and the symbol font it writes in ("" for none).
     */
    private record Open(int kind, long printedAtStart, boolean centred, String font) {
    }

    private final Deque<Open> open = new ArrayDeque<>();
    private boolean linesCentred;
    private boolean linesHeading;
    private int headingDepth;
    /** The heading paragraph just read, which a next heading line joins. */
    private Paragraph lastHeading;

    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final int CONTENT = 1;
    private static final int MAIN = 2;

    /** @param html a web page (else an office file Tika turned into XHTML) */
    XhtmlLayoutHandler(boolean html) {
        this.html = html;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = name(localName, qName);
        if (skipDepth > 0 || SKIPPED.contains(name) || html && PageFurniture.isFurniture(name, atts, contentDepth > 0)) {
            skipDepth++;
            return;
        }
        blockBoundaries(name, atts);
        if (html) {
            // pushed after the boundaries above: the text they end is the enclosing element's
            int kind = (PageFurniture.isContent(name, atts) ? CONTENT : 0) | (PageFurniture.isMain(name, atts) ? MAIN : 0);
            contentDepth += kind & CONTENT;
            if ((kind & MAIN) != 0) {
                mainDepth++;
                sawMain = true;
            }
            HtmlAlignment.Align align = HtmlAlignment.of(name, atts);
            String font = SymbolFonts.of(atts);
            open.push(new Open(kind, printed, align == HtmlAlignment.Align.INHERIT ? centred()
                    : align == HtmlAlignment.Align.CENTRE, font != null ? font : open.isEmpty() ? "" : open.peek().font()));
            headingDepth += HEADINGS.contains(name) ? 1 : 0;
        }
    }

    private void blockBoundaries(String name, Attributes atts) {
        if (breaksPageBefore(atts.getValue("style")) && tables.isEmpty()) {
            flushParagraph();
            newPage();
        }
        if (PARAGRAPHS.contains(name)) {
            flushParagraph();
            blockDepth++;
            preDepth += name.equals("pre") ? 1 : 0;
            if (html && name.equals("li")) {
                lists.number().ifPresent(n -> text.append(n).append(". "));
            }
            return;
        }
        switch (name) {
            case "ol", "ul" -> {
                if (html) {
                    lists.open(name, atts);
                }
            }
            case "div" -> {
                String cls = atts.getValue("class");
                if (cls != null && cls.equals("page") && tables.isEmpty()) {
                    flushParagraph();
                    newPage();
                } else if (html) {
                    divBoundary();
                }
            }
            case "br" -> {
                if (html && inCell()) {
                    flushParagraph();
                } else {
                    breakLine();
                }
            }
            case "hr" -> {
                if (html) {
                    flushParagraph();
                }
            }
            case "table" -> {
                flushParagraph();
                tables.push(new HtmlTableBuilder());
            }
            case "tr" -> {
                if (!tables.isEmpty()) {
                    tables.peek().startRow();
                }
            }
            case "td", "th" -> {
                flushParagraph();
                if (!tables.isEmpty()) {
                    tables.peek().startCell(HtmlTableBuilder.span(atts.getValue("colspan")),
                            HtmlTableBuilder.span(atts.getValue("rowspan")));
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = name(localName, qName);
        if (skipDepth > 0) {
            skipDepth--;
            return;
        }
        boolean blank = html && !open.isEmpty() && open.peek().printedAtStart() == printed;
        if (PARAGRAPHS.contains(name)) {
            flushParagraph();
            blockDepth = Math.max(0, blockDepth - 1);
            preDepth = Math.max(0, preDepth - (name.equals("pre") ? 1 : 0));
        }
        switch (name) {
            case "div" -> {
                if (html && blank) {
                    flushParagraph(); // an empty line between paragraphs
                } else if (html) {
                    divBoundary();
                }
            }
            case "td", "th" -> {
                flushParagraph();
                if (!tables.isEmpty()) {
                    tables.peek().endCell();
                }
            }
            case "tr" -> {
                if (!tables.isEmpty()) {
                    tables.peek().endRow();
                }
            }
            case "table" -> endTable();
            case "ol", "ul" -> {
                if (html) {
                    lists.close();
                }
            }
            default -> {
            }
        }
        if (html && !open.isEmpty()) {
            int kind = open.pop().kind();
            contentDepth -= kind & CONTENT;
            mainDepth -= (kind & MAIN) != 0 ? 1 : 0;
            headingDepth -= HEADINGS.contains(name) ? 1 : 0;
            if (blank && (PARAGRAPHS.contains(name) || name.equals("div"))) {
                lastHeading = null; // a blank line: what follows is not the heading's next line
            }
        }
    }

    /** A {@code <div>} starts or ends: a line of its own, or a paragraph of its own inside a cell. */
    private void divBoundary() {
        if (inCell()) {
            flushParagraph();
        } else {
            breakLine();
        }
    }

    private boolean inCell() {
        return !tables.isEmpty() && tables.peek().inCell();
    }

    private void endTable() {
        flushParagraph();
        if (tables.isEmpty()) {
            return;
        }
        Table table = tables.pop().build();
        if (tables.isEmpty()) {
            if (!table.rows().isEmpty()) {
                add(table);
            }
        } else {
            // a table inside a cell: its rows become paragraphs of that cell
            for (Row r : table.rows()) {
                String rowText = String.join(" | ", r.cells().stream()
                        .filter(c -> !c.isBlank()).map(Cell::text).toList());
                tables.peek().addParagraph(rowText);
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (skipDepth > 0) {
            return;
        }
        for (int i = start; i < start + length; i++) {
            char c = ch[i];
            if (c == '\n' || c == '\r') {
                if (blockDepth > 0 && (!html || preDepth > 0)) {
                    breakLine();
                } else {
                    text.append(' ');
                }
            } else if (c == '\f') {
                flushParagraph();
                if (tables.isEmpty()) {
                    newPage();
                }
            } else {
                text.append(html && !open.isEmpty() ? SymbolFonts.shown(open.peek().font(), c) : c);
                if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                    printed++;
                }
            }
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
    }

    private boolean centred() {
        return !open.isEmpty() && open.peek().centred();
    }

    private void breakLine() {
        String line = clean(text);
        text.setLength(0);
        if (line.isEmpty()) {
            return;
        }
        boolean centre = centred();
        if (html && !inCell() && !lines.isEmpty() && centre != linesCentred) {
            emitParagraph(); // centred lines above or below left-aligned ones: a heading and its body
        }
        if (lines.isEmpty()) {
            linesCentred = centre;
            linesHeading = centre || headingDepth > 0;
        }
        lines.add(line);
    }

    private void flushParagraph() {
        breakLine();
        emitParagraph();
    }

    private void emitParagraph() {
        if (lines.isEmpty()) {
            return;
        }
        if (inCell()) {
            tables.peek().addParagraph(String.join(" ", lines));
        } else if (html && linesHeading && lastHeading != null && !blocks.isEmpty()
                && blocks.get(blocks.size() - 1) == lastHeading) {
            // a heading written as one paragraph a line (<h1>, <h2> or centred <p>s one under the other) is one
            List<String> joined = new ArrayList<>(lastHeading.lines());
            joined.addAll(lines);
            Paragraph merged = new Paragraph(joined);
            blocks.set(blocks.size() - 1, merged);
            if (outsideMain.remove(lastHeading)) {
                outsideMain.add(merged);
            }
            lastHeading = merged;
        } else {
            Paragraph p = new Paragraph(new ArrayList<>(lines));
            add(p);
            lastHeading = html && linesHeading ? p : null;
        }
        lines.clear();
    }

    private void add(Block block) {
        blocks.add(block);
        lastHeading = null;
        if (mainDepth == 0) {
            outsideMain.add(block);
        }
    }

    private void newPage() {
        lastHeading = null;
        if (!blocks.isEmpty()) {
            pages.add(new Page(pages.size() + 1, blocks));
            blocks = new ArrayList<>();
        }
    }

    List<Page> finish() {
        flushParagraph();
        while (!tables.isEmpty()) {
            Table t = tables.pop().build();
            if (tables.isEmpty() && !t.rows().isEmpty()) {
                add(t);
            }
        }
        if (!blocks.isEmpty() || pages.isEmpty()) {
            pages.add(new Page(pages.size() + 1, blocks));
            blocks = new ArrayList<>();
        }
        if (!sawMain) {
            return List.copyOf(pages);
        }
        List<Page> kept = new ArrayList<>();
        for (Page p : pages) {
            List<Block> inside = p.blocks().stream().filter(b -> !outsideMain.contains(b)).toList();
            if (!inside.isEmpty()) {
                kept.add(new Page(kept.size() + 1, inside));
            }
        }
        return kept.isEmpty() ? List.of(new Page(1, List.of())) : List.copyOf(kept);
    }

    private static String clean(CharSequence s) {
        return s.toString().replace('\u00A0', ' ').replaceAll("[ \\t\\x0B]+", " ").strip();
    }

    private static String name(String localName, String qName) {
        String n = localName == null || localName.isEmpty() ? qName : localName;
        return n.toLowerCase(Locale.ROOT);
    }

    /**
     * A CSS page break before the element: Word's "save as web page" writes
     * {@code <br clear=all style='page-break-before:always'>} where the document had a hard page break.
     */
    static boolean breaksPageBefore(String style) {
        if (style == null) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        return s.contains("page-break-before:always") || s.contains("break-before:page");
    }
}
