package org.itaminer.ingest.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.itaminer.ingest.Format;
import org.itaminer.ingest.Ingest;
import org.itaminer.ingest.IngestException;
import org.itaminer.ingest.layout.Block;
import org.itaminer.ingest.layout.Cell;
import org.itaminer.ingest.layout.LayoutDocument;
import org.itaminer.ingest.layout.Paragraph;
import org.itaminer.ingest.layout.Row;
import org.itaminer.ingest.layout.Table;
import org.itaminer.ingest.layout.TextSource;
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
        assertEquals("html", t.method());
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
        assertEquals(breaks, TikaOfficeReader.LayoutHandler.breaksPageBefore(style));
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
