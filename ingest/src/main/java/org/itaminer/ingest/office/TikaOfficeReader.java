package org.itaminer.ingest.office;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.TikaMemoryLimitException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.apache.tika.sax.WriteOutContentHandler;
import org.itaminer.ingest.DocumentReader;
import org.itaminer.ingest.IngestException;
import org.itaminer.model.layout.Block;
import org.itaminer.model.layout.Cell;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.Row;
import org.itaminer.model.layout.Table;
import org.itaminer.model.layout.TableMethod;
import org.itaminer.model.layout.TextSource;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;
import java.util.Set;
import org.itaminer.ingest.Format;

/**
 * Reads office documents and HTML (DOCX, DOC, ODT, RTF, XLSX, XLS, HTML) with Tika's auto-detecting
 * parser. Tika reports the document as XHTML events; {@code <table>/<tr>/<td>} become tables (method
 * "html"), {@code <p>}, headings and list items become paragraphs, and {@code <div class="page">}
 * (Tika's page or sheet marker) or an HTML element styled {@code page-break-before: always} starts a
 * new page. Tika reports no page breaks for DOCX (Word lays pages out when it renders), so a DOCX is
 * one page. Embedded documents are not read. {@code Ingest.standard()} sends RTF to
 * {@link org.itaminer.ingest.rtf.RtfReader} instead: Tika's RTF parser loses the tables.
 */
public final class TikaOfficeReader implements DocumentReader {

    /** Built on first use: loading every Tika parser takes a moment that text-only runs need not pay. */
    private static final class ParserHolder {
        static final AutoDetectParser PARSER = new AutoDetectParser();
    }

    /** Characters one document may give: about 7,000 pages of dense text, far above any ITA document. */
    static final int MAX_CHARACTERS = 20_000_000;

    private final PackageLimits packageLimits;
    private final int maxCharacters;

    public TikaOfficeReader() {
        this(PackageLimits.DEFAULT, MAX_CHARACTERS);
    }

    /** With other limits: for tests that build a small bomb. */
    TikaOfficeReader(PackageLimits packageLimits, int maxCharacters) {
        this.packageLimits = packageLimits;
        this.maxCharacters = maxCharacters;
    }

    @Override
    public Set<Format> formats() {
        return Set.of(Format.OFFICE_ZIP, Format.OFFICE_OLE2, Format.HTML);
    }

    @Override
    public LayoutDocument read(Path file) throws IngestException {
        packageLimits.check(file);
        Metadata metadata = new Metadata();
        LayoutHandler handler = new LayoutHandler();
        try (InputStream in = TikaInputStream.get(file)) {
            if (Files.size(file) == 0) {
                throw new IngestException.EmptyDocumentException("the file is empty (0 bytes)");
            }
            ParseContext context = new ParseContext();
            // keep every HTML element (Tika's default mapping drops <br>, which separates printed lines)
            context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
            // Tika's AutoDetectParser puts its SecureContentHandler (zip-bomb ratio, nesting depth) around
            // this; the write limit bounds what the layout handler holds
            ParserHolder.PARSER.parse(in, new WriteOutContentHandler(handler, maxCharacters), metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new IngestException.EncryptedDocumentException("the document is password-protected", e);
        } catch (TikaException | SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new IngestException.TooLargeDocumentException("the document has more than " + maxCharacters
                        + " characters (the limit for one document)", e);
            }
            if (isBomb(e)) {
                throw new IngestException.TooLargeDocumentException("the document unpacks to far more than its size"
                        + " (a zip bomb?): " + e.getMessage(), e);
            }
            throw new IngestException.CorruptDocumentException("cannot parse the document: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IngestException("cannot read file: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new IngestException.CorruptDocumentException("the parser failed on the document: " + e, e);
        }
        List<Page> pages = handler.finish();
        if (pages.stream().allMatch(p -> p.blocks().isEmpty())) {
            throw new IngestException.EmptyDocumentException("the document has no text");
        }
        String type = metadata.get(Metadata.CONTENT_TYPE);
        if (type == null || type.isBlank()) {
            type = "application/octet-stream";
        }
        int semi = type.indexOf(';');
        if (semi > 0) {
            type = type.substring(0, semi).strip();
        }
        return new LayoutDocument(type.toLowerCase(Locale.ROOT), TextSource.TEXT, pages, List.of());
    }

    /** Tika's own refusals of a document too large to parse: a zip bomb, a memory limit. */
    private static boolean isBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (t instanceof TikaMemoryLimitException || m.contains("zip bomb")) {
                return true;
            }
        }
        return false;
    }

    /** Builds pages of blocks from Tika's XHTML events. */
    static final class LayoutHandler extends DefaultHandler {
        private final List<Page> pages = new ArrayList<>();
        private List<Block> blocks = new ArrayList<>();
        private final Deque<TableBuilder> tables = new ArrayDeque<>();
        /** Lines of the paragraph being read (split at {@code <br>}). */
        private final List<String> lines = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int skipDepth;
        private int blockDepth;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            String name = name(localName, qName);
            if (skipDepth > 0 || name.equals("head") || name.equals("script") || name.equals("style")
                    || name.equals("title") || name.equals("noscript") || name.equals("template")) {
                skipDepth++;
                return;
            }
            if (breaksPageBefore(atts.getValue("style")) && tables.isEmpty()) {
                flushParagraph();
                newPage();
            }
            switch (name) {
                case "div" -> {
                    String cls = atts.getValue("class");
                    if (cls != null && cls.equals("page") && tables.isEmpty()) {
                        flushParagraph();
                        newPage();
                    }
                }
                case "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "pre", "blockquote" -> {
                    flushParagraph();
                    blockDepth++;
                }
                case "br" -> breakLine();
                case "table" -> {
                    flushParagraph();
                    tables.push(new TableBuilder());
                }
                case "tr" -> {
                    if (!tables.isEmpty()) {
                        tables.peek().startRow();
                    }
                }
                case "td", "th" -> {
                    flushParagraph();
                    if (!tables.isEmpty()) {
                        tables.peek().startCell(span(atts.getValue("colspan")));
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
            switch (name) {
                case "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "pre", "blockquote" -> {
                    flushParagraph();
                    blockDepth = Math.max(0, blockDepth - 1);
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
                case "table" -> {
                    flushParagraph();
                    if (!tables.isEmpty()) {
                        TableBuilder done = tables.pop();
                        Table table = done.build();
                        if (tables.isEmpty()) {
                            if (!table.rows().isEmpty()) {
                                blocks.add(table);
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
                }
                default -> {
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
                    if (blockDepth > 0) {
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
                    text.append(c);
                }
            }
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) {
        }

        private void breakLine() {
            String line = clean(text);
            text.setLength(0);
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }

        private void flushParagraph() {
            breakLine();
            if (lines.isEmpty()) {
                return;
            }
            if (!tables.isEmpty() && tables.peek().inCell()) {
                tables.peek().addParagraph(String.join(" ", lines));
            } else {
                blocks.add(new Paragraph(new ArrayList<>(lines)));
            }
            lines.clear();
        }

        private void newPage() {
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
                    blocks.add(t);
                }
            }
            if (!blocks.isEmpty() || pages.isEmpty()) {
                pages.add(new Page(pages.size() + 1, blocks));
                blocks = new ArrayList<>();
            }
            return List.copyOf(pages);
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

        private static int span(String value) {
            if (value == null) {
                return 1;
            }
            try {
                return Math.max(1, Math.min(1000, Integer.parseInt(value.strip())));
            } catch (NumberFormatException e) {
                return 1;
            }
        }
    }

    /** Rows and cells of one HTML table being read. */
    private static final class TableBuilder {
        private final List<Row> rows = new ArrayList<>();
        private List<Cell> row;
        private List<String> cell;
        private int span = 1;

        void startRow() {
            endRow();
            row = new ArrayList<>();
        }

        void endRow() {
            endCell();
            if (row != null) {
                rows.add(new Row(row));
                row = null;
            }
        }

        void startCell(int colspan) {
            endCell();
            if (row == null) {
                row = new ArrayList<>();
            }
            cell = new ArrayList<>();
            span = colspan;
        }

        void endCell() {
            if (cell != null) {
                row.add(cell.isEmpty() && span == 1 ? Cell.EMPTY : new Cell(cell, span));
                cell = null;
            }
        }

        boolean inCell() {
            return cell != null;
        }

        void addParagraph(String text) {
            if (cell == null) {
                startCell(1);
            }
            if (!text.isBlank()) {
                cell.add(text);
            }
        }

        Table build() {
            endRow();
            return new Table(rows, TableMethod.HTML);
        }
    }
}
