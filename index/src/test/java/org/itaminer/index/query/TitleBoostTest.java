package org.itaminer.index.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.itaminer.index.analysis.ThaiSearchAnalyzer;
import org.itaminer.index.analysis.AnalyzedText;
import org.itaminer.index.write.TitleWords;

class TitleBoostTest {

    /** The chunks of a query as "word word|alternative;next chunk". */
    private static String chunks(String query) throws IOException {
        try (MeasureQuery queries = new MeasureQuery(ThaiSearchAnalyzer.DEFAULT_SEGMENTER)) {
            StringBuilder s = new StringBuilder();
            for (List<List<String>> chunk : TitleBoost.chunks(queries.query(SearchRequest.of(query), true, false))) {
                s.append(s.length() == 0 ? "" : ";");
                s.append(String.join("|", chunk.stream().map(a -> String.join(" ", a)).toList()));
            }
            return s.toString();
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '#', value = {
        // query # its chunks, each as its alternatives (a synonym's spellings)
        "คู่มือ#คู่มือ",
        "คู่มือ การให้บริการ#คู่มือ;การ;ให้;บริการ",          // each word of an unquoted chunk
        "คู่มือ \"การให้บริการ\"#คู่มือ;การ ให้ บริการ",        // a quoted phrase
        "อบต.#อบต|องค์การ บริหาร ส่วน ตำบล",
        "ไตรมาสที่ ๑#ไตรมาส;ที่;1",
        "''#''",
    })
    void chunksAreTheQueryPhrasesWithTheirAlternatives(String query, String expected) throws IOException {
        assertEquals(expected, chunks(query));
    }

    @Test
    void aTitleHoldingTheQueryRaisesItsMatchAndOthersKeepTheirOrder() throws IOException {
        List<List<String>> titles = List.of(
                List.of("ปรับปรุง", "คู่มือ", "การ", "ให้", "บริการ"),   // 0: both chunks
                List.of("เผยแพร่", "คู่มือ"),                            // 1: one of two chunks
                List.of("ร้อง", "เรียน"),                               // 2: none
                List.of("การ", "ให้", "คู่มือ"));                        // 3: the words, not the phrase การ ให้ บริการ
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
                for (List<String> t : titles) {
                    Document d = new Document();
                    d.add(TitleWords.field(AnalyzedText.of(new org.apache.lucene.analysis.core.WhitespaceAnalyzer(),
                            "t", String.join(" ", t))));
                    w.addDocument(d);
                }
            }
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                TopDocs top = new TopDocs(new TotalHits(4, TotalHits.Relation.EQUAL_TO), new ScoreDoc[] {
                    new ScoreDoc(2, 5f), new ScoreDoc(3, 4f), new ScoreDoc(1, 3f), new ScoreDoc(0, 2f)});
                List<List<List<String>>> chunks = List.of(List.of(List.of("คู่มือ")),
                        List.of(List.of("การ", "ให้", "บริการ")));
                TopDocs boosted = TitleBoost.rescore(new IndexSearcher(r), top, chunks, 1f, 4);
                // 3: 4 + 4 × 1/2 = 6; 2: 5; 1: 3 + 3 × 1/2 = 4.5; 0: 2 + 2 × 2/2 = 4
                assertEquals("3:6.0 2:5.0 1:4.5 0:4.0", Arrays.stream(boosted.scoreDocs)
                        .map(sd -> sd.doc + ":" + sd.score).reduce((a, b) -> a + " " + b).orElse(""));
                assertEquals(2, TitleBoost.rescore(new IndexSearcher(r), top, chunks, 1f, 2).scoreDocs.length);
                assertEquals(5f, top.scoreDocs[0].score, "the input is left as it was");
            }
        }
    }
}
