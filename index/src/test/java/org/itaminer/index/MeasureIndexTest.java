package org.itaminer.index;

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
import org.itaminer.model.report.AgencyType;
import org.itaminer.model.report.DocumentKind;
import org.itaminer.model.report.Report;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.itaminer.index.analysis.Segmenter;
import org.itaminer.index.analysis.ThaiSearchAnalyzer;
import org.itaminer.index.facet.FacetValue;
import org.itaminer.index.query.MeasureQuery;
import org.itaminer.index.query.QueryTooLongException;
import org.itaminer.index.query.Relevance;
import org.itaminer.index.write.IndexFormat;
import org.itaminer.index.write.MeasureIndexWriter;
import org.itaminer.index.query.SearchHit;
import org.itaminer.index.query.SearchRequest;
import org.itaminer.index.query.SearchResult;
import org.itaminer.index.write.OutdatedIndexException;

class MeasureIndexTest {

    @TempDir
    Path tmp;

    WritableIndex index;

    @BeforeEach
    void indexSamples() throws IOException {
        index = WritableIndex.open(tmp.resolve("index"));
        for (Report r : SampleReports.all()) {
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
        // ไม่รับของขวัญ (do not accept gifts)
        "ไม่รับของขวัญ",
        "NO GIFT POLICY"})
    void noGiftFindsExactlyTheNoGiftMeasures(String query) throws IOException {
        // มาตรการไม่รับของขวัญ (No Gift Policy); นโยบายไม่รับของขวัญและของกำนัลทุกชนิด (No Gift Policy); one อบต.'s
        // measure in its plans of two years and in its report
        assertEquals(Set.of("plan_sao_nongbua_2567#2", "report_town_thakham_2567#6", "plan_sao_huaiyang_2567#2",
                "plan_sao_huaiyang_schedule_2568#3", "report_sao_huaiyang_2568#3"), keys(query));
        // and not ไม่พบการรับของขวัญ (no gift was found to be taken), a hospital's finding about drug companies
        assertFalse(keys(query).contains("report_hospital_bribery_2567#5"));
    }

    @ParameterizedTest
    @CsvSource({
        // ไตรมาสที่ ๑ | ไตรมาสที่ 1 (the first quarter)
        "ไตรมาสที่ ๑, ไตรมาสที่ 1",
        // มีนาคม ๒๕๖๘ | มีนาคม 2568
        "มีนาคม ๒๕๖๘, มีนาคม 2568",
        "๒๕๖๘, 2568",
        // รอบ ๖ เดือน | รอบ 6 เดือน (every six months)
        "รอบ ๖ เดือน, รอบ 6 เดือน"})
    void thaiDigitsFindWhatArabicDigitsFind(String thai, String arabic) throws IOException {
        Set<String> expected = keys(arabic);
        assertFalse(expected.isEmpty(), arabic);
        assertEquals(expected, keys(thai));
    }

    @ParameterizedTest
    @CsvSource({
        // อบต.หนองบัวทอง | องค์การบริหารส่วนตำบลหนองบัวทอง
        "อบต.หนองบัวทอง, องค์การบริหารส่วนตำบลหนองบัวทอง",
        "ทต.พนมทวน, เทศบาลตำบลพนมทวน",
        "ทม.บ้านสวน, เทศบาลเมืองบ้านสวน",
        "อบจ.สตูล, องค์การบริหารส่วนจังหวัดสตูล",
        "ปปช, ป.ป.ช."})
    void abbreviationsFindWhatFullNamesFind(String abbreviation, String full) throws IOException {
        Set<String> expected = keys(full);
        assertFalse(expected.isEmpty(), full);
        assertEquals(expected, keys(abbreviation));
    }

    @ParameterizedTest
    @CsvSource({"อบต.,อบต", "อบจ.,อบจ", "ป.ป.ช.,ปปช"})
    void anAbbreviationIsSearchedOnce(String query, String term) {
        // อบต. and อบต analyze alike: one clause, not two
        String q;
        try (MeasureQuery queries = new MeasureQuery(ThaiSearchAnalyzer.DEFAULT_SEGMENTER)) {
            q = queries.query(SearchRequest.of(query)).toString();
        }
        assertEquals(1, q.split("text:" + term + "(?![^ )])", -1).length - 1, q);
    }

    @Test
    void filtersAgreeWithTheData() throws IOException {
        List<Report> reports = SampleReports.all();
        int nakhonNayok = count(reports, r -> "นครนายก".equals(r.agency().province()));
        assertTrue(nakhonNayok > 0);
        assertEquals(nakhonNayok, keys(filtered("นครนายก", null, null, null, null, null)).size());
        assertEquals(nakhonNayok, keys(filtered("จังหวัดนครนายก", null, null, null, null, null)).size());
        assertEquals(count(reports, r -> "พนมทวน".equals(r.agency().district())),
                keys(filtered(null, "อำเภอพนมทวน", null, null, null, null)).size());
        assertEquals(count(reports, r -> r.agency().type() == AgencyType.SAO),
                keys(filtered(null, null, AgencyType.SAO, null, null, null)).size());
        assertEquals(count(reports, r -> r.kind() == DocumentKind.PLAN),
                keys(filtered(null, null, null, null, DocumentKind.PLAN, null)).size());
        int fy2568 = count(reports, r -> Objects.equals(r.fiscalYear(), 2568));
        assertTrue(fy2568 > 0);
        assertEquals(fy2568, keys(filtered(null, null, null, 2568, null, null)).size());
        assertEquals(fy2568, keys(filtered(null, null, null, 2025, null, null)).size(), "C.E. 2025 = B.E. 2568");
        assertEquals(Set.of("plan_city_sriwarin_2569#6", "plan_sao_nongbua_2567#4", "report_town_thakham_2567#2"),
                keys(filtered(null, null, null, null, null, "o36")));
        assertEquals(Set.of("plan_sao_nongbua_2567#2"),
                keys(new SearchRequest("no gift", "นครนายก", null, null, null, null, null, 10)));
        assertTrue(keys(new SearchRequest("no gift", "ชลบุรี", null, null, 2568, null, null, 10)).isEmpty());
    }

    @Test
    void facetCountsAgreeWithTheData() throws IOException {
        List<Report> reports = SampleReports.all();
        SearchResult all = index.search(SearchRequest.of(""));
        assertEquals(SampleReports.measureCount(), all.totalHits());
        assertEquals(expected(reports, r -> r.agency().province()), counts(all, "province"));
        assertEquals(expected(reports, r -> r.agency().type().value()), counts(all, "agencyType"));
        assertEquals(expected(reports, r -> r.fiscalYear() == null ? null : r.fiscalYear().toString()),
                counts(all, "fiscalYear"));
        assertEquals(expected(reports, r -> r.kind().value()), counts(all, "kind"));
        Map<String, Integer> indicators = new TreeMap<>();
        reports.forEach(r -> r.measures().forEach(m -> m.indicators().forEach(i -> indicators.merge(i, 1, Integer::sum))));
        assertFalse(indicators.isEmpty());
        assertEquals(indicators, counts(all, "indicator"));

        SearchResult noGift = index.search(SearchRequest.of("No Gift Policy"));
        assertEquals(Map.of("นครนายก", 1, "สุราษฎร์ธานี", 1, "กระบี่", 3), counts(noGift, "province"));
        assertEquals(Map.of("plan", 3, "report", 2), counts(noGift, "kind"));
    }

    @Test
    void reindexingReplacesAndNeverDuplicates() throws IOException {
        int n = SampleReports.measureCount();
        assertEquals(n, index.size());
        for (Report r : SampleReports.all()) {
            index.indexReport(r);
        }
        index.commit();
        assertEquals(n, index.size());
        assertEquals(5, keys("No Gift Policy").size());

        Report phanom = SampleReports.one("report_municipality_phanom_2568");
        Report shorter = new Report(phanom.schemaVersion(), phanom.id(), phanom.source(), phanom.title(),
                phanom.kind(), phanom.agency(), phanom.fiscalYear(), phanom.assessment(), phanom.indicatorScores(),
                phanom.measures().subList(0, 3), phanom.warnings());
        index.indexReport(shorter);
        assertEquals(n - phanom.measures().size() + 3, index.size());
    }

    @Test
    void survivesCloseAndReopen() throws IOException {
        index.close();
        index = WritableIndex.open(tmp.resolve("index"));
        assertEquals(SampleReports.measureCount(), index.size());
    }

    @Test
    void refusesToMixSegmenters() throws IOException {
        index.close();
        Path folder = tmp.resolve("index");
        Segmenter other = ThaiSearchAnalyzer.DEFAULT_SEGMENTER == Segmenter.ICU ? Segmenter.THAI : Segmenter.ICU;
        assertThrows(IllegalStateException.class, () -> MeasureIndexWriter.open(folder, other));
        try (MeasureIndex readOnly = MeasureIndex.openReadOnly(folder)) {
            assertEquals(5, readOnly.search(SearchRequest.of("No Gift Policy")).totalHits());
            // read-only takes no write lock: a writer opens beside it, and its commit is seen
            try (MeasureIndexWriter writer = MeasureIndexWriter.open(folder)) {
                writer.indexReport(SampleReports.one("report_municipality_phanom_2568"));
                writer.clear();
                writer.commit();
            }
            assertEquals(0, readOnly.size());
        }
    }

    @Test
    void refusesAnIndexOfAnotherLayout() throws IOException {
        Path folder = tmp.resolve("older");
        try (org.apache.lucene.store.FSDirectory dir = org.apache.lucene.store.FSDirectory.open(folder);
             org.apache.lucene.index.IndexWriter w = new org.apache.lucene.index.IndexWriter(dir,
                     new org.apache.lucene.index.IndexWriterConfig())) {
            w.addDocument(new org.apache.lucene.document.Document());
            w.commit();
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> MeasureIndexWriter.open(folder));
        assertTrue(e.getMessage().contains("itaminer reindex"), e.getMessage());
    }

    /**
     * Indexes recorded as built with another field format, segmenter, theme rules or theme bit order than this
     * itaminer's.
     */
    static List<String> otherBuilds() {
        String current = IndexFormat.build(ThaiSearchAnalyzer.DEFAULT_SEGMENTER);
        Segmenter other = ThaiSearchAnalyzer.DEFAULT_SEGMENTER == Segmenter.ICU ? Segmenter.THAI : Segmenter.ICU;
        return List.of(
                current.replaceFirst("^format \\d+", "format 2"),
                IndexFormat.build(other),
                current.replaceFirst("theme rules \\w+", "theme rules 000000000000"),
                current.replaceFirst("theme bits .*$", "theme bits no_gift complaints"));
    }

    @ParameterizedTest
    @MethodSource("otherBuilds")
    void refusesAnIndexOfAnotherBuild(String recorded) throws IOException {
        Path folder = tmp.resolve("other");
        try (org.apache.lucene.store.FSDirectory dir = org.apache.lucene.store.FSDirectory.open(folder);
             org.apache.lucene.index.IndexWriter w = new org.apache.lucene.index.IndexWriter(dir,
                     new org.apache.lucene.index.IndexWriterConfig())) {
            w.addDocument(new org.apache.lucene.document.Document());
            w.setLiveCommitData(Map.of("itaminer.index", recorded).entrySet());
            w.commit();
        }
        OutdatedIndexException e = assertThrows(OutdatedIndexException.class, () -> MeasureIndex.openReadOnly(folder));
        assertTrue(e.getMessage().contains(recorded) && e.getMessage().endsWith("(itaminer reindex)"),
                e.getMessage());
        assertThrows(OutdatedIndexException.class, () -> MeasureIndexWriter.open(folder));
    }

    @Test
    void readOnlyOpenOfAMissingIndexSaysSo() {
        assertThrows(org.apache.lucene.index.IndexNotFoundException.class,
                () -> MeasureIndex.openReadOnly(tmp.resolve("nothing-here")));
    }

    @Test
    void hitsCarryReportFieldsAndAHighlightedSnippet() throws IOException {
        // คู่มือ (handbook): in one title and in other measures' steps and results
        SearchResult result = index.search(SearchRequest.of("คู่มือ").withLimit(1));
        assertEquals(Relevance.relevant(SampleReports.all(), SearchRequest.of("คู่มือ")).size(), result.totalHits());
        assertEquals(1, result.hits().size());
        SearchHit hit = result.hits().get(0);
        assertEquals("report_municipality_phanom_2568#3", hit.key(), "the title match ranks first");
        assertEquals("เทศบาลตำบลพนมทวน", hit.agency());
        assertEquals(2568, hit.fiscalYear());
        assertEquals("กาญจนบุรี", hit.province());
        assertEquals("ปรับปรุงคู่มือการให้บริการประชาชน", hit.title());
        assertTrue(hit.snippet().contains("<b>"), hit.snippet());
        assertTrue(hit.score() > 0);
    }

    @Test
    void punctuationOnlyQueryFindsNothingAndBadLimitIsRejected() throws IOException {
        assertEquals(0, index.search(SearchRequest.of("?!")).totalHits());
        assertThrows(IllegalArgumentException.class, () -> SearchRequest.of("x").withLimit(0));
    }

    /** A paragraph pasted as a query: the words of a sample measure's steps, over and over. */
    private static String pasted(int copies) {
        return String.join(" ", java.util.Collections.nCopies(copies, "ประชุม ชี้แจง นโยบาย คู่มือ ร้องเรียน"));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {21, 205, 1_000})
    void aQueryOfTooManyWordsIsRefusedWithTheLimitAndItsSize(int copies) {
        QueryTooLongException e = assertThrows(QueryTooLongException.class,
                () -> index.search(SearchRequest.of(pasted(copies))));
        assertEquals(MeasureQuery.MAX_WORDS, e.limit());
        assertTrue(e.size() >= copies * 5, e.size() + " words");
        assertTrue(e.getMessage().contains(" " + e.size() + " words") && e.getMessage().contains("at most "
                + MeasureQuery.MAX_WORDS), e.getMessage());
        assertThrows(QueryTooLongException.class, () -> index.compare(SearchRequest.of(pasted(copies))));
    }

    @Test
    void aQueryOfAsManyWordsAsTheLimitIsSearchedAndOneMoreIsNot() throws IOException {
        StringBuilder query = new StringBuilder();
        int words = 0;
        try (org.itaminer.index.analysis.ThaiSearchAnalyzer a = org.itaminer.index.analysis.ThaiSearchAnalyzer
                .forIndexing(ThaiSearchAnalyzer.DEFAULT_SEGMENTER)) {
            while (words < MeasureQuery.MAX_WORDS) {
                query.append(" ประชุม");
                words = org.itaminer.index.analysis.AnalyzedText.of(a, "text", query.toString()).size();
            }
        }
        assertEquals(MeasureQuery.MAX_WORDS, words);
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> index.search(SearchRequest.of(query.toString())));
        QueryTooLongException e = assertThrows(QueryTooLongException.class,
                () -> index.search(SearchRequest.of(query + " ประชุม")));
        assertEquals(MeasureQuery.MAX_WORDS + 1, e.size());
    }

    /**
     * A quoted phrase whose abbreviations' spellings multiply (four for ไม่รับของขวัญ, six times over) is refused;
     * unquoted, each is a word of its own, its four spellings once.
     */
    @Test
    void aRunOfAbbreviationsWhoseSpellingsMultiplyIsRefusedToo() {
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(
                () -> index.search(SearchRequest.of("ไม่รับของขวัญ".repeat(6))));
        QueryTooLongException e = assertThrows(QueryTooLongException.class,
                () -> index.search(SearchRequest.of('"' + "ไม่รับของขวัญ".repeat(6) + '"')));
        assertEquals(org.apache.lucene.search.IndexSearcher.getMaxClauseCount(), e.limit());
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
