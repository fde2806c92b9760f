package org.itaminer.ingest.text;

import org.itaminer.model.Warning;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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
import java.util.Set;
import org.itaminer.ingest.Format;

/**
 * Reads the plain-text table form. Lines holding a tab (or markdown pipe rows {@code | a | b |}) are
 * table rows; markdown separator rows ({@code --- | ---}) are dropped; other lines are paragraph lines,
 * a blank line ending a paragraph. A table's header row printed again starts a new page, as it does
 * in the published documents.
 */
public final class TextFormReader implements DocumentReader {

    private static final Pattern SEPARATOR_CELL = Pattern.compile("\\s*:?-{2,}:?\\s*");
    private static final Pattern PIPE_ROW = Pattern.compile("\\s*\\|.*\\|\\s*");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    @Override
    public Set<Format> formats() {
        return Set.of(Format.TEXT);
    }

    @Override
    public LayoutDocument read(Path file) throws IngestException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IngestException("cannot read file: " + e.getMessage(), e);
        }
        return read(bytes);
    }

    /** Reads text-form bytes (the encoding is detected). */
    public LayoutDocument read(byte[] bytes) throws IngestException {
        if (bytes.length == 0) {
            throw new IngestException.EmptyDocumentException("the file is empty (0 bytes)");
        }
        EncodingDetector.Decoded decoded = EncodingDetector.decode(bytes);
        if (decoded.text().isBlank()) {
            throw new IngestException.EmptyDocumentException("the file holds only white space");
        }
        List<Warning> warnings = new ArrayList<>();
        if (decoded.guessed()) {
            warnings.add(Warning.of(Warning.Kind.ENCODING_GUESSED, "text encoding guessed as " + decoded.charset().name()));
        }
        if (hasControlCharacters(decoded.text())) {
            throw new IngestException.UnsupportedFormatException(
                    "binary data, not text (control characters after decoding as " + decoded.charset().name() + ")");
        }
        return new LayoutDocument("text/plain; charset=" + decoded.charset().name(), TextSource.TEXT,
                new Builder().build(decoded.text()), warnings);
    }

    private static boolean hasControlCharacters(String text) {
        long control = text.chars().filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f').count();
        return control > 0 && control * 100 > text.length();
    }

    /** Per-document state while reading lines; one instance per document. */
    private static final class Builder {
        private final List<Page> pages = new ArrayList<>();
        private List<Block> blocks = new ArrayList<>();
        private final List<String> paragraph = new ArrayList<>();
        private List<Row> tableRows = new ArrayList<>();
        private Row header;
        /** The header's words ({@link #key}), made once per table rather than once per row compared with it. */
        private String headerKey;

        List<Page> build(String text) {
            for (String line : LINE_BREAK.split(text, -1)) {
                List<String> cells = cells(line);
                if (cells != null) {
                    if (isSeparator(cells)) {
                        continue;
                    }
                    addRow(toRow(cells));
                } else if (line.isBlank() || line.strip().equals("\f")) {
                    endParagraph();
                } else {
                    endTable();
                    paragraph.add(line.strip());
                }
            }
            endParagraph();
            endTable();
            endPage();
            return pages;
        }

        private void addRow(Row row) {
            endParagraph();
            if (row.isBlank()) {
                return;
            }
            if (header != null && tableRows.size() > 1 && key(row).equals(headerKey)) {
                endTable();
                endPage();
            }
            if (tableRows.isEmpty()) {
                header = row;
                headerKey = key(row);
            }
            tableRows.add(row);
        }

        private void endParagraph() {
            if (!paragraph.isEmpty()) {
                blocks.add(new Paragraph(paragraph));
                paragraph.clear();
            }
        }

        private void endTable() {
            if (!tableRows.isEmpty()) {
                blocks.add(new Table(tableRows, TableMethod.TEXT_FORM));
                tableRows = new ArrayList<>();
            }
        }

        private void endPage() {
            if (!blocks.isEmpty() || pages.isEmpty()) {
                pages.add(new Page(pages.size() + 1, blocks));
                blocks = new ArrayList<>();
            }
        }

        /** A row's words cell by cell, white space aside, without its trailing empty cells. */
        private static String key(Row row) {
            StringBuilder sb = new StringBuilder();
            for (Cell c : row.cells()) {
                String text = c.text();
                for (int i = 0; i < text.length(); i++) {
                    char ch = text.charAt(i);
                    if (!isSpace(ch)) {
                        sb.append(ch);
                    }
                }
                sb.append('\u0001');
            }
            int end = sb.length();
            while (end > 0 && sb.charAt(end - 1) == '\u0001') {
                end--;
            }
            return sb.substring(0, end);
        }

        /** White space as a regular expression's {@code \s} means it. */
        private static boolean isSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
        }
    }

    /** The cells of a table line, or null when the line is not a table row. */
    static List<String> cells(String line) {
        if (line.indexOf('\t') >= 0) {
            return List.of(line.split("\t", -1));
        }
        if (PIPE_ROW.matcher(line).matches()) {
            String inner = line.strip();
            inner = inner.substring(1, inner.length() - 1);
            return List.of(inner.split("\\|", -1));
        }
        return null;
    }

    static boolean isSeparator(List<String> cells) {
        boolean dashes = false;
        for (String c : cells) {
            if (c.isBlank()) {
                continue;
            }
            if (!SEPARATOR_CELL.matcher(c).matches()) {
                return false;
            }
            dashes = true;
        }
        return dashes;
    }

    private static Row toRow(List<String> texts) {
        List<Cell> cells = new ArrayList<>(texts.size());
        for (String t : texts) {
            if (t.isBlank()) {
                cells.add(Cell.EMPTY);
            } else if (CellHtml.looksLikeHtml(t)) {
                cells.add(new Cell(CellHtml.paragraphs(t)));
            } else {
                cells.add(new Cell(List.of(WHITE_SPACE.matcher(t.strip()).replaceAll(" "))));
            }
        }
        return new Row(cells);
    }
}
