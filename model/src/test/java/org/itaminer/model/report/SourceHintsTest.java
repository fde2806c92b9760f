package org.itaminer.model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** A manifest row's values as hints: prefixes off, Thai type names known, a year only when it is B.E. */
class SourceHintsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            จังหวัดปราจีนบุรี | อำเภอเมืองปราจีนบุรี | อบต.  | 2566  | ปราจีนบุรี | เมืองปราจีนบุรี | sao                      | 2566
            ชลบุรี          | หนองใหญ่           | ทต    | ๒๕๖๗  | ชลบุรี     | หนองใหญ่         | subdistrict_municipality | -
            เชียงราย        | แม่สาย              | town_municipality | 2024 | เชียงราย | แม่สาย | town_municipality | -
            -               | -                  | หน่วยงานอื่น | - | -        | -               | -                        | -
            """)
    void manifestValues(String province, String district, String type, String year, String wantProvince,
                        String wantDistrict, String wantType, Integer wantYear) {
        java.util.Map<String, String> row = new java.util.HashMap<>();
        row.put("agency", "องค์การบริหารส่วนตำบลบ้านโคก");
        if (province != null) row.put("province", province);
        if (district != null) row.put("district", district);
        row.put("agencyType", type);
        if (year != null) row.put("fiscalYear", year);
        SourceHints h = SourceHints.of(row);
        assertEquals(Optional.ofNullable(wantProvince), h.province());
        assertEquals(Optional.ofNullable(wantDistrict), h.district());
        assertEquals(Optional.ofNullable(wantType).map(AgencyType::fromValue), h.agencyType());
        assertEquals(wantYear == null ? OptionalInt.empty() : OptionalInt.of(wantYear), h.fiscalYear());
    }

    @Test
    void theManifestTravelsInTheReportsSourceAndComesBack() throws Exception {
        Source s = new Source("https://bankhok.go.th/o36.pdf", "o36.pdf", "a".repeat(64), "application/pdf", 2,
                "pdf-text").withManifest(Map.of("agency", "อบต.บ้านโคก", "url", "https://bankhok.go.th/"),
                List.of("agency.province"));
        String json = ReportJson.mapper().writeValueAsString(s);
        assertTrue(json.contains("\"manifest\""), json);
        assertEquals(s, ReportJson.mapper().readValue(json, Source.class));
        String plain = ReportJson.mapper().writeValueAsString(new Source("file:/x.pdf", "x.pdf", "a".repeat(64),
                "application/pdf", 1, "pdf-text"));
        assertFalse(plain.contains("manifest"), plain); // schema v1's source as it was, for local files
        assertTrue(SourceHints.of(Map.of()).isEmpty());
    }
}
