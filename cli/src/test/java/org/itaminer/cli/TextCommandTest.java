package org.itaminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.Recognition;
import org.itaminer.model.layout.RecognizedWord;
import org.itaminer.model.layout.Row;
import org.itaminer.model.layout.Table;
import org.itaminer.model.layout.TableMethod;
import org.itaminer.model.layout.TextLayer;
import org.itaminer.model.layout.TextSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code itaminer text}: paragraphs as lines, tables as TAB rows, for a web page and for a drawn scan. */
class TextCommandTest {

    @TempDir
    Path tmp;

    private Path webPage() throws IOException {
        Path html = tmp.resolve("plan.html");
        Files.writeString(html, """
                <html><head><meta charset="utf-8"><title>แผน</title></head><body>
                <p>มาตรการส่งเสริมคุณธรรมและความโปร่งใส</p>
                <p>ประจำปีงบประมาณ พ.ศ. 2567</p>
                <table border="1">
                <tr><th>ลำดับ</th><th>มาตรการ</th><th>ผู้รับผิดชอบ</th></tr>
                <tr><td>1</td><td>เผยแพร่ข้อมูลข่าวสาร</td><td>สำนักปลัด</td></tr>
                </table></body></html>
                """, StandardCharsets.UTF_8);
        return html;
    }

    @Test
    void aWebPagePrintsParagraphLinesAndTabSeparatedRows() throws IOException {
        CliRun r = CliRun.of("text", webPage().toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("=== page 1 ===", lines.get(0));
        assertTrue(lines.contains("มาตรการส่งเสริมคุณธรรมและความโปร่งใส"), r.out());
        assertTrue(lines.contains("ลำดับ\tมาตรการ\tผู้รับผิดชอบ"), r.out());
        assertTrue(lines.contains("1\tเผยแพร่ข้อมูลข่าวสาร\tสำนักปลัด"), r.out());
    }

    @Test
    void jsonIsTheLayoutModel() throws IOException {
        CliRun r = CliRun.of("text", webPage().toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode page = new ObjectMapper().readTree(r.out()).path("pages").get(0);
        assertEquals(1, page.path("number").asInt());
        assertTrue(r.out().contains("\"type\" : \"table\""), r.out());
    }

    @Test
    void aScannedImageIsReadByOcrWithItsConfidence() throws Exception {
        Path png = tmp.resolve("scan.png");
        ImageIO.write(scan(), "png", png.toFile());
        CliRun r = CliRun.of("text", png.toString());
        assertEquals(0, r.code(), r.err());
        String first = r.out().lines().findFirst().orElse("");
        assertTrue(first.startsWith("=== page 1 (OCR ") && first.contains("mean confidence"), r.out());
        // the ruled table comes out as TAB-separated rows; OCR may misread a glyph, not the grid
        assertTrue(r.out().lines().anyMatch(l -> l.split("\t", -1).length == 2 && l.endsWith("\t85.50")), r.out());
        CliRun json = CliRun.of("text", png.toString(), "--json");
        JsonNode page = new ObjectMapper().readTree(json.out()).path("pages").get(0);
        JsonNode recognition = page.path("recognition");
        assertTrue(recognition.path("meanConfidence").asDouble() > 50, json.out());
        // every word with its confidence, its box and its place; the score is in the table's second column
        JsonNode words = page.path("words");
        assertTrue(words.size() > 3, json.out());
        words.forEach(w -> assertTrue(w.path("confidence").isNumber() && w.path("box").size() == 4, w.toString()));
        JsonNode score = StreamSupport.stream(words.spliterator(), false)
                .filter(w -> w.path("text").asText().equals("85.50")).findFirst().orElseThrow(() -> new AssertionError(json.out()));
        assertEquals("table", page.path("blocks").get(score.path("block").asInt()).path("type").asText());
        assertEquals(1, score.path("column").asInt(), score.toString());
    }

    @ParameterizedTest(name = "{0} at {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            กองคลัง        | 41 | 1\tเผยแพร่ข้อมูลข่าวสาร\tกองคลัง [?41]
            กองคลัง        | 60 | 1\tเผยแพร่ข้อมูลข่าวสาร\tกองคลัง
            บันทึกข้อความ   | 35 | บันทึกข้อความ [?35]
            บันทึกข้อความ   | 92 | บันทึกข้อความ
            """)
    void aLineOrCellReadWithLowConfidenceIsMarked(String word, double confidence, String expected) {
        Table table = new Table(List.of(
                Row.of("1", "เผยแพร่ข้อมูลข่าวสาร", "กองคลัง")),
                TableMethod.OCR);
        boolean inTable = word.equals("กองคลัง");
        RecognizedWord read = new RecognizedWord(word, confidence,
                new RecognizedWord.Box(100, 100, 300, 140), inTable ? 1 : 0, 0, inTable ? 2 : 0);
        Page page = new Page(1, List.of(
                Paragraph.of("บันทึกข้อความ"), table),
                new TextLayer(TextLayer.Quality.NO_TEXT, "no text layer"),
                new Recognition("stand-in", confidence, 1, confidence < 60 ? 1 : 0),
                List.of(read));
        StringWriter text = new StringWriter();
        LayoutText.print(new PrintWriter(text), new LayoutDocument("image/png",
                TextSource.OCR, List.of(page), List.of()));
        List<String> lines = text.toString().lines().toList();
        assertTrue(lines.contains(expected.replace("\\t", "\t")), text.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            --pages=0    | 2 | not a page range
            --pages=3-2  | 2 | not a page range
            --pages=x    | 2 | not a page range
            --pages=2-   | 2 | none in 2-
            """)
    void badPageRangesAreUsageErrors(String option, int code, String message) throws IOException {
        CliRun r = CliRun.of("text", webPage().toString(), option);
        assertEquals(code, r.code(), r.out());
        assertTrue(r.err().contains(message), r.err());
    }

    @Test
    void aMissingFileIsNamed() {
        CliRun r = CliRun.of("text", tmp.resolve("nope.pdf").toString());
        assertEquals(ExitCodes.NOT_FOUND, r.code());
        assertTrue(r.err().contains("nope.pdf: no such file"), r.err());
    }

    /** One line and a ruled 2×2 table in Garuda at 300 dpi, gray, as a scanner gives it. */
    static BufferedImage scan() throws Exception {
        Font font;
        try (InputStream in = TextCommandTest.class.getResourceAsStream("/fonts/Garuda.ttf")) {
            font = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(16f * 300 / 72);
        }
        BufferedImage image = new BufferedImage(1600, 700, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1600, 700);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(font);
        g.drawString("ผลการประเมิน ITA ประจำปี 2567", 120, 160);
        g.setStroke(new BasicStroke(4));
        int left = 120;
        int top = 260;
        int[] xs = {left, left + 500, left + 1300};
        int[] ys = {top, top + 150, top + 300};
        for (int y : ys) {
            g.drawLine(xs[0], y, xs[2], y);
        }
        for (int x : xs) {
            g.drawLine(x, ys[0], x, ys[2]);
        }
        g.drawString("ตัวชี้วัด", xs[0] + 30, ys[0] + 100);
        g.drawString("คะแนน", xs[1] + 30, ys[0] + 100);
        g.drawString("ITA", xs[0] + 30, ys[1] + 100);
        g.drawString("85.50", xs[1] + 30, ys[1] + 100);
        g.dispose();
        return image;
    }
}
