package org.itaminer.ingest.rtf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks RTF's groups and control words and tells a {@link Listener} the visible text, the paragraph,
 * line and page breaks, and the table structure. Forgiving like a browser: unbalanced braces and
 * unknown control words are passed over, never an error.
 */
final class RtfParser {

    /** What the parser reports, in document order. */
    interface Listener {
        void text(String text);

        void lineBreak();

        /** @param inTable the paragraph lies in a table cell ({@code \intbl}) */
        void paragraphEnd(boolean inTable);

        void cellEnd();

        /** @param cells the row's cell definitions, left to right (may be empty in a broken file) */
        void rowEnd(List<CellDef> cells);

        void pageBreak();
    }

    /**
     * One {@code \cellx}: a cell's right edge in twips.
     *
     * @param mergedIntoPrevious {@code \clmrg}: the cell continues the one on its left
     */
    record CellDef(int right, boolean mergedIntoPrevious) {
    }

    /**
     * Groups whose text is never printed on the page: tables of fonts, colours and styles, document
     * properties, pictures, headers and footers (repeated on every page, not part of the body), field
     * instructions (the field's result is printed instead), list definitions.
     */
    private static final Set<String> HIDDEN_DESTINATIONS = Set.of(
            "colortbl", "stylesheet", "info", "pict", "object", "objdata", "header", "headerl", "headerr",
            "headerf", "footer", "footerl", "footerr", "footerf", "footnote", "annotation", "fldinst",
            "listtable", "listoverridetable", "revtbl", "rsidtbl", "filetbl", "generator", "xmlnstbl",
            "themedata", "colorschememapping", "latentstyles", "datastore", "shp", "shpinst", "nonshppict",
            "xe", "tc", "txe", "userprops", "docvar", "template", "leveltext", "levelnumbers", "listname",
            "ftnsep", "ftnsepc", "aftnsep", "aftnsepc", "pgdsctbl", "mmathPr", "atnid", "atnauthor");

    /** Group state, saved at {@code {} and restored at {@code }}. */
    private static final class Group {
        /** A destination whose text and structure are not the body's. */
        boolean skip;
        /** Hidden text ({@code \v}). */
        boolean hidden;
        boolean fontTable;
        int uc = 1;
        int font = -1;

        Group copy() {
            Group g = new Group();
            g.skip = skip;
            g.hidden = hidden;
            g.fontTable = fontTable;
            g.uc = uc;
            g.font = font;
            return g;
        }
    }

    private final PushbackInputStream in;
    private final Listener listener;
    private final Deque<Group> saved = new ArrayDeque<>();
    private Group group = new Group();
    private boolean groupStart;

    private final Map<Integer, Charset> fontCharsets = new HashMap<>();
    private Charset ansi = RtfCharsets.WINDOWS_1252;
    private int defaultFont;
    private int fontBeingDefined;

    /** Characters still to drop after <code>&#92;uN</code>: the fallback for readers without Unicode. */
    private int fallbackToSkip;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private Charset bytesCharset;

    private boolean inTable;
    private List<CellDef> rowDefinition = new ArrayList<>();
    private boolean nextCellMerged;

    private RtfParser(InputStream in, Listener listener) {
        this.in = new PushbackInputStream(in, 2);
        this.listener = listener;
    }

    /** Reads the stream to its end (the caller closes it). */
    static void parse(InputStream in, Listener listener) throws IOException {
        new RtfParser(in, listener).run();
    }

    private void run() throws IOException {
        int c;
        do {
            c = read(); // a byte-order mark or blank lines before the document's group are no text
        } while (c >= 0 && c != '{');
        unread(c);
        while ((c = read()) >= 0) {
            switch (c) {
                case '{' -> {
                    flushBytes();
                    saved.push(group);
                    group = group.copy();
                    groupStart = true;
                    fallbackToSkip = 0;
                    continue;
                }
                case '}' -> {
                    flushBytes();
                    if (!saved.isEmpty()) {
                        group = saved.pop();
                    }
                    fallbackToSkip = 0;
                }
                case '\\' -> control();
                case '\r', '\n' -> {
                    continue; // line ends in RTF source are not text
                }
                default -> textByte(c);
            }
            groupStart = false;
        }
        flushBytes();
    }

    private void control() throws IOException {
        int c = read();
        if (c < 0) {
            return;
        }
        if (isLetter(c)) {
            StringBuilder word = new StringBuilder();
            while (c >= 0 && isLetter(c)) {
                word.append((char) c);
                c = read();
            }
            boolean negative = false;
            if (c == '-') {
                int next = read();
                if (next >= '0' && next <= '9') {
                    negative = true;
                    c = next;
                } else {
                    unread(next);
                }
            }
            boolean hasParam = false;
            long value = 0;
            while (c >= '0' && c <= '9') {
                hasParam = true;
                value = Math.min(value * 10 + (c - '0'), Integer.MAX_VALUE);
                c = read();
            }
            if (c != ' ') {
                unread(c); // a space delimits the word and is dropped; anything else is content
            }
            word(word.toString(), hasParam, (int) (negative ? -value : value));
        } else if (c == '\'') {
            int hi = Character.digit(read(), 16);
            int lo = Character.digit(read(), 16);
            if (hi >= 0 && lo >= 0) {
                textByte(hi * 16 + lo);
            }
        } else {
            symbol(c);
        }
    }

    private void word(String word, boolean hasParam, int param) throws IOException {
        boolean first = groupStart;
        fallbackToSkip = 0;
        if (word.equals("bin")) {
            in.skipNBytes(Math.max(0, param)); // raw binary data, in any group
            return;
        }
        if (first && word.equals("fonttbl")) {
            group.fontTable = true;
            group.skip = true;
            return;
        }
        if (first && HIDDEN_DESTINATIONS.contains(word)) {
            group.skip = true;
            return;
        }
        if (group.fontTable) {
            defineFont(word, param);
            return;
        }
        if (group.skip) {
            return; // a table or paragraph mark in a header must not end the body's row or paragraph
        }
        switch (word) {
            case "u" -> {
                unicode(param < 0 ? param + 65536 : param);
                fallbackToSkip = group.uc;
            }
            case "uc" -> group.uc = Math.max(0, param);
            case "ansicpg" -> ansi = RtfCharsets.forCodePage(param).orElse(RtfCharsets.WINDOWS_1252);
            case "deff" -> defaultFont = param;
            case "f" -> group.font = param;
            case "plain" -> {
                group.font = -1;
                group.hidden = false;
            }
            case "v" -> group.hidden = !hasParam || param != 0;
            case "par" -> paragraphEnd();
            case "line" -> event(listener::lineBreak);
            case "tab" -> unicode('\t');
            case "cell" -> event(listener::cellEnd);
            // a table nested in a cell: its cells and rows become paragraphs of the outer cell
            case "nestcell", "nestrow" -> event(() -> listener.paragraphEnd(true));
            case "row" -> {
                List<CellDef> cells = List.copyOf(rowDefinition);
                event(() -> listener.rowEnd(cells));
            }
            case "trowd" -> {
                rowDefinition = new ArrayList<>();
                nextCellMerged = false;
            }
            case "clmrg" -> nextCellMerged = true;
            case "cellx" -> {
                rowDefinition.add(new CellDef(param, nextCellMerged));
                nextCellMerged = false;
            }
            case "pard" -> inTable = false;
            case "intbl" -> inTable = true;
            case "itap" -> inTable = param > 0;
            case "page" -> event(listener::pageBreak);
            case "emdash" -> unicode('\u2014');
            case "endash" -> unicode('\u2013');
            case "bullet" -> unicode('\u2022');
            case "lquote" -> unicode('\u2018');
            case "rquote" -> unicode('\u2019');
            case "ldblquote" -> unicode('\u201C');
            case "rdblquote" -> unicode('\u201D');
            case "emspace", "enspace", "qmspace" -> unicode(' ');
            default -> {
            }
        }
    }

    private void defineFont(String word, int param) {
        switch (word) {
            case "f" -> fontBeingDefined = param;
            case "fcharset" -> RtfCharsets.forFontCharset(param)
                    .ifPresent(cs -> fontCharsets.putIfAbsent(fontBeingDefined, cs));
            // a code page named for the font outranks its character set
            case "cpg" -> RtfCharsets.forCodePage(param).ifPresent(cs -> fontCharsets.put(fontBeingDefined, cs));
            default -> {
            }
        }
    }

    private void symbol(int c) {
        groupStart = false;
        switch (c) {
            case '*' -> group.skip = true; // an optional destination this reader does not know
            case '\\', '{', '}' -> textChar((char) c);
            case '~' -> unicode('\u00A0');
            case '_' -> unicode('-');
            case '\r', '\n' -> paragraphEnd();
            default -> {
                // \- (optional hyphen), \| and \: (formula and index marks) print nothing
            }
        }
    }

    private void paragraphEnd() {
        boolean cell = inTable;
        event(() -> listener.paragraphEnd(cell));
    }

    private void event(Runnable call) {
        flushBytes();
        if (!group.skip && !group.hidden) {
            call.run();
        }
    }

    private void unicode(int codeUnit) {
        if (!group.skip && !group.hidden) {
            flushBytes();
            listener.text(String.valueOf((char) codeUnit));
        }
    }

    private void textChar(char c) {
        if (fallbackToSkip > 0) {
            fallbackToSkip--;
        } else {
            unicode(c);
        }
    }

    /** A byte of text in the current font's character set; consecutive bytes are decoded together (DBCS). */
    private void textByte(int b) {
        if (fallbackToSkip > 0) {
            fallbackToSkip--;
            return;
        }
        if (group.skip || group.hidden) {
            return;
        }
        Charset charset = fontCharsets.getOrDefault(group.font < 0 ? defaultFont : group.font, ansi);
        if (bytesCharset != null && !bytesCharset.equals(charset)) {
            flushBytes();
        }
        bytesCharset = charset;
        bytes.write(b);
    }

    private void flushBytes() {
        if (bytes.size() > 0) {
            listener.text(new String(bytes.toByteArray(), bytesCharset));
            bytes.reset();
        }
        bytesCharset = null;
    }

    private int read() throws IOException {
        return in.read();
    }

    private void unread(int c) throws IOException {
        if (c >= 0) {
            in.unread(c);
        }
    }

    private static boolean isLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
