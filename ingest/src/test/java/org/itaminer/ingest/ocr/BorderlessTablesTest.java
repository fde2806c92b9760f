package org.itaminer.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.itaminer.model.layout.Block;
import org.itaminer.model.layout.Cell;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.RecognizedWord;
import org.itaminer.model.layout.Table;
import org.itaminer.model.layout.TableMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tables without rulings read from word boxes as the engine gives them (no Tesseract here): each printed line
 * below is written {@code x:text | x:text}, one engine line per segment, in blocks of their own as Tesseract's
 * layout analysis gives a borderless table's columns ({@code x:text + x:text} for one engine line); letters 40 px high (16 pt at 300 dpi), a line every 95 px.
 */
class BorderlessTablesTest {

    private static final int LETTER = 40;
    private static final int ADVANCE = 28;
    private static final int SPACE = 22;
    private static final int STEP = 95;

    /** A page of printed lines; an empty line leaves a line's white. Each segment is a block of its own. */
    static RecognizedPage page(List<String> printed) {
        List<List<List<Symbol>>> blocks = new ArrayList<>();
        int baseline = 300;
        for (String line : printed) {
            if (!line.isBlank()) {
                for (String segment : line.split("\\|")) {
                    List<Symbol> engineLine = new ArrayList<>();
                    for (String part : segment.split("\\+")) {
                        String[] at = part.strip().split(":", 2);
                        List<Symbol> symbols = symbols(at[1], Integer.parseInt(at[0]), baseline);
                        if (!engineLine.isEmpty()) {
                            Symbol first = symbols.get(0);
                            symbols.set(0, new Symbol(first.text(), first.box(), first.confidence(), true));
                        }
                        engineLine.addAll(symbols);
                    }
                    blocks.add(List.of(engineLine));
                }
            }
            baseline += STEP;
        }
        return new RecognizedPage(2480, baseline + 200, blocks, "test");
    }

    /** One symbol per letter with its marks, a space between words as the engine's text has it. */
    private static List<Symbol> symbols(String text, int x, int baseline) {
        List<Symbol> out = new ArrayList<>();
        boolean space = false;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (cp == ' ') {
                space = true;
                x += SPACE;
                i++;
                continue;
            }
            int end = i + Character.charCount(cp);
            while (end < text.length() && BorderlessTables.isMarks(text.substring(end, end + 1))) {
                end++;
            }
            out.add(new Symbol(text.substring(i, end), new Box(x, baseline - LETTER, x + ADVANCE - 4, baseline), 90f,
                    space && !out.isEmpty()));
            x += ADVANCE;
            space = false;
            i = end;
        }
        return out;
    }

    static Page build(List<String> printed) {
        return OcrPageBuilder.build(1, page(printed), List.of(), ScanImageReader.IMAGE_PAGE);
    }

    static List<Table> tables(Page page) {
        return page.blocks().stream().filter(b -> b instanceof Table).map(b -> (Table) b).toList();
    }

    static List<List<String>> cells(Table table) {
        return table.rows().stream().map(r -> r.cells().stream().map(Cell::text).toList()).toList();
    }

    @Test
    void aMeasureTableSetInColumnsComesOutCellByCell() {
        RecognizedPage recognized = page(List.of(
                "200:มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ 2568",
                "",
                "200:ลำดับ | 480:มาตรการ | 1350:ผู้รับผิดชอบ | 1900:ระยะเวลา",
                "200:1 | 480:เผยแพร่ข้อมูลข่าวสาร | 1350:สำนักปลัด | 1900:ตุลาคม 2567",
                "480:ทางเว็บไซต์ของหน่วยงาน",
                "200:2 | 480:จัดทำคู่มือการปฏิบัติงาน | 1350:กองคลัง | 1900:ธันวาคม 2567",
                "200:3 | 480:ประชุมชี้แจงเจ้าหน้าที่ | 1350:กองช่าง | 1900:มีนาคม 2568",
                "",
                "200:ทั้งนี้ ให้หน่วยงานรายงานผลการดำเนินงานต่อผู้บริหารทุกไตรมาส"));
        Page page = OcrPageBuilder.build(1, recognized, List.of(), ScanImageReader.IMAGE_PAGE);
        List<Block> blocks = page.blocks();
        assertEquals(3, blocks.size(), blocks.toString());
        assertEquals(List.of("มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ 2568"), ((Paragraph) blocks.get(0)).lines());
        Table table = (Table) blocks.get(1);
        assertEquals(TableMethod.STREAM, table.method());
        assertEquals(List.of(
                List.of("ลำดับ", "มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา"),
                List.of("1", "เผยแพร่ข้อมูลข่าวสาร ทางเว็บไซต์ของหน่วยงาน", "สำนักปลัด", "ตุลาคม 2567"),
                List.of("2", "จัดทำคู่มือการปฏิบัติงาน", "กองคลัง", "ธันวาคม 2567"),
                List.of("3", "ประชุมชี้แจงเจ้าหน้าที่", "กองช่าง", "มีนาคม 2568")), cells(table));
        assertEquals(List.of("ทั้งนี้ ให้หน่วยงานรายงานผลการดำเนินงานต่อผู้บริหารทุกไตรมาส"), ((Paragraph) blocks.get(2)).lines());
        int words = recognized.paragraphs().stream().flatMap(List::stream).mapToInt(l -> LineText.words(l).size()).sum();
        assertEquals(words, page.recognition().words(), "the table's words still count for the page's confidence");
    }

    @Test
    void theCellsOfOneRowAreOnePrintedLineWhenTheEngineReadThemAsOne() {
        // a single engine line holding a whole row: the column gutters are found in its word gaps
        Page page = build(List.of(
                "200:ลำดับ + 480:มาตรการ + 1350:ผู้รับผิดชอบ",
                "200:1 + 480:เผยแพร่ข้อมูลข่าวสาร + 1350:สำนักปลัด",
                "200:2 + 480:จัดทำคู่มือการปฏิบัติงาน + 1350:กองคลัง",
                "200:3 + 480:ประชุมชี้แจงเจ้าหน้าที่ + 1350:กองช่าง"));
        assertEquals(1, tables(page).size(), page.blocks().toString());
        assertEquals(List.of("2", "จัดทำคู่มือการปฏิบัติงาน", "กองคลัง"), cells(tables(page).get(0)).get(2));
    }

    @Test
    void aLineOfMarksTheEngineReadApartDoesNotBreakTheTable() {
        RecognizedPage recognized = page(List.of(
                "200:ลำดับ | 480:มาตรการ | 1350:ผู้รับผิดชอบ | 1900:ระยะเวลา",
                "200:1 | 480:เผยแพร่ข้อมูลข่าวสาร | 1350:สำนักปลัด | 1900:ตุลาคม 2567",
                "200:2 | 480:จัดทำคู่มือการปฏิบัติงาน | 1350:กองคลัง | 1900:ธันวาคม 2567"));
        List<List<List<Symbol>>> blocks = new ArrayList<>(recognized.paragraphs());
        // the upper marks of row 2 read as a line of small junk letters between rows 1 and 2
        blocks.add(List.of(List.of(new Symbol("๑", new Box(600, 440, 612, 452), 30f, false),
                new Symbol("๓", new Box(760, 440, 772, 452), 30f, true))));
        Page page = OcrPageBuilder.build(1, new RecognizedPage(2480, 1000, blocks, "test"), List.of(),
                ScanImageReader.IMAGE_PAGE);
        assertEquals(1, page.blocks().size(), page.blocks().toString());
        assertEquals(3, ((Table) page.blocks().get(0)).rows().size());
    }

    /**
     * Borderless tables of the genre, as the engine may give them: each word of a table is kept on the page in
     * the cell its text went into, so the words of every cell, in order, are the cell's text word by word.
     */
    @ParameterizedTest(name = "{index}")
    @ValueSource(strings = {
        // each column a block of its own, a wrapped measure, a row with no unit named
        """
        200:มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ 2568

        200:ลำดับ | 480:มาตรการ | 1350:ผู้รับผิดชอบ | 1900:ระยะเวลา
        200:1 | 480:เผยแพร่ข้อมูลข่าวสาร | 1350:สำนักปลัด | 1900:ตุลาคม 2567
        480:ทางเว็บไซต์ของหน่วยงาน
        200:2 | 480:จัดทำคู่มือการปฏิบัติงาน | 1900:ธันวาคม 2567
        200:3 | 480:ประชุมชี้แจงเจ้าหน้าที่ | 1350:กองช่าง | 1900:มีนาคม 2568
        """,
        // each row one engine line, a unit wrapped onto a second line
        """
        200:ลำดับ + 480:มาตรการ + 1350:ผู้รับผิดชอบ
        200:1 + 480:เผยแพร่ข้อมูลข่าวสาร + 1350:สำนักปลัด
        1350:และกองคลัง
        200:2 + 480:จัดทำคู่มือการปฏิบัติงาน + 1350:กองคลัง
        200:3 + 480:ประชุมชี้แจงเจ้าหน้าที่ + 1350:กองช่าง
        """,
        // a schedule with ticks: months without one this row are empty cells
        """
        200:กิจกรรม | 900:ต.ค. | 1100:พ.ย. | 1300:ธ.ค. | 1500:ม.ค.
        200:ประชุมคณะทำงาน | 900:✓ | 1300:✓
        200:เผยแพร่ประกาศ | 1100:✓ | 1500:✓
        200:รายงานผลต่อผู้บริหาร | 900:✓ | 1100:✓ | 1500:✓
        """,
    })
    void everyWordOfATableIsKeptInTheCellItsTextWentInto(String printed) {
        Page page = build(printed.lines().toList());
        assertEquals(1, tables(page).size(), page.blocks().toString());
        int block = page.blocks().indexOf(tables(page).get(0));
        Table table = tables(page).get(0);
        int inText = 0;
        for (int r = 0; r < table.rows().size(); r++) {
            for (int c = 0; c < table.rows().get(r).cells().size(); c++) {
                String text = table.rows().get(r).cell(c).text();
                List<String> expected = text.isBlank() ? List.of() : List.of(text.split(" "));
                int row = r;
                int column = c;
                List<String> kept = page.words().stream().filter(w -> w.at(block, row, column))
                        .map(RecognizedWord::text).toList();
                assertEquals(expected, kept, "row " + r + " cell " + c + " of " + cells(table));
                inText += expected.size();
            }
        }
        long onTable = page.words().stream().filter(w -> w.block() == block).count();
        assertEquals(inText, onTable, "no word of the table without a cell: " + page.words());
        assertFalse(page.words().stream().anyMatch(w -> w.block() == block && w.row() >= table.rows().size()));
    }

    /** Pages of the genre whose lines are set apart by white but are no table: they stay paragraphs. */
    @ParameterizedTest(name = "{index}")
    @ValueSource(strings = {
        // a memo: its heading with the date at the right, and two signatures side by side
        """
        1000:บันทึกข้อความ
        200:ส่วนราชการ สำนักปลัด องค์การบริหารส่วนตำบลหนองบัว
        200:ที่ นม 0123/2567 | 1300:วันที่ 15 มกราคม 2567
        200:เรื่อง รายงานผลการดำเนินงานตามมาตรการ
        200:เรียน นายกองค์การบริหารส่วนตำบลหนองบัว
        400:ตามที่องค์การบริหารส่วนตำบลได้จัดทำมาตรการส่งเสริมคุณธรรม
        200:และความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567 นั้น สำนักปลัดขอรายงานผลดังนี้

        300:(ลงชื่อ)............................ | 1350:(ลงชื่อ)............................
        300:(นายสมชาย ใจดี) | 1350:(นางสาวสมหญิง รักงาน)
        330:หัวหน้าสำนักปลัด | 1330:ปลัดองค์การบริหารส่วนตำบล
        """,
        // a numbered list with its numbers set apart
        """
        200:ผลการดำเนินงานตามมาตรการ มีดังนี้
        400:1. | 520:เผยแพร่ข้อมูลข่าวสารทางเว็บไซต์ครบทุกรายการ
        400:2. | 520:จัดทำคู่มือการปฏิบัติงานแล้วเสร็จ
        400:3. | 520:ประชุมชี้แจงเจ้าหน้าที่ทุกกอง
        400:4. | 520:รายงานผลต่อผู้บริหาร
        """,
        // a form's fields: the edges of their boxes, read as words, are no columns
        """
        200:ผู้บันทึก + 700:[ + 760:นางสาวนวลจันทร์ บุญเจือ + 1500:]
        200:ผู้ตรวจสอบ + 700:[ + 760:นายชัยวัฒน์ ดาราสิชณน์ + 1500:]
        200:เบอร์โทรติดต่อ + 700:[ + 760:0819996054 + 1500:“
        """,
        // two lines side by side with a third column: on a scan, too few rows to tell a table
        """
        200:ประกาศ + 700:ณ วันที่ 1 + 1300:กุมภาพันธ์ 2560
        200:รายงานตัว + 700:ณ ฝ่ายบริหารงานทั่วไป + 1300:มีนาคม 2560
        """,
        // prose justified with wide spaces, in no column
        """
        200:ตามที่สำนักงาน ป.ป.ช.   ได้กำหนดให้หน่วยงานภาครัฐ   จัดทำมาตรการส่งเสริมคุณธรรม
        200:และความโปร่งใสภายในหน่วยงาน    เพื่อให้การดำเนินงาน   เป็นไปอย่างมีประสิทธิภาพ
        200:โดยมีการติดตามผล   และรายงานผลต่อผู้บริหารทุกไตรมาส    ตามแนวทางที่กำหนด
        200:จึงประกาศมาเพื่อทราบโดยทั่วกัน
        """,
    })
    void linesSetApartThatAreNoTableStayParagraphs(String printed) {
        List<String> lines = printed.lines().toList();
        Page page = build(lines);
        assertEquals(List.of(), tables(page), page.blocks().toString());
        long segments = lines.stream().filter(l -> !l.isBlank()).mapToLong(l -> l.split("\\|").length).sum();
        assertEquals(segments, page.blocks().stream().mapToLong(b -> ((Paragraph) b).lines().size()).sum(),
                "every line kept: " + page.blocks());
    }
}
