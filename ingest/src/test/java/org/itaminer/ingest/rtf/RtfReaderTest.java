package org.itaminer.ingest.rtf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.itaminer.model.FailureKind;
import org.itaminer.ingest.Format;
import org.itaminer.ingest.Ingest;
import org.itaminer.ingest.IngestException;
import org.itaminer.model.layout.Block;
import org.itaminer.model.layout.Cell;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.Row;
import org.itaminer.model.layout.Table;
import org.itaminer.model.layout.TableMethod;
import org.itaminer.model.layout.TextSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RtfReaderTest {

    @TempDir
    Path tmp;

    /**
     * A plan as WordPad or Word saves it, Thai written as {@code \}{@code uN?} (see {@link #escape}):
     * font and colour tables, document properties and a header that are not body text; a heading; a
     * paragraph of two lines; a table whose header cells are wider than the body's (spans from
     * {@code \cellx}), a strategy row merged across two cells ({@code \clmgf}/{@code \clmrg}), a cell of
     * two paragraphs, a last row defined after its cells (Word repeats the definition before
     * {@code \row}); a page break before the signature.
     */
    private static final String PLAN = """
            {\\rtf1\\ansi\\ansicpg874\\deff0\\uc1
            {\\fonttbl{\\f0\\fnil\\fcharset222 TH Sarabun New;}{\\f1\\fswiss\\fcharset0 Arial;}}
            {\\colortbl;\\red0\\green0\\blue0;}
            {\\*\\generator Riched20 10.0.19041}
            {\\info{\\title แผนปฏิบัติการ}{\\author สำนักปลัด}}
            {\\header\\pard\\plain หัวกระดาษ\\par}
            \\pard\\plain\\f0\\fs32 มาตรการส่งเสริมคุณธรรมและความโปร่งใส\\par
            \\pard องค์การบริหารส่วนตำบลหนองบัว\\line ประจำปีงบประมาณ พ.ศ. ๒๕๖๗\\par
            \\trowd\\trgaph108\\trleft0\\cellx6000\\cellx9000
            \\pard\\intbl มาตรการ\\cell ผู้รับผิดชอบ\\cell\\row
            \\trowd\\trgaph108\\trleft0\\clmgf\\cellx1000\\clmrg\\cellx6000\\cellx9000
            \\pard\\intbl ยุทธศาสตร์ที่ ๑\\cell\\cell\\cell\\row
            \\trowd\\trgaph108\\trleft0\\cellx1000\\cellx6000\\cellx9000
            \\pard\\intbl ๑\\cell เผยแพร่ข้อมูลข่าวสาร\\par ทางเว็บไซต์ของหน่วยงาน\\cell สำนักปลัด\\cell\\row
            \\pard\\intbl ๒\\cell ประชุมชี้แจงแนวทางปฏิบัติ\\cell\\cell
            \\pard\\intbl{\\trowd\\trgaph108\\trleft0\\cellx1000\\cellx6000\\cellx9000\\row}
            \\pard\\par
            \\pard\\page ลงชื่อ นายกองค์การบริหารส่วนตำบล\\par
            }""";

    /** Every non-ASCII character as {@code \}{@code uN?}, the escape Word and WordPad write. */
    static String escape(String rtf) {
        StringBuilder out = new StringBuilder();
        rtf.chars().forEach(c -> {
            if (c < 0x80) {
                out.append((char) c);
            } else {
                out.append("\\u").append(c > 0x7FFF ? c - 0x10000 : c).append('?');
            }
        });
        return out.toString();
    }

    private Path write(String name, String rtf) throws Exception {
        Path file = tmp.resolve(name);
        Files.writeString(file, escape(rtf), StandardCharsets.US_ASCII);
        return file;
    }

    private static List<String> texts(Row row) {
        return row.cells().stream().map(Cell::text).toList();
    }

    @Test
    void planKeepsItsParagraphsTableAndPages() throws Exception {
        LayoutDocument doc = new RtfReader().read(write("plan.rtf", PLAN));
        assertPlan(doc);
    }

    @Test
    void rtfNamedBinIsDetectedFromItsContent() throws Exception {
        Path file = write("download.bin", PLAN);
        assertEquals(Format.RTF, Ingest.detect(file));
        assertPlan(Ingest.standard().read(file));
    }

    private static void assertPlan(LayoutDocument doc) {
        assertEquals("application/rtf", doc.mediaType());
        assertEquals(TextSource.TEXT, doc.textSource());
        assertEquals(2, doc.pages().size());
        List<Block> first = doc.pages().get(0).blocks();
        assertEquals(3, first.size(), first.toString());
        assertEquals(Paragraph.of("มาตรการส่งเสริมคุณธรรมและความโปร่งใส"), first.get(0));
        assertEquals(Paragraph.of("องค์การบริหารส่วนตำบลหนองบัว", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗"), first.get(1));
        Table t = (Table) first.get(2);
        assertEquals(TableMethod.RTF, t.method());
        assertEquals(4, t.rows().size());
        assertEquals(List.of(new Cell(List.of("มาตรการ"), 2), Cell.of("ผู้รับผิดชอบ")), t.rows().get(0).cells());
        assertEquals(List.of(new Cell(List.of("ยุทธศาสตร์ที่ ๑"), 2), Cell.EMPTY), t.rows().get(1).cells());
        assertEquals(List.of("เผยแพร่ข้อมูลข่าวสาร", "ทางเว็บไซต์ของหน่วยงาน"), t.rows().get(2).cell(1).paragraphs());
        assertEquals(List.of("๑", "เผยแพร่ข้อมูลข่าวสาร ทางเว็บไซต์ของหน่วยงาน", "สำนักปลัด"), texts(t.rows().get(2)));
        assertEquals(List.of("๒", "ประชุมชี้แจงแนวทางปฏิบัติ", ""), texts(t.rows().get(3)));
        assertEquals(List.of(Paragraph.of("ลงชื่อ นายกองค์การบริหารส่วนตำบล")), doc.pages().get(1).blocks());
    }

    /**
     * One body paragraph each, in the ways programs write text; font 1 is Thai ({@code \fcharset222}),
     * so its {@code \'hh} bytes are windows-874. Readable Thai is in the expected column.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            มาตรการ\\par                                                   | มาตรการ
            \\uc1\\u3617\\'c1\\u3634\\'d2\\par                                 | มา
            \\uc0\\u3617 \\u3634 \\par                                       | มา
            \\uc2\\u3617??\\u3634\\'d2\\'d2\\par                               | มา
            \\f1\\'c1\\'d2\\'b5\\'c3\\'a1\\'d2\\'c3\\par                         | มาตรการ
            {\\f1\\'ca\\'d3\\'b9\\'d1\\'a1}\\f0 -Office\\par                     | สำนัก-Office
            {\\field{\\*\\fldinst HYPERLINK "https://www.nongbua.go.th"}{\\fldrslt เว็บไซต์}}\\par | เว็บไซต์
            {\\v ข้อความซ่อน}ข้อความ\\par                                     | ข้อความ
            {\\*\\bkmkstart ม1}มาตรการที่ ๑{\\*\\bkmkend ม1}\\par                  | มาตรการที่ ๑
            ร้อยละ\\~๘๐ \\endash  ๙๐\\tab\\{ก\\}\\par                              | ร้อยละ ๘๐ – ๙๐ {ก}
            {\\footer\\pard หน้า ๑\\par}สรุปผล\\par                              | สรุปผล
            already clean\\par                                                | already clean
            """)
    void bodyText(String body, String expected) throws Exception {
        String rtf = "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0\\fswiss Arial;}{\\f1\\fnil\\fcharset222 Angsana New;}}\n"
                + body + "\n}";
        LayoutDocument doc = new RtfReader().read(write("body.rtf", rtf));
        assertEquals(List.of(Paragraph.of(expected)), doc.blocks().toList());
    }

    @Test
    void byteOrderMarkBeforeTheDocumentIsNoText() throws Exception {
        Path file = tmp.resolve("bom.rtf");
        byte[] rtf = escape("\r\n{\\rtf1\\ansi มาตรการ\\par}").getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[rtf.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(rtf, 0, bytes, 3, rtf.length);
        Files.write(file, bytes);
        assertEquals(Format.RTF, Ingest.detect(file));
        assertEquals(List.of(Paragraph.of("มาตรการ")), Ingest.standard().read(file).blocks().toList());
    }

    @Test
    void noTextIsEmpty() throws Exception {
        Path file = write("empty.rtf", "{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\pard\\par\\par}");
        IngestException e = assertThrows(IngestException.class, () -> new RtfReader().read(file));
        assertEquals(FailureKind.EMPTY, e.kind());
    }
}
