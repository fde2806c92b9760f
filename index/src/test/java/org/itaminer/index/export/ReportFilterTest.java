package org.itaminer.index.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.itaminer.model.report.AgencyType;
import org.itaminer.model.report.DocumentKind;
import org.itaminer.model.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.itaminer.index.WritableIndex;
import org.itaminer.index.SampleReports;
import org.itaminer.index.query.SearchRequest;

class ReportFilterTest {

    /** province, district, agency type, year, kind, indicator; empty = not set. */
    static SearchRequest request(String province, String district, String type, Integer year, String kind,
                                 String indicator) {
        return new SearchRequest("", province, district, type == null ? null : AgencyType.fromValue(type), year,
                kind == null ? null : DocumentKind.fromValue(kind), indicator, 1000);
    }

    @ParameterizedTest
    @CsvSource({
        // จังหวัดนครนายก: the prefix is dropped as the index drops it
        "จังหวัดนครนายก,,,,,",
        ",อำเภอพนมทวน,,,,",
        ",,sao,,,",
        ",,,2025,,",
        ",,,2568,plan,",
        ",,,,report,",
        ",,,,,o36",
        "นครนายก,,sao,2567,plan,O12",
        "ภูเก็ต,,,,,"})
    void exportKeepsTheMeasuresTheIndexFinds(String province, String district, String type, Integer year,
                                             String kind, String indicator, @TempDir Path tmp) throws IOException {
        SearchRequest request = request(province, district, type, year, kind, indicator);
        List<Report> reports = SampleReports.all();
        Set<String> indexed;
        try (WritableIndex index = WritableIndex.open(tmp)) {
            for (Report r : reports) {
                index.indexReport(r);
            }
            indexed = index.search(request).hits().stream().map(h -> h.reportId() + "#" + h.seq())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> exported = MeasureTable.measureRows(reports, ReportFilter.of(request)).stream()
                .map(row -> row.report().id() + "#" + row.measure().seq())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(indexed, exported);
    }

    @Test
    void reportsPassWholeByMetadataOrByAMeasureCitingTheIndicator() {
        List<Report> reports = SampleReports.all();
        Report memo = SampleReports.one("memo_order_other");
        Report plan = SampleReports.one("plan_sao_nongbua_2567");
        // นครนายก: the plan and the memo (no measures) both pass on their own fields
        ReportFilter nakhonNayok = ReportFilter.of(request("นครนายก", null, null, null, null, null));
        assertTrue(nakhonNayok.keeps(memo));
        assertTrue(nakhonNayok.keeps(plan));
        ReportFilter o36 = ReportFilter.of(request(null, null, null, null, null, "O36"));
        assertFalse(o36.keeps(memo));
        List<Report> citing = reports.stream()
                .filter(r -> r.measures().stream().anyMatch(m -> m.indicators().contains("O36"))).toList();
        assertTrue(citing.contains(plan));
        assertEquals(citing, o36.reports(reports));
        assertEquals(citing.size(), MeasureTable.measureRows(reports, o36).size(), "one O36 measure in each");
        assertEquals(reports, ReportFilter.NONE.reports(reports));
        assertTrue(ReportFilter.NONE.isNone());
        assertFalse(o36.isNone());
    }
}
