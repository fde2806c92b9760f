package org.itaminer.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.itaminer.ingest.IngestException;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.Table;
import org.junit.jupiter.api.Test;

class TextFormReaderTest {

    private final TextFormReader reader = new TextFormReader();

    private LayoutDocument read(String text) throws IngestException {
        return reader.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void tabLinesAreRowsAndOtherLinesParagraphs() throws Exception {
        LayoutDocument doc = read("""
                รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรม
                และความโปร่งใส ภายในหน่วยงาน

                มาตรการ/แนวทาง\tผู้รับผิดชอบ
                ๑. เผยแพร่ข้อมูล\tสำนักปลัด
                """);
        assertEquals(1, doc.pages().size());
        Paragraph heading = assertInstanceOf(Paragraph.class, doc.pages().get(0).blocks().get(0));
        assertEquals(List.of("รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรม", "และความโปร่งใส ภายในหน่วยงาน"), heading.lines());
        Table table = assertInstanceOf(Table.class, doc.pages().get(0).blocks().get(1));
        assertEquals(2, table.rows().size());
        assertEquals("สำนักปลัด", table.rows().get(1).cell(1).text());
    }

    @Test
    void repeatedHeaderStartsANewPageAndSeparatorRowsAreDropped() throws Exception {
        LayoutDocument doc = read("""
                มาตรการ\tผู้รับผิดชอบ
                ๑. ก\tกองคลัง
                --\t---

                มาตรการ\tผู้รับผิดชอบ
                (ต่อ)\tกองคลัง
                """);
        assertEquals(2, doc.pages().size());
        Table second = (Table) doc.pages().get(1).blocks().get(0);
        assertEquals("(ต่อ)", second.rows().get(1).cell(0).text());
        assertEquals(2, ((Table) doc.pages().get(0).blocks().get(0)).rows().size());
    }

    @Test
    void markdownPipeRowsAreRowsToo() throws Exception {
        LayoutDocument doc = read("| มาตรการ | ผู้รับผิดชอบ |\n| --- | --- |\n| 1. ก | กองช่าง |\n");
        Table table = (Table) doc.pages().get(0).blocks().get(0);
        assertEquals(2, table.rows().size());
        assertEquals("กองช่าง", table.rows().get(1).cell(1).text());
    }

    @Test
    void htmlInCellsBecomesParagraphsAndNumberedItems() throws Exception {
        LayoutDocument doc = read("มาตรการ\tขั้นตอน\n"
                + "<p>๒. จัด<u>กิจกรรม</u></p>\t<ol><li>แต่งตั้ง</li><li>ประชุม</li></ol><p>หมายเหตุ<br>ท้าย</p>\n");
        Table table = (Table) doc.pages().get(0).blocks().get(0);
        assertEquals(List.of("๒. จัดกิจกรรม"), table.rows().get(1).cell(0).paragraphs());
        assertEquals(List.of("1. แต่งตั้ง", "2. ประชุม", "หมายเหตุ", "ท้าย"), table.rows().get(1).cell(1).paragraphs());
    }

    @Test
    void tis620TextIsDetectedAndDecoded() throws Exception {
        byte[] bytes = "มาตรการ\tผู้รับผิดชอบ\n๑. เผยแพร่ข้อมูล\tสำนักปลัด\n".getBytes(Charset.forName("TIS-620"));
        LayoutDocument doc = reader.read(bytes);
        assertTrue(doc.mediaType().contains("874"), doc.mediaType());
        assertEquals("สำนักปลัด", ((Table) doc.pages().get(0).blocks().get(0)).rows().get(1).cell(1).text());
    }

    @Test
    void badInputsFailWithTheirCause() {
        assertThrows(IngestException.EmptyDocumentException.class, () -> reader.read(new byte[0]));
        assertThrows(IngestException.EmptyDocumentException.class, () -> read(" \n\n\t\n"));
        assertThrows(IngestException.UnsupportedFormatException.class,
                () -> reader.read(new byte[] {'a', 1, 2, 3, 4, 5, 6, 7, 8, 'b', 0x0E, 0x0F, 0x10, 0x11}));
    }

    @Test
    void latinTextIsNotMistakenForThai() throws Exception {
        byte[] latin = "caf\u00e9 na\u00efve r\u00e9sum\u00e9 cr\u00e8me br\u00fbl\u00e9e".getBytes(StandardCharsets.ISO_8859_1);
        LayoutDocument doc = reader.read(latin);
        assertTrue(!doc.mediaType().contains("874"), doc.mediaType());
        assertEquals(1, doc.warnings().size(), "a guessed encoding is reported");
    }
}
