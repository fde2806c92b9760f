package org.itaminer.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.itaminer.extract.report.AgencyType;
import org.itaminer.extract.report.DocumentKind;
import org.itaminer.extract.report.Report;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeasureIndexTest {

    @TempDir
    Path tmp;

    MeasureIndex index;

    @BeforeEach
    void indexSeeds() throws IOException {
        index = MeasureIndex.open(tmp.resolve("index"));
        for (Report r : SeedReports.all()) {
            index.indexReport(r);
        }
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private Set<String> keys(SearchRequest request) throws IOException {
        return index.search(request.withLimit(1000)).hits().stream().map(SearchHit::key)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private Set<String> keys(String query) throws IOException {
        return keys(SearchRequest.of(query));
    }

    private static SearchRequest filtered(String province, String district, AgencyType type, Integer year,
                                          DocumentKind kind, String indicator) {
        return new SearchRequest("", province, district, type, year, kind, indicator, 1000);
    }

    @ParameterizedTest
    @CsvSource({
        "No Gift Policy",
        "no gift",
        "ไม่รับของขวัญ",
        "NO GIFT POLICY"})
    void noGiftFindsExactlyTheNoGiftMeasures(String query) throws IOException {
        assertEquals(Set.of("003_1b23baa67fb7dc74#10", "004_6eebd7a125b8eb54#4"), keys(query));
    }

    @ParameterizedTest
    @CsvSource({
        // ตัวชี้วัดที่ ๑๐ | ตัวชี้วัดที่ 10
        "ตัวชี้วัดที่ ๑๐, ตัวชี้วัดที่ 10",
        // ปีงบประมาณ ๒๕๖๘ | ปีงบประมาณ 2568
        "ปีงบประมาณ ๒๕๖๘, ปีงบประมาณ 2568",
        "๒๕๖๕, 2565"})
    void thaiDigitsFindWhatArabicDigitsFind(String thai, String arabic) throws IOException {
        Set<String> expected = keys(arabic);
        assertFalse(expected.isEmpty(), arabic);
        assertEquals(expected, keys(thai));
    }

    @ParameterizedTest
    @CsvSource({
        // อบต.บ่อหิน | องค์การบริหารส่วนตำบลบ่อหิน
        "อบต.บ่อหิน, องค์การบริหารส่วนตำบลบ่อหิน",
        "ทต.โคกสูงสัมพันธ์, เทศบาลตำบลโคกสูงสัมพันธ์",
        "One Stop Service, OSS"})
    void abbreviationsFindWhatFullNamesFind(String abbreviation, String full) throws IOException {
        Set<String> expected = keys(full);
        assertFalse(expected.isEmpty(), full);
        assertEquals(expected, keys(abbreviation));
    }

    @Test
    void filtersAgreeWithTheData() throws IOException {
        List<Report> reports = SeedReports.all();
        assertEquals(count(reports, r -> "ตรัง".equals(r.agency().province())),
                keys(filtered("ตรัง", null, null, null, null, null)).size());
        assertEquals(count(reports, r -> "ตรัง".equals(r.agency().province())),
                keys(filtered("จังหวัดตรัง", null, null, null, null, null)).size());
        assertEquals(count(reports, r -> "ชุมแพ".equals(r.agency().district())),
                keys(filtered(null, "อำเภอชุมแพ", null, null, null, null)).size());
        assertEquals(count(reports, r -> r.agency().type() == AgencyType.SAO),
                keys(filtered(null, null, AgencyType.SAO, null, null, null)).size());
        assertEquals(count(reports, r -> r.kind() == DocumentKind.PLAN),
                keys(filtered(null, null, null, null, DocumentKind.PLAN, null)).size());
        int fy2568 = count(reports, r -> Objects.equals(r.fiscalYear(), 2568));
        assertEquals(fy2568, keys(filtered(null, null, null, 2568, null, null)).size());
        assertEquals(fy2568, keys(filtered(null, null, null, 2025, null, null)).size(), "C.E. 2025 = B.E. 2568");
        assertEquals(Set.of("000_076c3ad6737d4477#1"), keys(filtered(null, null, null, null, null, "e10")));
        assertEquals(Set.of("003_1b23baa67fb7dc74#10"),
                keys(new SearchRequest("no gift", "ตรัง", null, null, null, null, null, 10)));
        assertTrue(keys(new SearchRequest("no gift", "ขอนแก่น", null, null, 2565, null, null, 10)).isEmpty());
    }

    @Test
    void facetCountsAgreeWithTheData() throws IOException {
        List<Report> reports = SeedReports.all();
        SearchResult all = index.search(SearchRequest.of(""));
        assertEquals(SeedReports.measureCount(), all.totalHits());
        assertEquals(expected(reports, r -> r.agency().province()), counts(all, "province"));
        assertEquals(expected(reports, r -> r.agency().type().value()), counts(all, "agencyType"));
        assertEquals(expected(reports, r -> r.fiscalYear() == null ? null : r.fiscalYear().toString()),
                counts(all, "fiscalYear"));
        assertEquals(expected(reports, r -> r.kind().value()), counts(all, "kind"));
        assertEquals(Map.of("E10", 1, "EIT", 1, "OIT", 1), counts(all, "indicator"));

        SearchResult noGift = index.search(SearchRequest.of("No Gift Policy"));
        assertEquals(Map.of("ตรัง", 1, "ขอนแก่น", 1), counts(noGift, "province"));
        assertEquals(Map.of("report", 2), counts(noGift, "kind"));
    }

    @Test
    void reindexingReplacesAndNeverDuplicates() throws IOException {
        int n = SeedReports.measureCount();
        assertEquals(n, index.size());
        for (Report r : SeedReports.all()) {
            index.indexReport(r);
        }
        index.commit();
        assertEquals(n, index.size());
        assertEquals(2, keys("No Gift Policy").size());

        Report r3 = SeedReports.one("003_1b23baa67fb7dc74");
        Report shorter = new Report(r3.schemaVersion(), r3.id(), r3.source(), r3.title(), r3.kind(), r3.agency(),
                r3.fiscalYear(), r3.assessment(), r3.indicatorScores(), r3.measures().subList(0, 3), r3.warnings());
        index.indexReport(shorter);
        assertEquals(n - r3.measures().size() + 3, index.size());
    }

    @Test
    void survivesCloseAndReopen() throws IOException {
        index.close();
        index = MeasureIndex.open(tmp.resolve("index"));
        assertEquals(SeedReports.measureCount(), index.size());
    }

    @Test
    void refusesToMixSegmenters() throws IOException {
        index.close();
        Path folder = tmp.resolve("index");
        Segmenter other = ThaiSearchAnalyzer.DEFAULT_SEGMENTER == Segmenter.ICU ? Segmenter.THAI : Segmenter.ICU;
        assertThrows(IllegalStateException.class, () -> MeasureIndex.open(folder, other));
        index = MeasureIndex.openReadOnly(folder);
        assertEquals(2, index.search(SearchRequest.of("No Gift Policy")).totalHits());
        assertThrows(IllegalStateException.class, () -> index.indexReport(SeedReports.one(SeedReports.STEMS.get(0))));
    }

    @Test
    void readOnlyOpenOfAMissingIndexSaysSo() {
        assertThrows(org.apache.lucene.index.IndexNotFoundException.class,
                () -> MeasureIndex.openReadOnly(tmp.resolve("nothing-here")));
    }

    @Test
    void hitsCarryReportFieldsAndAHighlightedSnippet() throws IOException {
        SearchResult result = index.search(SearchRequest.of("ไม่รับของขวัญ").withLimit(1));
        assertEquals(2, result.totalHits());
        assertEquals(1, result.hits().size());
        SearchHit hit = result.hits().get(0);
        assertEquals("004_6eebd7a125b8eb54#4", hit.key(), "the title match ranks first");
        assertEquals("เทศบาลตำบลโคกสูงสัมพันธ์", hit.agency());
        assertEquals(2568, hit.fiscalYear());
        assertEquals("ขอนแก่น", hit.province());
        assertTrue(hit.title().startsWith("นโยบายไม่รับของขวัญ"), hit.title());
        assertTrue(hit.snippet().contains("<b>"), hit.snippet());
        assertTrue(hit.score() > 0);
    }

    @Test
    void punctuationOnlyQueryFindsNothingAndBadLimitIsRejected() throws IOException {
        assertEquals(0, index.search(SearchRequest.of("?!")).totalHits());
        assertThrows(IllegalArgumentException.class, () -> SearchRequest.of("x").withLimit(0));
    }

    private static int count(List<Report> reports, java.util.function.Predicate<Report> p) {
        return reports.stream().filter(p).mapToInt(r -> r.measures().size()).sum();
    }

    private static Map<String, Integer> expected(List<Report> reports, Function<Report, String> value) {
        Map<String, Integer> out = new TreeMap<>();
        for (Report r : reports) {
            String v = value.apply(r);
            if (v != null && !r.measures().isEmpty()) {
                out.merge(v, r.measures().size(), Integer::sum);
            }
        }
        return out;
    }

    private static Map<String, Integer> counts(SearchResult result, String dim) {
        return new TreeMap<>(result.facets().getOrDefault(dim, List.of()).stream()
                .collect(Collectors.toMap(FacetValue::value, FacetValue::count)));
    }
}
