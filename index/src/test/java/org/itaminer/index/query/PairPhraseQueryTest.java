package org.itaminer.index.query;

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
import org.itaminer.model.report.Report;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.itaminer.index.SampleReports;
import org.itaminer.index.analysis.AnalyzedText;
import org.itaminer.index.analysis.ThaiSearchAnalyzer;
import org.itaminer.index.analysis.WordPairs;
import org.itaminer.index.write.MeasureDocuments;
import org.itaminer.index.write.MeasureFields;

/**
 * Phrases read through word pairs find the same measures, in the same order, with the same scores as PhraseQuery
 * (on an index of the samples whose text keeps its positions, which the real index does not), and no query of the
 * text needs positions.
 */
class PairPhraseQueryTest {

    @TempDir
    static Path tmp;

    static MeasureQuery queries;
    static DirectoryReader reader;

    @BeforeAll
    static void indexSamples() throws IOException {
        queries = new MeasureQuery(ThaiSearchAnalyzer.DEFAULT_SEGMENTER);
        try (ThaiSearchAnalyzer analyzer = ThaiSearchAnalyzer.forIndexing(ThaiSearchAnalyzer.DEFAULT_SEGMENTER);
             org.apache.lucene.index.IndexWriter w = new org.apache.lucene.index.IndexWriter(
                     FSDirectory.open(tmp.resolve("index")), new org.apache.lucene.index.IndexWriterConfig(analyzer))) {
            for (Report r : SampleReports.all()) {
                w.addDocuments(MeasureDocuments.of(r, analyzer, org.apache.lucene.document.TextField.TYPE_NOT_STORED));
            }
        }
        reader = DirectoryReader.open(FSDirectory.open(tmp.resolve("index")));
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        queries.close();
    }

    static Stream<SearchRequest> requests() throws IOException {
        List<SearchRequest> out = new ArrayList<>();
        for (QuerySetTest.Case c : QuerySetTest.cases()) {
            out.add(c.request());
        }
        // a word repeated in the phrase (จัด), a phrase across the title and the steps, digits
        for (String q : List.of("จัดซื้อจัดจ้าง", "เปิดเผยข้อมูลสาธารณะ", "คู่มือ การให้บริการ", "อบต. ร้องเรียน",
                "ไตรมาสที่ ๑", "องค์การบริหารส่วนตำบลหนองบัว", "การจัดซื้อจัดจ้าง", "ร้องเรียน ร้องทุกข์", "ไตรมาสที่ ๑ - ๔",
                "แผนปฏิบัติการป้องกันการทุจริต", "เผยแพร่ข้อมูลผ่านเว็บไซต์", "Line OA",
                // every synonym group inside a longer chunk: the alternatives are paths of a graph
                "ร้องเรียนอบต.หนองบัว", "เทศบาลตำบลท่าโพธิ์ทอง", "ทม.บ้านสวน ร้องเรียน", "ทน.ขอนแก่น",
                "อบจ.สตูล ป.ป.ช.", "ป.ป.ท.ร้องเรียน", "No-Gift-Policy ของขวัญ", "นโยบายงดรับของขวัญ",
                "ผลการประเมิน ita", "คู่มือ one stop service", "oss ศูนย์บริการแบบเบ็ดเสร็จ")) {
            out.add(SearchRequest.of(q));
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("requests")
    void sameHitsOrderAndScores(SearchRequest request) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        Query phrases = queries.query(request, false, false);
        Query pairs = queries.query(request, true, false);
        TopDocs want = searcher.search(phrases, 1000);
        TopDocs got = searcher.search(pairs, 1000);
        assertEquals(want.totalHits, got.totalHits, pairs.toString());
        assertEquals(render(want), render(got), pairs.toString());
    }

    /** The text is indexed without positions: a query that needs them would fail at search time. */
    @ParameterizedTest
    @MethodSource("requests")
    void noQueryOfTheTextNeedsPositions(SearchRequest request) {
        for (Query q : List.of(queries.query(request), queries.query(request, true, false))) {
            assertNoPositions(q);
        }
    }

    /** A chunk that is just an abbreviation or its long form is the one word the index adds for both. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '#', value = {
        "อบต.#text:อบต", "องค์การบริหารส่วนตำบล#text:อบต", "ป.ป.ช.#text:ปปช", "เทศบาลตำบล#text:ทต",
        "One Stop Service#text:oss",
        // an unquoted chunk: each word required, the pair of two words side by side optional
        "อบต. ร้องเรียน#text:อบต|text:ร้อง|text:เรียน|textPairs:ร้อง เรียน",
        "อบต.หนองบัว#text:อบต|text:หนองบัว",
        // quoted and not alone in its phrase: the phrase alternatives stay
        "\"อบต.หนองบัว\"#text:\"อบต หนองบัว\"~pairs text:\"องค์การ บริหาร ส่วน ตำบล หนองบัว\"~pairs",
        // no one-word form in the group
        "No Gift Policy#text:\"no gift\"~pairs text:\"ไม่ รับ ของ ขวัญ\"~pairs text:\"งด รับ ของ ขวัญ\"~pairs "
                + "text:\"no gift policy\"~pairs"})
    void anAbbreviationAloneIsItsOneWordForm(String query, String expected) {
        org.apache.lucene.search.BooleanQuery top = (org.apache.lucene.search.BooleanQuery) queries.query(
                SearchRequest.of(query));
        org.apache.lucene.search.BooleanQuery text = (org.apache.lucene.search.BooleanQuery) top.clauses().get(0)
                .getQuery();
        assertEquals(expected, String.join("|", text.clauses().stream().map(c -> c.getQuery().toString()).toList()));
    }

    /** The one-word forms find what the long forms and abbreviations find. */
    @ParameterizedTest
    @MethodSource("requests")
    void oneWordFormsFindTheSameMeasures(SearchRequest request) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        TopDocs want = searcher.search(queries.query(request, true, false), 1000);
        TopDocs got = searcher.search(queries.query(request, true, true), 1000);
        assertEquals(docs(want), docs(got), queries.query(request).toString());
    }

    private static java.util.Set<Integer> docs(TopDocs top) {
        java.util.Set<Integer> out = new java.util.TreeSet<>();
        for (ScoreDoc sd : top.scoreDocs) {
            out.add(sd.doc);
        }
        return out;
    }

    private static void assertNoPositions(Query q) {
        q.visit(new org.apache.lucene.search.QueryVisitor() {
            @Override
            public void visitLeaf(Query leaf) {
                boolean positional = leaf instanceof org.apache.lucene.search.PhraseQuery
                        || leaf instanceof org.apache.lucene.search.MultiPhraseQuery
                        || leaf instanceof org.apache.lucene.queries.spans.SpanQuery;
                assertTrue(!positional, "positions needed by " + leaf + " in " + q);
            }

            @Override
            public void consumeTerms(Query query, org.apache.lucene.index.Term... terms) {
                visitLeaf(query);
            }

            @Override
            public org.apache.lucene.search.QueryVisitor getSubVisitor(
                    org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
    }

    @org.junit.jupiter.api.Test
    void aPhraseBecomesPairs() {
        SearchRequest r = SearchRequest.of("\"ร้องเรียน\"");
        assertTrue(queries.query(r, true, true).toString().contains("~pairs"), queries.query(r, true, true).toString());
    }

    @ParameterizedTest(name = "{0} words: pairs at {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = ';', value = {
        "2;0", "3;0,1", "4;0,2", "5;0,2,3", "6;0,2,4", "7;0,2,4,5"})
    void everyOtherPairAndTheLastCoverThePhrase(int words, String offsets) {
        assertEquals(offsets, java.util.Arrays.stream(PairPhraseQuery.pairOffsets(words))
                .mapToObj(Integer::toString).collect(java.util.stream.Collectors.joining(",")));
    }

    /**
     * Texts where the pairs read are all there but not in a phrase (a word between them, the pairs swapped), or where
     * the phrase recurs and overlaps itself: the same documents, frequencies and scores as PhraseQuery.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "a b", "a b c", "a b c d", "b c d e", "a b c d e", "a b a b", "a b a b a b", "c d a b", "a b c d e f g"})
    void pairsAtTheirOffsetsAreThePhrase(String phrase) throws IOException {
        List<String> texts = List.of("a b c d e f g", "a b x c d e", "c d a b", "a b a b a b a b", "a b c a b c d",
                "d c b a", "b c d e a b c d", "a b c d x a b c d");
        try (ThaiSearchAnalyzer analyzer = ThaiSearchAnalyzer.forIndexing(ThaiSearchAnalyzer.DEFAULT_SEGMENTER);
             org.apache.lucene.store.Directory dir = new org.apache.lucene.store.ByteBuffersDirectory()) {
            try (org.apache.lucene.index.IndexWriter w = new org.apache.lucene.index.IndexWriter(dir,
                    new org.apache.lucene.index.IndexWriterConfig(analyzer))) {
                for (String t : texts) {
                    AnalyzedText a = AnalyzedText.of(analyzer, MeasureFields.TEXT, t);
                    org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
                    d.add(new org.apache.lucene.document.TextField(MeasureFields.TEXT, a.stream()));
                    d.add(new org.apache.lucene.document.TextField(MeasureFields.TEXT_PAIRS, WordPairs.of(List.of(a))));
                    w.addDocument(d);
                }
            }
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(r);
                org.apache.lucene.search.PhraseQuery want = new org.apache.lucene.search.PhraseQuery(
                        MeasureFields.TEXT, phrase.split(" "));
                Query got = PairPhraseQuery.of(want, MeasureFields.TEXT_PAIRS);
                TopDocs expected = searcher.search(want, 100);
                assertTrue(expected.totalHits.value > 0, "every phrase of the table occurs in a text");
                assertEquals(render(expected), render(searcher.search(got, 100)), phrase);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void theAlternativesOfASynonymBecomePairs() {
        String q = queries.query(SearchRequest.of("อบต. ร้องเรียน"), true, false).toString();
        assertTrue(q.contains("\"องค์การ บริหาร ส่วน ตำบล\"~pairs"), q);
        assertTrue(queries.query(SearchRequest.of("No Gift Policy"), true, true).toString()
                .matches("[^\"]*(\"[^\"]*\"~pairs[^\"]*)+"), "every phrase a pair query");
    }

    private static List<String> render(TopDocs top) {
        List<String> out = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            out.add(sd.doc + ":" + Float.floatToIntBits(sd.score));
        }
        return out;
    }
}
