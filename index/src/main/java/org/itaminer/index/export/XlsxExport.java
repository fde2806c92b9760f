package org.itaminer.index.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.itaminer.model.report.Report;

/**
 * A workbook with three sheets, Reports, Measures (one row per measure with its report's columns) and
 * IndicatorScores; every cell in a Thai-capable font, the header row bold and frozen, with an auto-filter.
 */
public final class XlsxExport {

    /** A font every Thai Windows and Office install has, and LibreOffice maps. */
    public static final String FONT = "Tahoma";
    public static final List<String> SHEETS = List.of("Reports", "Measures", "IndicatorScores");
    private static final int MAX_COLUMN_WIDTH = 60 * 256;
    static final String TRUNCATED = " …[truncated]";

    private XlsxExport() {
    }

    /** Writes the workbook; the stream is not closed. */
    public static void write(List<Report> reports, OutputStream out) throws IOException {
        write(reports, ReportFilter.NONE, out);
    }

    /**
     * Writes the workbook of what passes the filter: the reports it keeps (Reports, IndicatorScores) and the
     * measures it keeps (Measures); the stream is not closed.
     */
    public static void write(List<Report> reports, ReportFilter filter, OutputStream out) throws IOException {
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(filter, "filter");
        List<Report> kept = filter.reports(reports);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Styles styles = new Styles(wb);
            sheet(wb, styles, SHEETS.get(0), MeasureTable.REPORT_COLUMNS, kept);
            sheet(wb, styles, SHEETS.get(1), MeasureTable.MEASURE_COLUMNS, MeasureTable.measureRows(kept, filter));
            sheet(wb, styles, SHEETS.get(2), MeasureTable.SCORE_COLUMNS, MeasureTable.scoreRows(kept));
            wb.write(out);
            wb.dispose();
        }
    }

    /**
     * Writes one sheet of rows (each a map from the header's names to a String, a Number or null) in the same style:
     * Tahoma, a bold frozen header with filters; the stream is not closed. For row sets such as the reconciliation's.
     */
    public static void writeTable(String sheetName, List<String> header, List<Map<String, Object>> rows,
                                  OutputStream out) throws IOException {
        List<Column<Map<String, Object>>> columns = header.stream()
                .map(name -> new Column<Map<String, Object>>(name, row -> row.get(name))).toList();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            sheet(wb, new Styles(wb), sheetName, columns, rows);
            wb.write(out);
            wb.dispose();
        }
    }

    private record Styles(CellStyle header, CellStyle body) {
        Styles(SXSSFWorkbook wb) {
            this(style(wb, true), style(wb, false));
        }

        private static CellStyle style(SXSSFWorkbook wb, boolean bold) {
            Font font = wb.createFont();
            font.setFontName(FONT);
            font.setFontHeightInPoints((short) 10);
            font.setBold(bold);
            CellStyle style = wb.createCellStyle();
            style.setFont(font);
            return style;
        }
    }

    private static <T> void sheet(SXSSFWorkbook wb, Styles styles, String name, List<Column<T>> columns,
                                  List<T> rows) {
        SXSSFSheet sheet = wb.createSheet(name);
        int[] chars = new int[columns.size()];
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            chars[c] = columns.get(c).name().length();
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c).name());
            cell.setCellStyle(styles.header());
        }
        int r = 1;
        for (T row : rows) {
            Row xr = sheet.createRow(r++);
            for (int c = 0; c < columns.size(); c++) {
                Object v = columns.get(c).value().apply(row);
                Cell cell = xr.createCell(c);
                cell.setCellStyle(styles.body());
                if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (v != null) {
                    cell.setCellValue(fit(v.toString()));
                }
                chars[c] = Math.max(chars[c], v == null ? 0 : v.toString().length());
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows.size()), 0, columns.size() - 1));
        widths(sheet, chars);
    }

    /** A cell holds at most 32,767 characters; longer text (a runaway OCR page) is cut with a marker, not lost silently. */
    static String fit(String text) {
        int max = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
        return text.length() <= max ? text : text.substring(0, max - TRUNCATED.length()) + TRUNCATED;
    }

    /** Widths from the longest value (no font metrics: they need AWT fonts a server may lack), capped. */
    private static void widths(Sheet sheet, int[] chars) {
        for (int c = 0; c < chars.length; c++) {
            sheet.setColumnWidth(c, Math.min(MAX_COLUMN_WIDTH, (chars[c] + 2) * 256));
        }
    }
}
