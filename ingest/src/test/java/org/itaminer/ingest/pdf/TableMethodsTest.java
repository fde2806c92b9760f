package org.itaminer.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.itaminer.model.layout.Cell;
import org.itaminer.model.layout.Row;
import org.itaminer.model.layout.Table;
import org.itaminer.model.layout.TableMethod;
import org.junit.jupiter.api.Test;

/** The table detectors and extractors alone: regions found, tables read, and empty answers, never null. */
class TableMethodsTest {

    private static final double SIZE = 14;

    @Test
    void rulingsThatCrossAreOneRegionAndALoneBoxIsNone() {
        List<Ruling> rulings = new ArrayList<>(grid(new double[] {50, 150, 400}, new double[] {100, 130, 160}));
        rulings.addAll(grid(new double[] {500, 510}, new double[] {600, 610})); // a check box
        List<TableRegion> regions = new RulingTableDetector().detect(page(List.of(), rulings));
        assertEquals(1, regions.size());
        TableRegion r = regions.get(0);
        assertEquals(List.of(50.0, 100.0, 400.0, 160.0), List.of(r.x0(), r.y0(), r.x1(), r.y1()));
    }

    @Test
    void aPageWithoutRulingsHasNoRegions() {
        assertEquals(List.of(), new RulingTableDetector().detect(page(List.of(glyph("ข้อ", 60, 120)), List.of())));
    }

    @Test
    void latticeReadsACellPerGridRectangle() {
        List<Ruling> rulings = grid(new double[] {50, 150, 400}, new double[] {100, 130, 160});
        TableRegion region = new RulingTableDetector().detect(page(List.of(), rulings)).get(0);
        List<Glyph> glyphs = List.of(glyph("ลำดับ", 60, 120), glyph("มาตรการ", 160, 120),
                glyph("1", 60, 150), glyph("จัดทำคู่มือ", 160, 150));
        Optional<ExtractedTable> table = new LatticeExtractor().extract(new RuledArea(region, glyphs));
        assertTrue(table.isPresent());
        assertEquals(TableMethod.LATTICE, table.get().table().method());
        assertEquals(List.of(List.of("ลำดับ", "มาตรการ"), List.of("1", "จัดทำคู่มือ")), texts(table.get().table()));
        assertEquals(100.0, table.get().top());
        assertEquals(4, table.get().used().size());
    }

    @Test
    void aFrameAroundTextIsNoTable() {
        List<Ruling> frame = grid(new double[] {50, 400}, new double[] {100, 300});
        TableRegion region = new TableRegion(50, 100, 400, 300, frame);
        assertEquals(Optional.empty(),
                new LatticeExtractor().extract(new RuledArea(region, List.of(glyph("ประกาศ", 60, 150)))));
    }

    @Test
    void alignedLinesAreOneRunAndStreamReadsThemAsColumns() {
        List<TextLine> lines = List.of(
                line(100, "ที่", 50, "มาตรการ", 150, "ระยะเวลา", 400),
                line(120, "1", 50, "เผยแพร่ข้อมูล", 150, "ต.ค. 66", 400),
                line(140, "2", 50, "จัดทำคู่มือ", 150, "พ.ย. 66", 400),
                line(160, "3", 50, "ประเมินผล", 150, "ก.ย. 67", 400));
        List<LineRun> runs = new AlignedLineDetector().detect(lines);
        assertEquals(4, runs.size(), "one candidate run from each cut line");
        assertEquals(List.of(0, 3), List.of(runs.get(0).first(), runs.get(0).last()));
        Optional<ExtractedTable> table = new StreamExtractor().extract(runs.get(0));
        assertTrue(table.isPresent());
        assertEquals(TableMethod.STREAM, table.get().table().method());
        assertEquals(List.of("2", "จัดทำคู่มือ", "พ.ย. 66"), texts(table.get().table()).get(2));
        assertEquals(List.of(), table.get().used());
    }

    @Test
    void proseHasNoRunAndTwoColumnsAreNoStreamTable() {
        List<TextLine> prose = List.of(line(100, "หน่วยงานได้จัดทำแผนปฏิบัติการ", 50),
                line(120, "เพื่อส่งเสริมคุณธรรม", 50));
        assertEquals(List.of(), new AlignedLineDetector().detect(prose));
        List<TextLine> signatures = List.of(line(100, "ลงชื่อ", 50, "ลงชื่อ", 350),
                line(120, "(นายสมชาย)", 50, "(นางสมศรี)", 350), line(140, "ผู้เสนอ", 50, "ผู้อนุมัติ", 350));
        LineRun run = new AlignedLineDetector().detect(signatures).get(0);
        assertEquals(Optional.empty(), new StreamExtractor().extract(run));
    }

    private static List<List<String>> texts(Table table) {
        List<List<String>> out = new ArrayList<>();
        for (Row row : table.rows()) {
            out.add(row.cells().stream().map(TableMethodsTest::text).toList());
        }
        return out;
    }

    private static String text(Cell cell) {
        return String.join(" ", cell.paragraphs());
    }

    /** Horizontal rulings at {@code ys} and vertical ones at {@code xs}, spanning the grid. */
    private static List<Ruling> grid(double[] xs, double[] ys) {
        List<Ruling> out = new ArrayList<>();
        for (double yy : ys) {
            out.add(new Ruling(true, yy, xs[0], xs[xs.length - 1]));
        }
        for (double xx : xs) {
            out.add(new Ruling(false, xx, ys[0], ys[ys.length - 1]));
        }
        return out;
    }

    private static PageContent page(List<Glyph> glyphs, List<Ruling> rulings) {
        return new PageContent(1, 595, 842, glyphs, rulings, 0, 0, 0);
    }

    private static Glyph glyph(String text, double x, double baseline) {
        return new Glyph(text, x, baseline, text.length() * 6, SIZE, 0, false);
    }

    /** A line of words, each given as text then left edge. */
    private static TextLine line(double baseline, Object... wordsAndX) {
        List<TextLine.Word> words = new ArrayList<>();
        for (int i = 0; i < wordsAndX.length; i += 2) {
            String text = (String) wordsAndX[i];
            double x0 = ((Number) wordsAndX[i + 1]).doubleValue();
            words.add(new TextLine.Word(text, x0, x0 + text.length() * 6, baseline - SIZE, baseline));
        }
        return new TextLine(words, baseline, SIZE);
    }
}
