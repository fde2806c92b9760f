package org.itaminer.ingest.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
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

class TikaOfficeReaderTest {

    @TempDir
    Path tmp;

    private static List<Table> tables(LayoutDocument doc) {
        return doc.blocks().filter(b -> b instanceof Table).map(b -> (Table) b).toList();
    }

    private static List<String> texts(Row row) {
        return row.cells().stream().map(Cell::text).toList();
    }

    @Test
    void docxTableBecomesRowsAndCells() throws Exception {
        Path file = tmp.resolve("measures.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("มาตรการส่งเสริมคุณธรรมและความโปร่งใส");
            XWPFTable table = doc.createTable(3, 3);
            String[][] data = {
                {"มาตรการ", "วิธีการดำเนินการ", "ผู้รับผิดชอบ"},
                {"๑. เผยแพร่ข้อมูล", "จัดทำคู่มือ", "สำนักปลัด"},
                {"๒. ส่งเสริมคุณธรรม", "ประชุมชี้แจง", "กองคลัง"},
            };
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    XWPFTableCell cell = table.getRow(r).getCell(c);
                    cell.setText(data[r][c]);
                }
            }
            table.getRow(1).getCell(1).addParagraph().createRun().setText("แจ้งเวียนทุกหน่วยงาน");
            doc.createParagraph().createRun().addBreak(BreakType.PAGE);
            doc.createParagraph().createRun().setText("ลงชื่อ นายกองค์การบริหารส่วนตำบล");
            doc.write(out);
        }
        assertEquals(Format.OFFICE_ZIP, Ingest.detect(file));
        LayoutDocument doc = Ingest.standard().read(file);
        assertEquals(TextSource.TEXT, doc.textSource());
        assertTrue(doc.mediaType().contains("wordprocessingml"), doc.mediaType());
        List<Table> tables = tables(doc);
        assertEquals(1, tables.size());
        Table t = tables.get(0);
        assertEquals(TableMethod.HTML, t.method());
        assertEquals(3, t.rows().size());
        assertEquals(List.of("มาตรการ", "วิธีการดำเนินการ", "ผู้รับผิดชอบ"), texts(t.rows().get(0)));
        assertEquals(List.of("จัดทำคู่มือ", "แจ้งเวียนทุกหน่วยงาน"), t.rows().get(1).cell(1).paragraphs());
        assertEquals(List.of("๒. ส่งเสริมคุณธรรม", "ประชุมชี้แจง", "กองคลัง"), texts(t.rows().get(2)));
        List<Block> all = doc.blocks().toList();
        assertEquals(Paragraph.of("มาตรการส่งเสริมคุณธรรมและความโปร่งใส"), all.get(0));
        assertTrue(all.contains(Paragraph.of("ลงชื่อ นายกองค์การบริหารส่วนตำบล")), all.toString());
    }

    @Test
    void htmlTableWithColspan() throws Exception {
        Path file = tmp.resolve("report.html");
        Files.writeString(file, """
                <!DOCTYPE html><html><head><title>t</title><style>td{}</style></head><body>
                <h1>รายงานผลการดำเนินงาน</h1>
                <p>บรรทัดแรก<br>บรรทัดที่สอง</p>
                <table>
                  <tr><th colspan="2">มาตรการ</th><th>ผล</th></tr>
                  <tr><td>๑</td><td><p>เผยแพร่ข้อมูล</p><p>ทางเว็บไซต์</p></td><td>ดำเนินการแล้ว</td></tr>
                  <tr><td>๒</td><td>ประชุม</td><td></td></tr>
                </table>
                </body></html>
                """, StandardCharsets.UTF_8);
        assertEquals(Format.HTML, Ingest.detect(file));
        LayoutDocument doc = Ingest.standard().read(file);
        List<Block> blocks = doc.blocks().toList();
        assertEquals(Paragraph.of("รายงานผลการดำเนินงาน"), blocks.get(0));
        assertEquals(Paragraph.of("บรรทัดแรก", "บรรทัดที่สอง"), blocks.get(1));
        Table t = (Table) blocks.get(2);
        assertEquals(3, t.rows().size());
        assertEquals(2, t.rows().get(0).cell(0).columnSpan());
        assertEquals("มาตรการ", t.rows().get(0).cell(0).text());
        assertEquals(List.of("เผยแพร่ข้อมูล", "ทางเว็บไซต์"), t.rows().get(1).cell(1).paragraphs());
        assertEquals(List.of("๒", "ประชุม", ""), texts(t.rows().get(2)));
    }

    @Test
    void xlsxSheetIsATable() throws Exception {
        Path file = tmp.resolve("budget.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = wb.createSheet("แผน");
            String[][] data = {{"โครงการ", "งบประมาณ"}, {"ซ่อมถนน", "120000"}, {"ประปา", "85500"}};
            for (int r = 0; r < data.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < 2; c++) {
                    row.createCell(c).setCellValue(data[r][c]);
                }
            }
            wb.write(out);
        }
        LayoutDocument doc = Ingest.standard().read(file);
        Table t = tables(doc).get(0);
        assertEquals(List.of("โครงการ", "งบประมาณ"), texts(t.rows().get(0)));
        assertEquals(List.of("ประปา", "85500"), texts(t.rows().get(2)));
    }

    /** The body of an ODT's content.xml: a heading, a paragraph with a line break, a table and a signature. */
    private static final String ODT_BODY = """
            <text:h text:outline-level="1">มาตรการส่งเสริมคุณธรรมและความโปร่งใส</text:h>
            <text:p>องค์การบริหารส่วนตำบลหนองบัว<text:line-break/>ประจำปีงบประมาณ พ.ศ. ๒๕๖๗</text:p>
            <table:table table:name="มาตรการ">
              <table:table-column table:number-columns-repeated="3"/>
              <table:table-row>
                <table:table-cell table:number-columns-spanned="2"><text:p>มาตรการ</text:p></table:table-cell>
                <table:covered-table-cell/>
                <table:table-cell><text:p>ผู้รับผิดชอบ</text:p></table:table-cell>
              </table:table-row>
              <table:table-row>
                <table:table-cell><text:p>๑</text:p></table:table-cell>
                <table:table-cell><text:p>เผยแพร่ข้อมูลข่าวสาร</text:p><text:p>ทางเว็บไซต์ของหน่วยงาน</text:p></table:table-cell>
                <table:table-cell><text:p>สำนักปลัด</text:p></table:table-cell>
              </table:table-row>
              <table:table-row>
                <table:table-cell><text:p>๒</text:p></table:table-cell>
                <table:table-cell><text:p>ประชุมชี้แจงแนวทางปฏิบัติ</text:p></table:table-cell>
                <table:table-cell/>
              </table:table-row>
            </table:table>
            <text:p>ลงชื่อ นายกองค์การบริหารส่วนตำบล</text:p>
            """;

    /**
     * Writes an OpenDocument text file as LibreOffice does: the {@code mimetype} entry first and
     * uncompressed (that is what identifies the format), then content.xml and the manifest.
     */
    static void writeOdt(Path file, String body) throws Exception {
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
                    xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">
                <office:body><office:text>
                """ + body + """
                </office:text></office:body></office:document-content>
                """;
        String manifest = """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
                 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
                 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>
                """;
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    @Test
    void odtParagraphsAndTableWithSpan() throws Exception {
        Path file = tmp.resolve("plan.odt");
        writeOdt(file, ODT_BODY);
        LayoutDocument doc = new TikaOfficeReader().read(file);
        assertEquals("application/vnd.oasis.opendocument.text", doc.mediaType());
        assertOdtLayout(doc);
    }

    @Test
    void odtNamedBinIsDetectedFromItsContent() throws Exception {
        Path file = tmp.resolve("download.bin");
        writeOdt(file, ODT_BODY);
        assertEquals(Format.OFFICE_ZIP, Ingest.detect(file));
        LayoutDocument doc = Ingest.standard().read(file);
        assertEquals("application/vnd.oasis.opendocument.text", doc.mediaType());
        assertOdtLayout(doc);
    }

    private static void assertOdtLayout(LayoutDocument doc) {
        assertEquals(TextSource.TEXT, doc.textSource());
        List<Block> blocks = doc.blocks().toList();
        assertEquals(4, blocks.size(), blocks.toString());
        assertEquals(Paragraph.of("มาตรการส่งเสริมคุณธรรมและความโปร่งใส"), blocks.get(0));
        assertEquals(Paragraph.of("องค์การบริหารส่วนตำบลหนองบัว", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗"), blocks.get(1));
        Table t = (Table) blocks.get(2);
        assertEquals(3, t.rows().size());
        // the spanned heading is one cell covering two columns; the covered cell leaves no empty cell behind
        assertEquals(List.of(new Cell(List.of("มาตรการ"), 2), Cell.of("ผู้รับผิดชอบ")), t.rows().get(0).cells());
        assertEquals(List.of("เผยแพร่ข้อมูลข่าวสาร", "ทางเว็บไซต์ของหน่วยงาน"), t.rows().get(1).cell(1).paragraphs());
        assertEquals(List.of("๑", "เผยแพร่ข้อมูลข่าวสาร ทางเว็บไซต์ของหน่วยงาน", "สำนักปลัด"), texts(t.rows().get(1)));
        assertEquals(List.of("๒", "ประชุมชี้แจงแนวทางปฏิบัติ", ""), texts(t.rows().get(2)));
        assertEquals(Paragraph.of("ลงชื่อ นายกองค์การบริหารส่วนตำบล"), blocks.get(3));
    }

    /** An OLE2 file that is a workbook, not a Word document: Tika reads it, so it is a table, not an error. */
    @Test
    void ole2WorkbookNamedDocIsReadAsItsSheet() throws Exception {
        Path file = tmp.resolve("measures.doc");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            HSSFSheet sheet = wb.createSheet("ผลการดำเนินงาน");
            String[][] data = {{"มาตรการ", "ผลการดำเนินงาน"}, {"เผยแพร่ข้อมูล", "ดำเนินการแล้ว"}};
            for (int r = 0; r < data.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < 2; c++) {
                    row.createCell(c).setCellValue(data[r][c]);
                }
            }
            wb.write(out);
        }
        assertEquals(Format.OFFICE_OLE2, Ingest.detect(file));
        LayoutDocument doc = Ingest.standard().read(file);
        assertEquals("application/vnd.ms-excel", doc.mediaType());
        Table t = tables(doc).get(0);
        assertEquals(List.of("มาตรการ", "ผลการดำเนินงาน"), texts(t.rows().get(0)));
        assertEquals(List.of("เผยแพร่ข้อมูล", "ดำเนินการแล้ว"), texts(t.rows().get(1)));
    }

    /** OLE2's signature followed by junk (a truncated download of a .doc): one file's corrupt error. */
    @Test
    void corruptOle2IsCorrupt() throws Exception {
        Path file = tmp.resolve("truncated.doc");
        byte[] bytes = new byte[600];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        for (int i = magic.length; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(file, bytes);
        assertEquals(Format.OFFICE_OLE2, Ingest.detect(file));
        IngestException e = assertThrows(IngestException.class, () -> Ingest.standard().read(file));
        assertEquals(FailureKind.CORRUPT, e.kind(), e.toString());
    }

    @Test
    void corruptZipIsCorrupt() throws Exception {
        Path file = tmp.resolve("broken.docx");
        Files.write(file, new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        IngestException e = assertThrows(IngestException.class, () -> Ingest.standard().read(file));
        assertTrue(e instanceof IngestException.CorruptDocumentException
                || e instanceof IngestException.EmptyDocumentException, e.toString());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} → {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            mso-special-character:line-break;page-break-before:always | true
            page-break-before: always                                  | true
            break-before: page                                         | true
            page-break-before: auto                                    | false
            font-family: 'TH Sarabun New'                              | false
            NULL                                                       | false
            """)
    void cssPageBreakBeforeStartsAPage(String style, boolean breaks) {
        assertEquals(breaks, XhtmlLayoutHandler.breaksPageBefore(style));
    }

    @Test
    void htmlPageBreakStartsANewPage() throws Exception {
        Path file = tmp.resolve("pages.html");
        Files.writeString(file, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>"
                + "<p>มาตรการส่งเสริมคุณธรรมและความโปร่งใส</p>"
                + "<br clear=\"all\" style=\"page-break-before: always\">"
                + "<table><tr><td>มาตรการ</td><td>ผู้รับผิดชอบ</td></tr></table></body></html>", StandardCharsets.UTF_8);
        LayoutDocument doc = Ingest.standard().read(file);
        assertEquals(2, doc.pages().size());
        assertTrue(doc.pages().get(1).blocks().get(0) instanceof Table);
    }
}
