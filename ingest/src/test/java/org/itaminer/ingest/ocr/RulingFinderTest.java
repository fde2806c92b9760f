package org.itaminer.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.itaminer.model.layout.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ruled tables found in page images as scanners give them: thin lines, a little askew, a photo beside them. */
class RulingFinderTest {

    @ParameterizedTest(name = "{0}° askew, {1} px lines at {2} dpi")
    @CsvSource(textBlock = """
            0.0, 4, 300
            0.5, 2, 200
            -0.8, 2, 200
            0.3, 1, 300
            """)
    void aRuledTableIsFoundWithItsRowsAndColumns(double degrees, float thickness, int dpi) {
        BufferedImage page = page(degrees, thickness, dpi, false);
        List<CellGrid> grids = CellGrid.find(RulingFinder.find(page, dpi), Math.max(6, dpi / 15));
        assertEquals(1, grids.size(), grids.toString());
        assertEquals(4, grids.get(0).rows());
        assertEquals(5, grids.get(0).columns());
    }

    @ParameterizedTest(name = "a dark photo beside the table at {0} dpi")
    @CsvSource(textBlock = """
            200
            300
            """)
    void aFilledAreaIsNotARuling(int dpi) {
        BufferedImage page = page(0.4, 2, dpi, true);
        List<RuleLine> lines = RulingFinder.find(page, dpi);
        assertTrue(lines.stream().noneMatch(l -> l.horizontal() && l.from() < page.getWidth() / 10 && l.at() > page.getHeight() * 0.7),
                "no line out of the photo: " + lines);
        assertEquals(1, CellGrid.find(lines, Math.max(6, dpi / 15)).size());
    }

    @org.junit.jupiter.api.Test
    void aTableThePageBreakCutsKeepsItsOpenLastRow() {
        BufferedImage page = page(0.3, 2, 200, false);
        java.awt.Graphics2D g = page.createGraphics();
        g.setColor(java.awt.Color.WHITE); // the closing ruling gone: the table goes on on the next page
        int bottom = page.getHeight() * 6 / 10;
        g.fillRect(0, bottom - 40, page.getWidth(), 80);
        g.setColor(java.awt.Color.BLACK);
        g.setStroke(new java.awt.BasicStroke(2f));
        int left = page.getWidth() / 20;
        int right = page.getWidth() - page.getWidth() / 20;
        for (int x : new int[] {left, right}) {
            g.drawLine(x, bottom - 40, x, bottom + 300); // the column rulings run on to the page's foot
        }
        g.dispose();
        List<CellGrid> grids = CellGrid.find(RulingFinder.find(page, 200), 13);
        assertEquals(1, grids.size(), grids.toString());
        assertEquals(4, grids.get(0).rows(), "the cut row is a row");
        Table table = grids.get(0).fill(List.of(new OcrWord("ต่อ", new Box(left + 20, bottom + 200, left + 90, bottom + 240), 90)));
        assertTrue(table.openBottom());
        assertEquals("ต่อ", table.rows().get(table.rows().size() - 1).cell(0).text());
    }

    @org.junit.jupiter.api.Test
    void theRulingsAreErasedForOcrAndTheLettersKept() {
        BufferedImage page = ScanFixtures.page(true);
        RulingFinder.Found found = RulingFinder.findAndErase(page, ScanFixtures.DPI);
        BufferedImage erased = found.withoutRulings();
        List<RuleLine> lines = found.lines();
        assertEquals(4 + 4, lines.size(), lines.toString());
        for (RuleLine line : lines) {
            for (int p = line.from() + 10; p < line.to() - 10; p += 7) {
                int x = line.horizontal() ? p : line.at();
                int y = line.horizontal() ? line.at() : p;
                assertTrue((erased.getRaster().getSample(x, y, 0)) > RulingFinder.INK, "ink left on " + line + " at " + p);
            }
        }
        int above = ink(page, 0, 520);
        assertTrue(above > 5000, "the lines above the table are drawn: " + above);
        assertEquals(above, ink(erased, 0, 520), "the letters above the table untouched");
        assertTrue(ink(erased, 520, page.getHeight()) > 0.9 * (ink(page, 520, page.getHeight()) - ruledInk(lines)),
                "the letters in the cells kept");
    }

    private static int ink(BufferedImage image, int fromY, int toY) {
        int n = 0;
        for (int y = fromY; y < toY; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRaster().getSample(x, y, 0) <= RulingFinder.INK) {
                    n++;
                }
            }
        }
        return n;
    }

    /** About the ink of the rulings themselves (4 px thick in the fixture). */
    private static int ruledInk(List<RuleLine> lines) {
        return lines.stream().mapToInt(l -> 4 * l.length()).sum();
    }

    /** A landscape A4 page with a 4 x 5 ruled table over most of it, turned by {@code degrees}. */
    private static BufferedImage page(double degrees, float thickness, int dpi, boolean photo) {
        int w = (int) (11.69 * dpi);
        int h = (int) (8.27 * dpi);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.rotate(Math.toRadians(degrees), w / 2.0, h / 2.0);
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(thickness));
            int left = w / 20;
            int right = w - w / 20;
            int top = h / 20;
            int bottom = h * 6 / 10;
            for (int r = 0; r <= 4; r++) {
                int y = top + (bottom - top) * r / 4;
                g.drawLine(left, y, right, y);
            }
            int[] xs = {left, left + (right - left) / 10, left + (right - left) * 5 / 10, left + (right - left) * 6 / 10,
                left + (right - left) * 8 / 10, right};
            for (int x : xs) {
                g.drawLine(x, top, x, bottom);
            }
            if (photo) {
                g.setColor(new Color(40, 40, 40));
                g.fillRect(left, h * 3 / 4, w / 5, h / 6);
            }
        } finally {
            g.dispose();
        }
        return image;
    }
}
