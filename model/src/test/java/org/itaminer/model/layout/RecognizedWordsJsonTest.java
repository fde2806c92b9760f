package org.itaminer.model.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The words OCR read travel with their page through the layout JSON (workdir layouts, {@code itaminer text --json});
 * a text-layer page is written as before, and a layout written before words were kept still reads.
 */
class RecognizedWordsJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TextLayer SCAN = new TextLayer(TextLayer.Quality.NO_TEXT, "no text layer");

    /** A scanned page: a memo line, then a measure table whose responsible cell the engine was unsure of. */
    private static Page scannedPage() {
        Table table = new Table(List.of(Row.of("มาตรการ", "ผู้รับผิดชอบ"),
                Row.of("1. จัดทำคู่มือการปฏิบัติงาน", "กองคลัง")), TableMethod.OCR);
        List<RecognizedWord> words = List.of(
                new RecognizedWord("บันทึกข้อความ", 91.5, new RecognizedWord.Box(210, 120, 520, 168), 0, 0, 0),
                new RecognizedWord("มาตรการ", 88.0, new RecognizedWord.Box(130, 300, 290, 340), 1, 0, 0),
                new RecognizedWord("ผู้รับผิดชอบ", 84.0, new RecognizedWord.Box(900, 300, 1100, 340), 1, 0, 1),
                new RecognizedWord("1.", 95.0, new RecognizedWord.Box(130, 360, 160, 400), 1, 1, 0),
                new RecognizedWord("จัดทำคู่มือการปฏิบัติงาน", 79.0, new RecognizedWord.Box(170, 360, 600, 400), 1, 1, 0),
                new RecognizedWord("กองคลัง", 41.0, new RecognizedWord.Box(900, 360, 1040, 400), 1, 1, 1));
        return new Page(2, List.of(Paragraph.of("บันทึกข้อความ"), table), SCAN,
                new Recognition("tesseract 5.3.0 tha+eng", 79.8, 6, 1), words);
    }

    @Test
    void aScannedPageKeepsItsWordsThroughJson() throws Exception {
        Page page = scannedPage();
        String json = JSON.writeValueAsString(page);
        assertTrue(json.contains("\"box\":[900,360,1040,400]"), "boxes as [left,top,right,bottom]: " + json);
        assertEquals(page, JSON.readValue(json, Page.class));
        LayoutDocument layout = new LayoutDocument("application/pdf", TextSource.OCR, List.of(page), List.of());
        assertEquals(layout, JSON.readValue(JSON.writeValueAsBytes(layout), LayoutDocument.class));
    }

    @Test
    void aTextLayerPageIsWrittenAsBefore() throws Exception {
        Page page = new Page(1, List.of(Paragraph.of("แผนปฏิบัติการป้องกันการทุจริต")));
        assertEquals("{\"number\":1,\"blocks\":[{\"type\":\"paragraph\",\"lines\":[\"แผนปฏิบัติการป้องกันการทุจริต\"]}],"
                + "\"textLayer\":{\"quality\":\"GOOD\",\"reason\":\"\"}}", JSON.writeValueAsString(page));
    }

    @Test
    void aLayoutWrittenBeforeWordsWereKeptStillReads() throws Exception {
        String old = """
                {"mediaType":"application/pdf","textSource":"ocr","pages":[{"number":1,
                 "blocks":[{"type":"paragraph","lines":["บันทึกข้อความ"]}],
                 "textLayer":{"quality":"NO_TEXT","reason":"no text layer"},
                 "recognition":{"engine":"tesseract 5.3.0 tha+eng","meanConfidence":88.2,"words":40,
                  "lowConfidenceWords":3,"doubtfulNumbers":[]}}],"warnings":[]}""";
        Page page = JSON.readValue(old, LayoutDocument.class).pages().get(0);
        assertEquals(List.of(), page.words());
        assertEquals(40, page.recognition().words());
        assertFalse(page.confidenceAt(0, 0, 0).isPresent());
    }

    @ParameterizedTest(name = "block {0} row {1} column {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            0 | 0 | 0 | 91.5
            1 | 1 | 1 | 41.0
            1 | 0 | 1 | 84.0
            1 | 1 | 0 | 80.23
            1 | 2 | 0 | ''
            """)
    void aPlacesConfidenceIsTheMeanOfItsCharacters(int block, int row, int column, String expected) {
        // "1." (2 characters at 95) beside the 24 characters of the step at 79: the long word weighs more
        OptionalDouble at = scannedPage().confidenceAt(block, row, column);
        if (expected.isEmpty()) {
            assertFalse(at.isPresent());
        } else {
            assertEquals(Double.parseDouble(expected), at.getAsDouble(), 0.01);
        }
    }

    @Test
    void rewritingTheBlocksKeepsTheWords() {
        Page page = scannedPage();
        assertEquals(page.words(), page.withBlocks(page.blocks()).words());
    }
}
