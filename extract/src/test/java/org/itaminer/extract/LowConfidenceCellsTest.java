package org.itaminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.IntPredicate;
import org.itaminer.model.Warning;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.RecognizedWord;
import org.itaminer.model.layout.Recognition;
import org.itaminer.model.layout.Row;
import org.itaminer.model.layout.Table;
import org.itaminer.model.layout.TableMethod;
import org.itaminer.model.layout.TextLayer;
import org.itaminer.model.layout.TextSource;
import org.itaminer.model.report.Report;
import org.itaminer.model.report.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A table cell OCR was unsure of is named in the warnings when its text went into a measure: the page, the
 * measure, the field and the text. A confident cell, or a doubtful one no measure took (the header), is not.
 */
class LowConfidenceCellsTest {

    private static final TextLayer SCAN = new TextLayer(TextLayer.Quality.NO_TEXT, "no text layer");
    private static final Row HEADER = Row.of("มาตรการ/แนวทาง", "วิธีการดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลา");
    private static final Source SOURCE = new Source("file:/x.pdf", "x.pdf", "0".repeat(64), "application/pdf", 2, "ocr");

    /** A plan whose second page is a scanned measure table; every cell read at 90 but the one given. */
    private static Report plan(List<Row> rows, int doubtfulRow, int doubtfulColumn, double confidence) {
        Table table = new Table(rows, TableMethod.OCR);
        List<RecognizedWord> words = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).cells().size(); c++) {
                boolean doubtful = r == doubtfulRow && (c == doubtfulColumn || doubtfulColumn < 0);
                words.add(new RecognizedWord(rows.get(r).cell(c).text(), doubtful ? confidence : 90,
                        new RecognizedWord.Box(100 + 300 * c, 200 + 60 * r, 380 + 300 * c, 240 + 60 * r), 1, r, c));
            }
        }
        Page scanned = new Page(2, List.of(Paragraph.of("ส่วนที่ 2 มาตรการ"), table), SCAN,
                new Recognition("tesseract 5.3.0 tha+eng", 88, words.size(), 0), words);
        LayoutDocument layout = new LayoutDocument("application/pdf", TextSource.MIXED, List.of(
                new Page(1, List.of(
                        Paragraph.of("มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568"),
                        Paragraph.of("องค์การบริหารส่วนตำบลบ้านโคก อำเภอเมืองปราจีนบุรี จังหวัดปราจีนบุรี"))),
                scanned), List.of());
        return Extraction.extract(layout, SOURCE);
    }

    private static List<String> cellWarnings(Report report) {
        return report.warnings().stream().filter(w -> w.kind() == Warning.Kind.LOW_CONFIDENCE_CELL)
                .map(Warning::text).toList();
    }

    @ParameterizedTest(name = "row {0} column {1} at {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1 | 2 | 41 | page 2: low OCR confidence in a cell (mean 41) read into measure 1, responsible: "กองคลัง"
            1 | 2 | 75 | ''
            1 | 2 | 60 | ''
            0 | 2 | 35 | ''
            2 | 0 | 52 | page 2: low OCR confidence in a cell (mean 52) read into measure 2, title: "2. มาตรการไม่รับของขวัญ"
            2 | 1 | 30 | page 2: low OCR confidence in a cell (mean 30) read into measure 2, steps: "ประกาศนโยบายไม่รับของขวัญ"
            2 | 2 | 45 | page 2: low OCR confidence in a cell (mean 45) read into measure 2, responsible: "สำนักปลัด"
            3 | 3 | 20 | page 2: low OCR confidence in a cell (mean 20) read into measure 3, period: "ไตรมาสที่ 2"
            """)
    void aDoubtfulCellOfAMeasureIsNamedWithItsPageMeasureAndField(int row, int column, double confidence,
            String expected) {
        Report report = plan(List.of(HEADER,
                Row.of("1. เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง", "จัดทำแผนการจัดซื้อจัดจ้าง", "กองคลัง", "ตลอดปีงบประมาณ"),
                Row.of("2. มาตรการไม่รับของขวัญ", "ประกาศนโยบายไม่รับของขวัญ", "สำนักปลัด", "ไตรมาสที่ 1"),
                Row.of("3. อบรมคุณธรรมจริยธรรม", "จัดอบรมให้ความรู้แก่บุคลากร", "สำนักปลัด", "ไตรมาสที่ 2")),
                row, column, confidence);
        assertEquals(3, report.measures().size(), report.measures().toString());
        List<String> cells = cellWarnings(report);
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected), cells, report.warnings().toString());
        cells.forEach(text -> {
            assertEquals(Warning.Kind.LOW_CONFIDENCE_CELL, Warning.read(text).kind(), "read back from JSON");
            assertEquals(OptionalInt.of(2), Warning.read(text).page());
        });
    }

    @Test
    void aDocumentNamesTheLeastConfidentCellsAndCountsTheRest() {
        List<Row> rows = new ArrayList<>(List.of(HEADER));
        String[] units = {"กองคลัง", "กองช่าง", "กองการศึกษา", "กองสาธารณสุข"};
        for (int i = 1; i <= 13; i++) {
            rows.add(Row.of(i + ". มาตรการส่งเสริมคุณธรรมข้อที่ " + i, "ดำเนินการตามแผนงานที่ " + i,
                    units[i % units.length], "ไตรมาสที่ " + (1 + i % 4)));
        }
        // every cell of measure 5's row is doubtful (four cells), and one cell of each of the others
        Table table = new Table(rows, TableMethod.OCR);
        List<RecognizedWord> words = new ArrayList<>();
        IntPredicate allDoubtful = r -> r == 5;
        for (int r = 1; r < rows.size(); r++) {
            for (int c = 0; c < 4; c++) {
                double confidence = allDoubtful.test(r) ? 20 + c : c == 1 ? 40 + r : 92;
                words.add(new RecognizedWord(rows.get(r).cell(c).text(), confidence,
                        new RecognizedWord.Box(100 + 300 * c, 200 + 60 * r, 380 + 300 * c, 240 + 60 * r), 1, r, c));
            }
        }
        Page scanned = new Page(2, List.of(Paragraph.of("ส่วนที่ 2 มาตรการ"), table), SCAN,
                new Recognition("tesseract 5.3.0 tha+eng", 80, words.size(), 16), words);
        LayoutDocument layout = new LayoutDocument("application/pdf", TextSource.MIXED, List.of(
                new Page(1, List.of(
                        Paragraph.of("มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568"),
                        Paragraph.of("องค์การบริหารส่วนตำบลบ้านโคก อำเภอเมืองปราจีนบุรี จังหวัดปราจีนบุรี"))),
                scanned), List.of());
        List<String> cells = cellWarnings(Extraction.extract(layout, SOURCE));
        assertEquals(LowConfidenceCells.NAMED + 1, cells.size(), String.join("\n", cells));
        assertEquals("low OCR confidence in 6 more cells read into measures (page 2)", cells.get(cells.size() - 1));
        // measure 5's four cells (20-23) and the six least confident others (41-47 but 45), in page order
        assertEquals("page 2: low OCR confidence in a cell (mean 41) read into measure 1, steps: \"ดำเนินการตามแผนงานที่ 1\"",
                cells.get(0));
        assertEquals(4, cells.stream().filter(t -> t.contains("read into measure 5,")).count(), String.join("\n", cells));
        assertEquals(List.of(), cells.stream().filter(t -> t.contains("measure 8,")).toList());
    }
}
