package org.itaminer.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.itaminer.model.Warning;
import org.itaminer.model.layout.Cell;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.Row;
import org.itaminer.model.layout.Table;
import org.itaminer.model.layout.TableMethod;
import org.itaminer.model.layout.TextLayer;
import org.itaminer.model.layout.TextSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ControlCharactersTest {

    /** Input (with \\uXXXX escapes) and what is left of it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            มาตรการส่งเสริมคุณธรรม                 | มาตรการส่งเสริมคุณธรรม
            มาตรการ\\u0003ส่งเสริม                 | มาตรการส่งเสริม
            กอง\\u0000คลัง\\u0007                  | กองคลัง
            ผู้รับผิดชอบ\\u0009สำนักปลัด            | ผู้รับผิดชอบ สำนักปลัด
            บรรทัดแรก\\u000Aบรรทัดสอง              | บรรทัดแรก บรรทัดสอง
            ปีงบประมาณ\\u000D\\u000A๒๕๖๗           | ปีงบประมาณ  ๒๕๖๗
            หน้า\\u000Cถัดไป                       | หน้า ถัดไป
            ESC\\u001B[31m red                    | ESC[31m red
            DEL\\u007F here                       | DEL here
            C1\\u0085 next line\\u009B csi         | C1  next line csi
            lone high \\uD800 surrogate           | lone high  surrogate
            lone low \\uDC00 surrogate            | lone low  surrogate
            pair \\uD83D\\uDE00 kept               | pair \\uD83D\\uDE00 kept
            private use \\uF700\\uF701 kept        | private use \\uF700\\uF701 kept
            replacement \\uFFFD kept              | replacement \\uFFFD kept
            no-break\\u00A0space kept             | no-break\\u00A0space kept
            """)
    void cleansOneString(String dirty, String clean) {
        String in = unescape(dirty);
        String out = unescape(clean);
        assertEquals(out, ControlCharacters.clean(in));
        assertEquals(!in.equals(out), ControlCharacters.hasAny(in));
        assertFalse(ControlCharacters.hasAny(ControlCharacters.clean(in)));
    }

    @Test
    void cleansEveryStringOfADocumentAndDropsLinesLeftBlank() {
        Table table = new Table(List.of(Row.of("มาตรการ\u0007", "กองคลัง"),
                new Row(List.of(new Cell(List.of("\u0001\u0002", "๑. จัดทำแผน\u0000"), 2)))), TableMethod.LATTICE, true, false);
        LayoutDocument doc = new LayoutDocument("application/pdf", TextSource.PDF_TEXT, List.of(
                new Page(1, List.of(Paragraph.of("หัวเรื่อง\u0003แผน", "\u0003\u0003"), Paragraph.of("\u0007"), table),
                        new TextLayer(TextLayer.Quality.GOOD, "")),
                new Page(2, List.of(), new TextLayer(TextLayer.Quality.GARBAGE, "text layer unreadable (bad \u0001 byte)"))),
                List.of(Warning.onPage(Warning.Kind.NEEDS_OCR, 2, "page 2: text layer unreadable (\u0000), needs OCR")));

        LayoutDocument clean = ControlCharacters.clean(doc);

        Page p1 = clean.pages().get(0);
        assertEquals(List.of(Paragraph.of("หัวเรื่องแผน")), p1.blocks().subList(0, 1));
        assertEquals(2, p1.blocks().size(), "a paragraph of controls only is gone");
        Table t = (Table) p1.blocks().get(1);
        assertEquals("มาตรการ", t.rows().get(0).cell(0).text());
        assertEquals(List.of("๑. จัดทำแผน"), t.rows().get(1).cell(0).paragraphs());
        assertEquals(2, t.rows().get(1).cell(0).columnSpan());
        assertTrue(t.openTop());
        assertEquals("text layer unreadable (bad  byte)", clean.pages().get(1).textLayer().reason());
        assertEquals(TextLayer.Quality.GARBAGE, clean.pages().get(1).textLayer().quality());
        Warning w = clean.warnings().get(0);
        assertEquals("page 2: text layer unreadable (), needs OCR", w.text());
        assertEquals(Warning.Kind.NEEDS_OCR, w.kind());
    }

    @Test
    void aCleanDocumentIsReturnedAsItIs() {
        LayoutDocument doc = new LayoutDocument("text/plain", TextSource.TEXT,
                List.of(new Page(1, List.of(Paragraph.of("มาตรการส่งเสริมคุณธรรม")))), List.of());
        assertSame(doc, ControlCharacters.clean(doc));
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("\\u", i)) {
                sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }
}
