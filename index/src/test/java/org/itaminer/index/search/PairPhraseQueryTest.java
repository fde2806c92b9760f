package org.itaminer.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.itaminer.extract.report.Report;
import org.itaminer.index.bench.IndexBenchmark;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Phrases read through word pairs find the same measures, in the same order, with the same scores as PhraseQuery. */
class PairPhraseQueryTest {

    @TempDir
    static Path tmp;

    static MeasureIndex index;
    static DirectoryReader reader;

    @BeforeAll
    static void indexSamples() throws IOException {
        index = MeasureIndex.open(tmp.resolve("index"));
        for (Report r : SampleReports.all()) {
            index.indexReport(r);
        }
        index.commit();
        reader = DirectoryReader.open(FSDirectory.open(tmp.resolve("index")));
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        index.close();
    }

    static Stream<SearchRequest> requests() throws IOException {
        List<SearchRequest> out = new ArrayList<>();
        for (QuerySetTest.Case c : QuerySetTest.cases()) {
            out.add(c.request());
        }
        out.addAll(IndexBenchmark.QUERY_MIX);
        // a word repeated in the phrase (จัด), a phrase across the title and the steps, digits
        for (String q : List.of("จัดซื้อจัดจ้าง", "การจัดซื้อจัดจ้าง", "ร้องเรียน ร้องทุกข์", "ไตรมาสที่ ๑ - ๔",
                "แผนปฏิบัติการป้องกันการทุจริต", "เผยแพร่ข้อมูลผ่านเว็บไซต์", "Line OA")) {
            out.add(SearchRequest.of(q));
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("requests")
    void sameHitsOrderAndScores(SearchRequest request) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        Query phrases = index.query(request, false);
        Query pairs = index.query(request, true);
        TopDocs want = searcher.search(phrases, 1000);
        TopDocs got = searcher.search(pairs, 1000);
        assertEquals(want.totalHits, got.totalHits, pairs.toString());
        assertEquals(render(want), render(got), pairs.toString());
    }

    @org.junit.jupiter.api.Test
    void aPhraseBecomesPairs() {
        SearchRequest r = SearchRequest.of("ร้องเรียน");
        assertTrue(index.query(r, true).toString().contains("~pairs"), index.query(r, true).toString());
    }

    private static List<String> render(TopDocs top) {
        List<String> out = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            out.add(sd.doc + ":" + Float.floatToIntBits(sd.score));
        }
        return out;
    }
}
