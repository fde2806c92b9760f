package org.itaminer.ingest.ocr;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Scanned pages the OCR tests draw themselves: Thai lines and a ruled table in Garuda (a TLWG font kept in
 * the test resources), in gray at 300 dpi, as a scanner gives them.
 */
final class ScanFixtures {

    static final int DPI = 300;
    /** 16 pt at 300 dpi, the size of body text in the genre's documents. */
    static final float SIZE = 16f * DPI / 72f;

    static final List<String> LINES = List.of(
            "มาตรการส่งเสริมคุณธรรมและความโปร่งใส",
            "ประจำปีงบประมาณ พ.ศ. 2567",
            "องค์การบริหารส่วนตำบลหนองบัว ITA");

    static final List<List<String>> TABLE = List.of(
            List.of("ลำดับ", "มาตรการ", "ผู้รับผิดชอบ"),
            List.of("1", "เผยแพร่ข้อมูลข่าวสาร", "สำนักปลัด"),
            List.of("2", "ช่องทางร้องเรียน", "กองคลัง"));

    /** Column widths of {@link #TABLE}, in pixels. */
    private static final int[] COLUMNS = {220, 900, 620};
    private static final int ROW = 130;

    private ScanFixtures() {
    }

    static Font garuda() {
        try (InputStream in = ScanFixtures.class.getResourceAsStream("/fonts/Garuda.ttf")) {
            return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(SIZE);
        } catch (IOException | java.awt.FontFormatException e) {
            throw new UncheckedIOException(new IOException("Garuda.ttf not readable", e));
        }
    }

    /** A page of {@link #LINES} and, below them when {@code withTable}, the ruled {@link #TABLE}. */
    static BufferedImage page(boolean withTable) {
        int width = 2000;
        int height = withTable ? 1150 : 600;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(garuda());
            int y = 150;
            for (String line : LINES) {
                g.drawString(line, 120, y);
                y += 130;
            }
            if (withTable) {
                table(g, 120, y);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void table(Graphics2D g, int left, int top) {
        int right = left;
        for (int w : COLUMNS) {
            right += w;
        }
        int bottom = top + ROW * TABLE.size();
        g.setStroke(new BasicStroke(4f));
        for (int r = 0; r <= TABLE.size(); r++) {
            g.drawLine(left, top + r * ROW, right, top + r * ROW);
        }
        int x = left;
        for (int c = 0; c <= COLUMNS.length; c++) {
            g.drawLine(x, top, x, bottom);
            if (c < COLUMNS.length) {
                x += COLUMNS[c];
            }
        }
        for (int r = 0; r < TABLE.size(); r++) {
            x = left;
            for (int c = 0; c < COLUMNS.length; c++) {
                g.drawString(TABLE.get(r).get(c), x + 25, top + r * ROW + 88);
                x += COLUMNS[c];
            }
        }
    }

    /**
     * The page as a scanner fed it a little askew: turned {@code degrees} clockwise about its centre (negative:
     * anticlockwise), with bilinear gray edges, paper brought in at the corners; the same size.
     */
    static BufferedImage skewed(BufferedImage page, double degrees) {
        BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.rotate(Math.toRadians(degrees), page.getWidth() / 2.0, page.getHeight() / 2.0);
            g.drawImage(page, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Salt-and-pepper noise: {@code share} of the pixels, drawn with a fixed seed, made black or white at random. */
    static BufferedImage noisy(BufferedImage page, double share, long seed) {
        BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        out.setData(page.getRaster());
        java.util.Random random = new java.util.Random(seed);
        java.awt.image.WritableRaster raster = out.getRaster();
        long dots = Math.round(share * page.getWidth() * page.getHeight());
        for (long i = 0; i < dots; i++) {
            raster.setSample(random.nextInt(page.getWidth()), random.nextInt(page.getHeight()), 0,
                    random.nextBoolean() ? 0 : 255);
        }
        return out;
    }

    /** The page turned a quarter, clockwise {@code degrees} (90 or 270), as a landscape page put on a portrait scan. */
    static BufferedImage turned(BufferedImage page, int degrees) {
        boolean across = degrees % 180 != 0;
        int w = across ? page.getHeight() : page.getWidth();
        int h = across ? page.getWidth() : page.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.translate(w / 2.0, h / 2.0);
            g.rotate(Math.toRadians(degrees));
            g.translate(-page.getWidth() / 2.0, -page.getHeight() / 2.0);
            g.drawImage(page, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Levenshtein distance over code points divided by the expected length: the character error rate. */
    static double cer(String expected, String actual) {
        int[] a = expected.codePoints().toArray();
        int[] b = actual.codePoints().toArray();
        int[] prev = new int[b.length + 1];
        int[] cur = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length; j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return a.length == 0 ? b.length : prev[b.length] / (double) a.length;
    }
}
