package org.itaminer.index.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.itaminer.model.report.Agency;
import org.itaminer.model.report.AgencyType;
import org.itaminer.model.report.DocumentKind;
import org.itaminer.model.report.Measure;
import org.itaminer.model.report.Period;
import org.itaminer.model.report.Report;
import org.itaminer.model.report.Source;
import org.junit.jupiter.api.Test;

/** The themes column of the measure exports holds the ids the classifier gives, as the index stores them. */
class ThemesColumnTest {

    static final Report REPORT = new Report(1, "ab".repeat(32),
            new Source("file:/in/plan.txt", "plan.txt", "ab".repeat(32), "text/plain", 1, "text"),
            "มาตรการส่งเสริมคุณธรรมและความโปร่งใส", DocumentKind.PLAN,
            new Agency("เทศบาลเมืองบ้านไผ่", AgencyType.TOWN_MUNICIPALITY, "บ้านไผ่", "ขอนแก่น"), 2568, null,
            List.of(), List.of(
                    measure(1, "มาตรการป้องกันผลประโยชน์ทับซ้อนและไม่รับของขวัญ (No Gift Policy)"),
                    measure(2, "ประชุมประจำเดือนพนักงานเทศบาล")), List.of());

    static Measure measure(int seq, String title) {
        return new Measure(seq, null, title, null, null, Period.NONE, null, null, null, null, List.of(), Map.of(), 1);
    }

    @Test
    void csvHasThemes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExport.write(List.of(REPORT), out);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8).substring(1))).getRecords();
        assertEquals("no_gift conflict_of_interest", rows.get(0).get("themes"));
        assertEquals("", rows.get(1).get("themes"));
    }

    @Test
    void xlsxHasThemes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxExport.write(List.of(REPORT), out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet measures = wb.getSheet("Measures");
            int col = MeasureTable.measureHeader().indexOf("themes");
            assertTrue(col >= 0);
            assertEquals("themes", measures.getRow(0).getCell(col).getStringCellValue());
            Row first = measures.getRow(1);
            assertEquals("no_gift conflict_of_interest", first.getCell(col).getStringCellValue());
        }
    }
}
