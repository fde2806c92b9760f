package org.itaminer.index.similar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.itaminer.model.report.Report;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.itaminer.index.Agencies;
import org.itaminer.index.MeasureIndex;
import org.itaminer.index.WritableIndex;
import org.itaminer.index.write.MeasureIndexWriter;
import org.itaminer.index.facet.FacetValue;
import org.itaminer.index.query.MeasureId;
import org.itaminer.index.query.SearchHit;
import org.itaminer.index.query.SearchRequest;
import org.itaminer.index.query.SearchResult;
import org.itaminer.index.write.OutdatedIndexException;

class SimilarTest {

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

    private static String id(Report r, int seq) {
        return MeasureId.of(r.id(), seq).toString();
    }

    @Test
    void searchHitsCarryTheIdAndThemes() throws IOException {
        SearchHit hit = index.search(SearchRequest.of("No Gift").withLimit(10)).hits().stream()
                .filter(h -> h.reportId().equals(Agencies.BANPHAI_PLAN_2568.id())).findFirst().orElseThrow();
        assertEquals("f6a1b2c3d4e5#1", hit.id());
        assertEquals(List.of("no_gift"), hit.themes());
        SearchResult all = index.search(SearchRequest.of(""));
        assertTrue(all.facets().get("theme").contains(new FacetValue("no_gift", 4)), all.facets().toString());
    }

    @Test
    void sameThemeMeasuresOfOtherAgenciesComeFirst() throws IOException {
        String query = id(Agencies.HUAI_LAMPANG_PLAN_2568, 1); // ไม่รับของขวัญ (No Gift Policy)
        SimilarResult result = index.similar(query, 10).orElseThrow();
        assertEquals(query, result.measure().id());
        assertEquals(List.of("no_gift"), result.measure().themes());
        List<SearchHit> hits = result.hits();
        assertTrue(hits.size() >= 2, hits.toString());
        assertEquals(List.of("no_gift"), hits.get(0).themes());
        assertEquals(List.of("no_gift"), hits.get(1).themes());
        // the same agency (its plan and its report) never; the same name in another province is another agency
        assertTrue(hits.stream().noneMatch(h -> h.reportId().equals(Agencies.HUAI_LAMPANG_PLAN_2568.id())
                || h.reportId().equals(Agencies.HUAI_LAMPANG_REPORT_2568.id())
                || h.reportId().equals(Agencies.HUAI_LAMPANG_PLAN_2567.id())), hits.toString());
        assertTrue(hits.stream().limit(2).anyMatch(h -> h.reportId().equals(Agencies.HUAI_UDON_PLAN_2568.id())));
        assertTrue(hits.stream().limit(2).anyMatch(h -> h.reportId().equals(Agencies.BANPHAI_PLAN_2568.id())));
    }

    @Test
    void neverTheMeasureItself() throws IOException {
        for (Report r : Agencies.ALL) {
            for (int seq = 1; seq <= r.measures().size(); seq++) {
                String query = id(r, seq);
                Optional<SimilarResult> result = index.similar(query, 20);
                assertTrue(result.isPresent(), query);
                assertTrue(result.get().hits().stream().noneMatch(h -> h.id().equals(query)), query);
                assertTrue(result.get().hits().stream().noneMatch(h -> h.agency().equals(r.agency().name())
                        && h.province().equals(r.agency().province())), query);
            }
        }
    }

    @Test
    void wordingDecidesAmongSameThemeMeasures() throws IOException {
        // จัดการเรื่องร้องเรียนการทุจริต (Mae Sai): the complaints measure of Lampang shares the theme and words
        SimilarResult result = index.similar(id(Agencies.MAESAI_REPORT_2568, 1), 5).orElseThrow();
        assertEquals(List.of("complaints"), result.hits().get(0).themes());
        assertEquals(Agencies.HUAI_LAMPANG.name(), result.hits().get(0).agency());
    }

    @Test
    void limitAndLongIdsWork() throws IOException {
        assertEquals(1, index.similar(id(Agencies.HUAI_LAMPANG_PLAN_2568, 1), 1).orElseThrow().hits().size());
        String full = Agencies.HUAI_LAMPANG_PLAN_2568.id() + "#1";
        assertTrue(index.similar(full, 3).isPresent());
        assertTrue(index.similar(full.toUpperCase(java.util.Locale.ROOT), 3).isPresent());
    }

    @Test
    void unknownIdsAreEmpty() throws IOException {
        assertFalse(index.similar("a1b2c3d4e5f6#99", 5).isPresent());
        assertFalse(index.similar("0123456789ab#1", 5).isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a1b2#1", "a1b2c3d4e5f6", "a1b2c3d4e5f6#", "a1b2c3d4e5f6#0", "ไม่รับของขวัญ"})
    void malformedIdsAreRejectedByName(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> index.similar(text, 5));
        assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
    }

    @Test
    void anAmbiguousPrefixIsAnError() throws IOException {
        index.indexReport(Agencies.report("a1b2c3d4e5f7", Agencies.BANPHAI, org.itaminer.model.report.DocumentKind.PLAN,
                2567, Agencies.m(1, "มาตรการป้องกันผลประโยชน์ทับซ้อน")));
        index.commit();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> index.similar("a1b2c3d4e5#1", 5));
        assertTrue(e.getMessage().contains("several reports"), e.getMessage());
    }

    @Test
    void anIndexFromBeforeThemesIsRefused(@TempDir Path dir) throws IOException {
        Path old = dir.resolve("old");
        try (FSDirectory d = FSDirectory.open(old); IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
            Document doc = new Document();
            doc.add(new StringField("reportId", "x", Field.Store.YES));
            w.addDocument(doc);
            w.commit();
        }
        OutdatedIndexException e = assertThrows(OutdatedIndexException.class, () -> MeasureIndex.openReadOnly(old));
        assertTrue(e.getMessage().contains("itaminer reindex"), e.getMessage());
        assertThrows(OutdatedIndexException.class, () -> MeasureIndexWriter.open(old));
    }
}
