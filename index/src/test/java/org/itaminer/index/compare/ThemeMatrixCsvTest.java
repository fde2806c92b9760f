package org.itaminer.index.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.itaminer.model.report.AgencyType;
import org.itaminer.index.theme.Theme;
import org.junit.jupiter.api.Test;

class ThemeMatrixCsvTest {

    @Test
    void oneRowPerAgencyYearWithAColumnPerThemeAndABom() throws IOException {
        ThemeMatrix matrix = new ThemeMatrix(List.of(Theme.values()), List.of(
                new ThemeMatrix.Row("เทศบาลตำบลเวียงพางคำ", AgencyType.SUBDISTRICT_MUNICIPALITY, "แม่สาย", "เชียงราย",
                        2568, List.of("plan", "report"), 2, 7, Map.of(Theme.NO_GIFT, 1, Theme.COMPLAINTS, 2)),
                new ThemeMatrix.Row("องค์การบริหารส่วนตำบลห้วยทรายงาม, หมู่ 3", AgencyType.SAO, null, null, null,
                        List.of("plan"), 1, 0, Map.of())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ThemeMatrixCsv.write(matrix, out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals('\uFEFF', text.charAt(0));
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertEquals(2, rows.size());
        assertEquals(ThemeMatrixCsv.LEADING.size() + Theme.values().length, rows.get(0).size());
        assertEquals("เทศบาลตำบลเวียงพางคำ", rows.get(0).get("agency_name"));
        assertEquals("subdistrict_municipality", rows.get(0).get("agency_type"));
        assertEquals("2568", rows.get(0).get("fiscal_year"));
        assertEquals("plan report", rows.get(0).get("kinds"));
        assertEquals("2", rows.get(0).get("complaints"));
        assertEquals("1", rows.get(0).get("no_gift"));
        assertEquals("0", rows.get(0).get("personnel"));
        assertEquals("องค์การบริหารส่วนตำบลห้วยทรายงาม, หมู่ 3", rows.get(1).get("agency_name"), "quoted comma");
        assertEquals("", rows.get(1).get("province"));
        assertEquals("", rows.get(1).get("fiscal_year"));
    }
}
