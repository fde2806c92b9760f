package org.itaminer.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.itaminer.model.layout.Table;
import org.junit.jupiter.api.Test;

/**
 * Table cells the page pass left garbled are read again on their own, by a stand-in engine: a measure table's
 * header row "มาตรการ/แนวทาง | ผู้รับผิดชอบ" that the page pass read as "เน | 1" (shaded cells skipped).
 */
class CellRereadTest {

    private static final int DPI = 200;

    /** Two columns (x 100–500–900), two rows (y 100–200–300). */
    private static List<CellGrid> grid() {
        List<RuleLine> lines = new ArrayList<>();
        for (int y : new int[] {100, 200, 300}) {
            lines.add(new RuleLine(true, y, 100, 900));
        }
        for (int x : new int[] {100, 500, 900}) {
            lines.add(new RuleLine(false, x, 100, 300));
        }
        return CellGrid.find(lines, 6);
    }

    /** A rulings-free page with ink in the cells named by their top-left corners. */
    private static PageImage page(int... corners) {
        BufferedImage image = new BufferedImage(1000, 400, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 1000, 400);
            g.setColor(Color.BLACK);
            for (int i = 0; i < corners.length; i += 2) {
                g.fillRect(corners[i] + 40, corners[i + 1] + 30, 200, 30); // a printed word's worth of ink
            }
        } finally {
            g.dispose();
        }
        return new PageImage(image, DPI);
    }

    private static Symbol symbol(String text, int left, int top, float confidence) {
        return new Symbol(text, new Box(left, top, left + 60, top + 30), confidence, false);
    }

    /** The page pass: junk in the header row, a good body row. */
    private static RecognizedPage pagePass() {
        List<List<List<Symbol>>> paragraphs = List.of(
                List.of(List.of(symbol("เน", 150, 130, 35f))),
                List.of(List.of(symbol("1", 550, 130, 40f))),
                List.of(List.of(symbol("จัดทำคู่มือ", 150, 230, 91f), symbol("กองคลัง", 550, 230, 90f))));
        return new RecognizedPage(1000, 400, paragraphs, "stand-in");
    }

    /** A cell reader that reads {@code text} at {@code confidence} in whatever it is given, counting its calls. */
    private static final class StandIn implements CellReread.CellReader {
        final String text;
        final float confidence;
        final List<PageImage> asked = new ArrayList<>();

        StandIn(String text, float confidence) {
            this.text = text;
            this.confidence = confidence;
        }

        @Override
        public RecognizedPage read(PageImage cell) {
            asked.add(cell);
            int w = cell.image().getWidth();
            int h = cell.image().getHeight();
            Symbol s = new Symbol(text, new Box(20, h / 2 - 15, Math.min(w - 1, 220), h / 2 + 15), confidence, false);
            return new RecognizedPage(w, h, List.of(List.of(List.of(s))), "stand-in");
        }
    }

    private static Table table(RecognizedPage page) {
        List<OcrWord> words = page.paragraphs().stream().flatMap(List::stream).flatMap(l -> LineText.words(l).stream())
                .toList();
        return grid().get(0).fill(words);
    }

    @Test
    void aGarbledHeaderCellIsReadAgainAndTheSurerReadingWins() throws Exception {
        StandIn engine = new StandIn("มาตรการ", 88f);
        RecognizedPage page = CellReread.reread(pagePass(), page(100, 100, 500, 100, 100, 200, 500, 200), grid(), 12,
                engine);
        assertEquals(2, engine.asked.size(), "the two header cells, not the body row read well");
        Table table = table(page);
        assertEquals("มาตรการ", table.rows().get(0).cells().get(0).text());
        assertEquals("มาตรการ", table.rows().get(0).cells().get(1).text());
        assertEquals("จัดทำคู่มือ", table.rows().get(1).cells().get(0).text());
    }

    @Test
    void aReadingLessSureThanThePagePassIsNotTaken() throws Exception {
        StandIn engine = new StandIn("ฯลฯ", 20f);
        RecognizedPage page = CellReread.reread(pagePass(), page(100, 100, 500, 100), grid(), 12, engine);
        assertEquals(2, engine.asked.size());
        assertEquals("เน", table(page).rows().get(0).cells().get(0).text());
    }

    @Test
    void anEmptyCellIsNotRead() throws Exception {
        StandIn engine = new StandIn("มาตรการ", 88f);
        // only the first header cell has ink; the second's "1" is a speck the page pass made up
        RecognizedPage page = CellReread.reread(pagePass(), page(100, 100), grid(), 12, engine);
        assertEquals(1, engine.asked.size());
        assertEquals("1", table(page).rows().get(0).cells().get(1).text());
    }

    @Test
    void noMoreCellsThanTheBoundAreRead() throws Exception {
        StandIn engine = new StandIn("มาตรการ", 88f);
        CellReread.reread(pagePass(), page(100, 100, 500, 100), grid(), 1, engine);
        assertEquals(1, engine.asked.size());
    }

    @Test
    void aCellOfWordsReadSurelyIsNotGarbled() {
        assertFalse(CellReread.garbled(List.of(symbol("กองคลัง", 0, 0, 90f))));
        assertTrue(CellReread.garbled(List.of(symbol("1", 0, 0, 95f))));
        assertTrue(CellReread.garbled(List.of(symbol("มาตรการ", 0, 0, 30f))));
        assertTrue(CellReread.garbled(List.of()));
    }
}
