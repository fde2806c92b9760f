package org.itaminer.ingest.ocr.digits;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ten Thai digits (เลขไทย ๐–๙) drawn from Thai fonts, as shapes to compare a scanned glyph with. The
 * system's TLWG fonts are used (Debian's fonts-thai-tlwg): Laksaman, drawn like TH Sarabun, the government's
 * font, first, then Garuda, Loma, Norasi and Kinnari, each regular and bold.
 */
public final class DigitTemplates {

    /** The Thai digits, in order of value. */
    public static final String DIGITS = "๐๑๒๓๔๕๖๗๘๙";

    /**
     * Letters that sit on the line as digits do: a glyph nearer to one of them than to any digit is a letter
     * (the engine writes ส for ๘, and reads a letter among digits as one).
     */
    public static final String LETTERS = "กขคฆงจฉชซญฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮะาเแโใไ";

    /** Where Debian puts the TLWG fonts. */
    static final List<Path> FONT_DIRS = List.of(Path.of("/usr/share/fonts/truetype/tlwg"),
            Path.of("/usr/share/fonts/opentype/tlwg"), Path.of("/usr/local/share/fonts"));

    static final List<String> FONT_FILES = List.of("Laksaman", "Laksaman-Bold", "Garuda", "Garuda-Bold", "Loma",
            "Loma-Bold", "Norasi", "Norasi-Bold", "Kinnari", "Kinnari-Bold");

    /** The Debian package that brings the fonts. */
    public static final String PACKAGE = "fonts-thai-tlwg";

    /** Drawing size in pixels: large enough that the grid, not the pixels, limits the detail. */
    private static final float SIZE = 96f;

    private final List<Template> templates;

    private DigitTemplates(List<Template> templates) {
        this.templates = List.copyOf(templates);
    }

    /** One digit, or a letter, in one font. */
    public record Template(char digit, String font, GlyphShape shape) {

        public boolean isDigit() {
            return digit >= '๐' && digit <= '๙';
        }
    }

    /** The digits and the {@link #LETTERS} drawn in each of the given fonts. */
    public static DigitTemplates of(List<Font> fonts) {
        List<Template> all = new ArrayList<>();
        for (Font font : fonts) {
            Font sized = font.deriveFont(SIZE);
            double xHeight = xHeight(sized);
            for (char d : (DIGITS + LETTERS).toCharArray()) {
                draw(sized, String.valueOf(d)).ifPresent(ink -> all.add(
                        new Template(d, font.getFontName(), GlyphShape.of(ink, whole(ink), xHeight))));
            }
        }
        return new DigitTemplates(all);
    }

    /** The system's TLWG fonts; empty when none of them is installed. */
    public static Optional<DigitTemplates> system() {
        List<Font> fonts = new ArrayList<>();
        for (String name : FONT_FILES) {
            for (Path dir : FONT_DIRS) {
                Path file = dir.resolve(name + ".ttf");
                if (Files.isReadable(file)) {
                    try {
                        fonts.add(Font.createFont(Font.TRUETYPE_FONT, file.toFile()));
                    } catch (IOException | FontFormatException e) {
                        // an unreadable font is left out; the others still serve
                    }
                    break;
                }
            }
        }
        return fonts.isEmpty() ? Optional.empty() : Optional.of(of(fonts));
    }

    public List<Template> templates() {
        return templates;
    }

    public boolean isEmpty() {
        return templates.isEmpty();
    }

    /** The height of a Thai letter with neither rise nor tail (น, น้ำ's base), the x-height of the font. */
    static double xHeight(Font font) {
        return draw(font, "น").map(ink -> (double) whole(ink).height()).orElse((double) font.getSize2D() / 2);
    }

    private static Optional<Ink> draw(Font font, String text) {
        int size = Math.round(font.getSize2D());
        int w = size * 2;
        int h = size * 2;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(font);
            g.drawString(text, size / 2, size * 3 / 2);
        } finally {
            g.dispose();
        }
        Ink ink = Ink.of(image, 0, 0, w, h);
        return ink.blots().isEmpty() ? Optional.empty() : Optional.of(ink);
    }

    private static Ink.Blot whole(Ink ink) {
        return ink.blots().stream().reduce(Ink.Blot::merge).orElseThrow();
    }
}
