package org.itaminer.index.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.itaminer.model.report.AgencyType;
import org.itaminer.model.report.DocumentKind;
import org.itaminer.model.report.Measure;
import org.itaminer.model.report.Report;
import org.itaminer.index.compare.ThemeMatrix;
import org.itaminer.index.theme.Theme;
import org.itaminer.index.theme.ThemeClassifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.itaminer.index.Agencies;
import org.itaminer.index.WritableIndex;
import org.itaminer.index.query.SearchRequest;

class CompareTest {

    @TempDir
    Path tmp;

    WritableIndex index;

    @BeforeEach
    void indexAgencies() throws IOException {
        index = Agencies.indexed(tmp.resolve("index"));
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private static SearchRequest filter(String province, AgencyType type, Integer year, DocumentKind kind) {
        return new SearchRequest("", province, null, type, year, kind, null, 1);
    }

    private static String key(String agency, String province, Integer year) {
        return agency + "|" + province + "|" + year;
    }

    /** What the matrix should say, computed straight from the reports: per agency-year the largest document. */
    private static Map<String, Map<Theme, Integer>> expected(List<Report> reports) {
        Map<String, Map<Theme, Integer>> out = new HashMap<>();
        for (Report r : reports) {
            Map<Theme, Integer> doc = new EnumMap<>(Theme.class);
            for (Measure m : r.measures()) {
                ThemeClassifier.standard().classify(m).forEach(t -> doc.merge(t, 1, Integer::sum));
            }
            Map<Theme, Integer> row = out.computeIfAbsent(key(r.agency().name(), r.agency().province(),
                    r.fiscalYear()), k -> new EnumMap<>(Theme.class));
            doc.forEach((t, n) -> row.merge(t, n, Math::max));
        }
        return out;
    }

    private static Map<String, Map<Theme, Integer>> actual(ThemeMatrix matrix) {
        Map<String, Map<Theme, Integer>> out = new HashMap<>();
        for (ThemeMatrix.Row row : matrix.rows()) {
            out.put(key(row.agency(), row.province(), row.fiscalYear()), row.counts());
        }
        return out;
    }

    @Test
    void countsAgreeWithTheData() throws IOException {
        ThemeMatrix matrix = index.compare(filter(null, null, null, null));
        assertEquals(List.of(Theme.values()), matrix.themes());
        assertEquals(5, matrix.rows().size(), "two agencies share a name; one has two years");
        assertEquals(expected(Agencies.ALL), actual(matrix));
    }

    @Test
    void aPlanAndItsReportAreNotCountedTwice() throws IOException {
        ThemeMatrix.Row row = index.compare(filter("ลำปาง", null, 2568, null)).rows().get(0);
        assertEquals(2, row.documents());
        assertEquals(List.of("plan", "report"), row.kinds());
        assertEquals(4, row.measures(), "the report's 4 measures, not 3 + 4");
        assertEquals(1, row.count(Theme.NO_GIFT));
        assertEquals(1, row.count(Theme.COMPLAINTS));
        assertEquals(1, row.count(Theme.DISCLOSURE));
        assertEquals(0, row.count(Theme.PERSONNEL));
    }

    @Test
    void theKnownCellsOfTheMatrix() throws IOException {
        ThemeMatrix matrix = index.compare(filter(null, null, 2568, null));
        Map<String, Map<Theme, Integer>> cells = actual(matrix);
        assertEquals(Map.of(Theme.COMPLAINTS, 1, Theme.DISCLOSURE, 1, Theme.BUDGET_PROCUREMENT, 1),
                cells.get(key("เทศบาลตำบลเวียงพางคำ", "เชียงราย", 2568)));
        assertEquals(Map.of(Theme.NO_GIFT, 1, Theme.CORRUPTION_RISK, 1),
                cells.get(key("องค์การบริหารส่วนตำบลห้วยทรายงาม", "อุดรธานี", 2568)));
        assertEquals(Map.of(Theme.NO_GIFT, 1, Theme.SERVICE_STANDARDS, 1),
                cells.get(key("เทศบาลเมืองบ้านไผ่", "ขอนแก่น", 2568)));
        assertEquals(3, matrix.rowsCovering().get(Theme.NO_GIFT),
                "every 2568 agency but Mae Sai has a No Gift measure");
    }

    @Test
    void filtersApply() throws IOException {
        assertEquals(4, index.compare(filter(null, null, 2568, null)).rows().size());
        assertEquals(4, index.compare(filter(null, null, 2025, null)).rows().size(), "C.E. 2025 = B.E. 2568");
        List<ThemeMatrix.Row> lampang = index.compare(filter("จังหวัดลำปาง", null, null, null)).rows();
        assertEquals(List.of(2567, 2568), lampang.stream().map(ThemeMatrix.Row::fiscalYear).toList());
        List<ThemeMatrix.Row> saos = index.compare(filter(null, AgencyType.SAO, 2568, null)).rows();
        assertEquals(List.of("ลำปาง", "อุดรธานี"), saos.stream().map(ThemeMatrix.Row::province).toList());
        ThemeMatrix.Row plansOnly = index.compare(filter("ลำปาง", null, 2568, DocumentKind.PLAN)).rows().get(0);
        assertEquals(1, plansOnly.documents());
        assertEquals(3, plansOnly.measures());
        assertEquals(0, plansOnly.count(Theme.DISCLOSURE), "the website measure is only in the report");
        assertTrue(index.compare(filter("ภูเก็ต", null, null, null)).rows().isEmpty());
    }

    @Test
    void aQueryNarrowsTheMeasuresCounted() throws IOException {
        ThemeMatrix matrix = index.compare(new SearchRequest("ของขวัญ", null, null, null, 2568, null, null, 1));
        assertEquals(3, matrix.rows().size());
        assertTrue(matrix.rows().stream().allMatch(r -> r.measures() == 1 && r.count(Theme.NO_GIFT) == 1),
                matrix.toString());
    }

    @Test
    void rowsAreInProvinceThenAgencyOrder() throws IOException {
        List<String> provinces = index.compare(filter(null, null, null, null)).rows().stream()
                .map(ThemeMatrix.Row::province).toList();
        // Thai collation: ขอนแก่น, เชียงราย (sorted by ช, not by the leading vowel เ), ลำปาง ×2, อุดรธานี
        assertEquals(List.of("ขอนแก่น", "เชียงราย", "ลำปาง", "ลำปาง", "อุดรธานี"), provinces);
        assertTrue(index.compare(filter(null, null, null, null)).rows().stream()
                .allMatch(r -> Objects.nonNull(r.fiscalYear())));
    }

    @Test
    void reindexingAReportReplacesItsCounts() throws IOException {
        index.indexReport(Agencies.report("e5f6a1b2c3d4", Agencies.MAESAI, DocumentKind.REPORT, 2568,
                Agencies.m(1, "ปรับปรุงถนนในหมู่บ้าน", "สำรวจพื้นที่")));
        index.commit();
        ThemeMatrix.Row maesai = index.compare(filter("เชียงราย", null, null, null)).rows().get(0);
        assertEquals(1, maesai.measures());
        assertTrue(maesai.counts().isEmpty());
    }

    @Test
    void eachCellsSearchFindsExactlyTheMeasuresItCounts() throws IOException {
        int cells = 0;
        for (ThemeMatrix.Row row : index.compare(filter(null, null, null, null)).rows()) {
            for (Theme t : row.counts().keySet()) {
                SearchRequest cell = filter(null, null, row.fiscalYear(), null).withLimit(100)
                        .narrowedTo(t, row.agencyKey(), row.source(t).orElseThrow());
                org.itaminer.index.query.SearchResult found = index.search(cell);
                assertEquals(row.count(t), found.totalHits(), row.agency() + " " + row.fiscalYear() + " " + t);
                assertTrue(found.hits().stream().allMatch(h -> h.themes().contains(t.id())
                        && h.reportId().equals(row.source(t).get()) && h.agency().equals(row.agency())), found.hits()
                        .toString());
                cells++;
            }
        }
        assertTrue(cells >= 8, "cells checked: " + cells);
    }

    @Test
    void theAgencyFilterKeepsTwoAgenciesOfOneNameApart() throws IOException {
        // two agencies share a name in different provinces: the key holds the place, so each has its own measures
        List<ThemeMatrix.Row> rows = index.compare(filter(null, null, null, null)).rows();
        for (ThemeMatrix.Row row : rows) {
            SearchRequest mine = filter(null, null, row.fiscalYear(), null).withLimit(100)
                    .narrowedTo(null, row.agencyKey(), null);
            org.itaminer.index.query.SearchResult found = index.search(mine);
            assertTrue(found.hits().stream().allMatch(h -> h.agency().equals(row.agency())
                    && java.util.Objects.equals(h.province(), row.province())), found.hits().toString());
            assertTrue(found.totalHits() >= row.measures(), row.toString());
        }
    }
}
