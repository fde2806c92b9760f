package org.itaminer.ingest.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.itaminer.model.layout.Recognition;

/**
 * Reads a ruled table's cell again on its own (อ่านช่องตารางซ้ำ) when the page pass left it garbled: Tesseract's
 * automatic layout (psm 3) skips shaded header cells, so a measure table's header row comes out as stray marks
 * and is taken for a measure. A cell with ink whose words are missing, hold no run of two letters, or are
 * mostly unsure is cropped inside its rulings and read as one block; that reading replaces the page pass's in
 * the cell when the engine is surer of it. At most {@code limit} cells a page are read.
 */
final class CellReread {

    /** Tesseract's single uniform block of text. */
    static final int SINGLE_BLOCK = 6;

    /** Dark pixels under this share of a cell's inside: an empty cell (specks, a ruling's edge), not read. */
    static final double MIN_INK = 0.004;

    private static final Pattern LETTERS = Pattern.compile("[\\p{L}\\p{M}]{2,}");

    /** Reads one cropped cell (from the cache or the engine). */
    @FunctionalInterface
    interface CellReader {
        RecognizedPage read(PageImage cell) throws OcrException;
    }

    private CellReread() {
    }

    /**
     * The page with its garbled cells read again where the new reading is surer.
     *
     * @param page what the page pass read, in the coordinates of {@code clean}
     * @param clean the page image without its rulings
     * @param grids the ruled tables of the page
     * @param limit at most this many cells are read
     * @param reader reads a cropped cell in single-block mode
     */
    static RecognizedPage reread(RecognizedPage page, PageImage clean, List<CellGrid> grids, int limit,
            CellReader reader) throws OcrException {
        if (limit <= 0 || grids.isEmpty()) {
            return page;
        }
        List<Symbol> all = page.paragraphs().stream().flatMap(List::stream).flatMap(List::stream).toList();
        Set<Symbol> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
        List<List<List<Symbol>>> added = new ArrayList<>();
        int margin = Math.max(2, clean.dpi() / 50); // half a millimetre: clear of what is left of a ruling
        int pad = Math.max(4, clean.dpi() / 20);
        int read = 0;
        for (CellGrid grid : grids) {
            for (Box cell : grid.cells()) {
                if (read >= limit) {
                    return rebuilt(page, dropped, added);
                }
                List<Symbol> inside = all.stream()
                        .filter(s -> cell.contains(s.box().centreX(), s.box().centreY())).toList();
                if (!garbled(inside) || cell.width() <= 2 * margin + 4 || cell.height() <= 2 * margin + 4) {
                    continue;
                }
                Box inner = new Box(Math.max(0, cell.left() + margin), Math.max(0, cell.top() + margin),
                        Math.min(clean.image().getWidth(), cell.right() - margin),
                        Math.min(clean.image().getHeight(), cell.bottom() - margin));
                if (inner.width() < 4 || inner.height() < 4 || ink(clean.image(), inner) < MIN_INK) {
                    continue;
                }
                read++;
                RecognizedPage again = reader.read(new PageImage(crop(clean.image(), inner, pad), clean.dpi()));
                int dx = inner.left() - pad;
                int dy = inner.top() - pad;
                List<List<List<Symbol>>> moved = new ArrayList<>();
                List<Symbol> kept = new ArrayList<>();
                for (List<List<Symbol>> paragraph : again.paragraphs()) {
                    List<List<Symbol>> lines = new ArrayList<>();
                    for (List<Symbol> line : paragraph) {
                        List<Symbol> out = new ArrayList<>();
                        for (Symbol s : line) {
                            Box b = s.box();
                            Symbol m = new Symbol(s.text(), new Box(b.left() + dx, b.top() + dy, b.right() + dx,
                                    b.bottom() + dy), s.confidence(), s.spaceBefore() && !out.isEmpty());
                            if (!s.text().isBlank() && cell.contains(m.box().centreX(), m.box().centreY())) {
                                out.add(m);
                            }
                        }
                        if (!out.isEmpty()) {
                            lines.add(out);
                            kept.addAll(out);
                        }
                    }
                    if (!lines.isEmpty()) {
                        moved.add(lines);
                    }
                }
                if (!kept.isEmpty() && meanConfidence(kept) > meanConfidence(inside)) {
                    dropped.addAll(inside);
                    added.addAll(moved);
                }
            }
        }
        return rebuilt(page, dropped, added);
    }

    /** Whether a cell's words look like a failed reading: none, no run of two letters, or mostly unsure. */
    static boolean garbled(List<Symbol> symbols) {
        if (symbols.isEmpty()) {
            return true;
        }
        StringBuilder text = new StringBuilder();
        symbols.forEach(s -> text.append(s.spaceBefore() ? " " : "").append(s.text()));
        return !LETTERS.matcher(text).find() || meanConfidence(symbols) < Recognition.LOW_CONFIDENCE;
    }

    static double meanConfidence(List<Symbol> symbols) {
        return symbols.stream().mapToDouble(Symbol::confidence).average().orElse(0);
    }

    /** The share of dark pixels in {@code box}. */
    static double ink(BufferedImage image, Box box) {
        int dark = 0;
        for (int y = box.top(); y < box.bottom(); y++) {
            for (int x = box.left(); x < box.right(); x++) {
                int rgb = image.getRGB(x, y);
                int grey = (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3;
                if (grey < 128) {
                    dark++;
                }
            }
        }
        return dark / (double) (box.width() * box.height());
    }

    /** The box's pixels on a white border of {@code pad} (Tesseract reads text touching the edge badly). */
    private static BufferedImage crop(BufferedImage image, Box box, int pad) {
        BufferedImage out = new BufferedImage(box.width() + 2 * pad, box.height() + 2 * pad, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.drawImage(image.getSubimage(box.left(), box.top(), box.width(), box.height()), pad, pad, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static RecognizedPage rebuilt(RecognizedPage page, Set<Symbol> dropped, List<List<List<Symbol>>> added) {
        if (dropped.isEmpty() && added.isEmpty()) {
            return page;
        }
        List<List<List<Symbol>>> paragraphs = new ArrayList<>();
        for (List<List<Symbol>> paragraph : page.paragraphs()) {
            List<List<Symbol>> lines = new ArrayList<>();
            for (List<Symbol> line : paragraph) {
                List<Symbol> left = line.stream().filter(s -> !dropped.contains(s)).toList();
                if (!left.isEmpty()) {
                    lines.add(left);
                }
            }
            if (!lines.isEmpty()) {
                paragraphs.add(lines);
            }
        }
        paragraphs.addAll(added);
        return new RecognizedPage(page.width(), page.height(), paragraphs, page.engine());
    }
}
