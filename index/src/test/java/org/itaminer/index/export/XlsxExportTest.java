package org.itaminer.index.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.itaminer.model.report.Report;
import org.junit.jupiter.api.Test;
import org.itaminer.index.SampleReports;

class XlsxExportTest {

    @Test
    void threeSheetsWithThaiFontFrozenHeaderAndFilter() throws IOException {
        List<Report> reports = SampleReports.all();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XlsxExport.write(reports, bytes);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(XlsxExport.SHEETS, List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)));

            XSSFSheet reportSheet = wb.getSheet("Reports");
            assertEquals(reports.size(), reportSheet.getLastRowNum());
            assertEquals("agency_name", reportSheet.getRow(0).getCell(5).getStringCellValue());
            assertEquals(reports.get(0).agency().name(), reportSheet.getRow(1).getCell(5).getStringCellValue());

            XSSFSheet measures = wb.getSheet("Measures");
            assertEquals(SampleReports.measureCount(), measures.getLastRowNum());
            int titleCol = MeasureTable.measureHeader().indexOf("measure_title");
            assertEquals(MeasureTable.measureRows(reports).get(0).measure().title(),
                    measures.getRow(1).getCell(titleCol).getStringCellValue());
            XSSFCell thai = measures.getRow(1).getCell(titleCol);
            assertEquals(XlsxExport.FONT, thai.getCellStyle().getFont().getFontName());
            assertEquals(true, measures.getRow(0).getCell(0).getCellStyle().getFont().getBold());
            assertNotNull(measures.getPaneInformation());
            assertEquals(1, measures.getPaneInformation().getHorizontalSplitPosition());
            assertNotNull(measures.getCTWorksheet().getAutoFilter());
            assertEquals("A1:" + col(MeasureTable.measureHeader().size()) + (SampleReports.measureCount() + 1),
                    measures.getCTWorksheet().getAutoFilter().getRef());

            XSSFSheet scores = wb.getSheet("IndicatorScores");
            int expected = reports.stream().mapToInt(r -> r.indicatorScores().size()).sum();
            assertEquals(expected, scores.getLastRowNum());
            Row header = scores.getRow(0);
            assertEquals("indicator_name", header.getCell(4).getStringCellValue());
        }
    }

    /** Cells are typed: text that would be a formula in a CSV is a string cell, word for word, never a formula. */
    @Test
    void aFormulaInTheTextIsAStringCell() throws IOException {
        String hyperlink = "=HYPERLINK(\"http://evil.example/steal\",\"ดาวน์โหลดแบบฟอร์มร้องเรียน\")";
        Report r = org.itaminer.index.Agencies.report("aa11bb22cc33", org.itaminer.index.Agencies.MAESAI,
                org.itaminer.model.report.DocumentKind.PLAN, 2568,
                org.itaminer.index.Agencies.m(1, hyperlink, "- ประชุมชี้แจงเจ้าหน้าที่"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XlsxExport.write(List.of(r), bytes);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            Row row = wb.getSheet("Measures").getRow(1);
            XSSFCell title = (XSSFCell) row.getCell(MeasureTable.measureHeader().indexOf("measure_title"));
            assertEquals(org.apache.poi.ss.usermodel.CellType.STRING, title.getCellType());
            assertEquals(hyperlink, title.getStringCellValue());
            XSSFCell steps = (XSSFCell) row.getCell(MeasureTable.measureHeader().indexOf("steps"));
            assertEquals(org.apache.poi.ss.usermodel.CellType.STRING, steps.getCellType());
            assertEquals("- ประชุมชี้แจงเจ้าหน้าที่", steps.getStringCellValue());
        }
    }

    @Test
    void overlongTextIsCutToTheCellLimit() {
        assertEquals("ก", XlsxExport.fit("ก"));
        String cut = XlsxExport.fit("ก".repeat(40_000));
        assertEquals(32_767, cut.length());
        assertEquals(true, cut.endsWith(XlsxExport.TRUNCATED));
    }

    private static String col(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = n; i > 0; i = (i - 1) / 26) {
            s.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return s.toString();
    }
}
