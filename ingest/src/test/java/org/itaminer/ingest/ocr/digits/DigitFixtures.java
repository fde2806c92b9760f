package org.itaminer.ingest.ocr.digits;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.itaminer.ingest.ocr.Box;
import org.itaminer.ingest.ocr.Symbol;

/**
 * Lines the digit tests draw themselves, in Garuda (a TLWG font kept in the test resources), with the
 * symbols Tesseract's Thai model would give for them: one per character, with its box, and the five digits
 * it lacks written as it writes them (๔→๕, ๖→๒, ๗→๓, ๘→ส, ๙→๕).
 */
final class DigitFixtures {

    /** What the engine writes for each Thai digit. */
    static final String ENGINE_WRITES = "๐๑๒๓๕๕๒๓ส๕";

    private DigitFixtures() {
    }

    static Font garuda(float size) {
        try (InputStream in = DigitFixtures.class.getResourceAsStream("/fonts/Garuda.ttf")) {
            return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(size);
        } catch (IOException | java.awt.FontFormatException e) {
            throw new UncheckedIOException(new IOException("Garuda.ttf not readable", e));
        }
    }

    /** A line drawn on a page image, and the engine's symbols for it. */
    record Line(BufferedImage image, List<Symbol> symbols) {
    }

    /**
     * {@code text} drawn at {@code size} pixels (16 pt at 200 dpi is 44), in gray with {@code noise} (0 to 1)
     * of speckle, and its symbols: a space in the text becomes a space before the next symbol.
     */
    static Line line(String text, float size, double noise, long seed) {
        Font font = garuda(size);
        int width = (int) (size * text.length() * 0.8) + 200;
        int height = (int) (size * 3);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        int x0 = 60;
        int baseline = (int) (size * 2);
        Graphics2D g = image.createGraphics();
        List<Symbol> symbols = new ArrayList<>();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(font);
            g.drawString(text, x0, baseline);
            FontRenderContext frc = g.getFontRenderContext();
            GlyphVector gv = font.layoutGlyphVector(frc, text.toCharArray(), 0, text.length(), Font.LAYOUT_LEFT_TO_RIGHT);
            int previousChar = -1;
            for (int glyph = 0; glyph < gv.getNumGlyphs(); glyph++) {
                int at = gv.getGlyphCharIndex(glyph);
                Rectangle r = gv.getGlyphPixelBounds(glyph, frc, x0, baseline);
                char c = text.charAt(at);
                if (c == ' ' || r.width <= 0 || r.height <= 0 || at == previousChar) { // SARA AM is two glyphs
                    continue;
                }
                boolean space = previousChar >= 0 && at > previousChar + 1
                        && text.substring(previousChar + 1, at).contains(" ");
                previousChar = Math.max(previousChar, at);
                String written = c >= '๐' && c <= '๙' ? String.valueOf(ENGINE_WRITES.charAt(c - '๐')) : String.valueOf(c);
                symbols.add(new Symbol(written, new Box(r.x, r.y, r.x + r.width, r.y + r.height), 90f, space));
            }
        } finally {
            g.dispose();
        }
        speckle(image, noise, seed);
        return new Line(image, symbols);
    }

    /** Gray noise over the page and ink lost at random, as a scan has them. */
    static void speckle(BufferedImage image, double noise, long seed) {
        if (noise <= 0) {
            return;
        }
        Random random = new Random(seed);
        var raster = image.getRaster();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int v = raster.getSample(x, y, 0) + (int) (random.nextGaussian() * 40 * noise);
                raster.setSample(x, y, 0, Math.max(0, Math.min(255, v)));
            }
        }
    }

    /** The text of symbols as a line: a space where one has a space before it. */
    static String text(List<Symbol> symbols) {
        StringBuilder b = new StringBuilder();
        for (Symbol s : symbols) {
            b.append(s.spaceBefore() ? " " : "").append(s.text());
        }
        return b.toString();
    }
}
