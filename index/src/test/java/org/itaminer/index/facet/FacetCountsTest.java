package org.itaminer.index.facet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.itaminer.model.report.Report;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.itaminer.index.query.MeasureQuery;
import org.itaminer.index.write.FacetFields;
import org.itaminer.index.SampleReports;
import org.itaminer.index.analysis.ThaiSearchAnalyzer;
import org.itaminer.index.query.QuerySetTest;
import org.itaminer.index.query.SearchRequest;
import org.itaminer.index.write.MeasureDocuments;
import org.itaminer.index.write.MeasureFields;

/**
 * Facet counts collected from doc values equal the counts of the matches' stored fields, over an index of several
 * segments with replaced (deleted) measures, searched on several threads.
 */
class FacetCountsTest {

    @TempDir
    static Path tmp;

    static MeasureQuery queries;
    static DirectoryReader reader;
    static ExecutorService executor = Executors.newFixedThreadPool(2);
    static final FacetCounts.KeyCache KEYS = new FacetCounts.KeyCache();

    @BeforeAll
    static void indexSamples() throws IOException {
        // the documents MeasureIndexWriter writes, by a writer that never merges: several segments, and deletions kept
        queries = new MeasureQuery(ThaiSearchAnalyzer.DEFAULT_SEGMENTER);
        List<Report> all = SampleReports.all();
        try (ThaiSearchAnalyzer analyzer = ThaiSearchAnalyzer.forIndexing(ThaiSearchAnalyzer.DEFAULT_SEGMENTER);
             IndexWriter w = new IndexWriter(FSDirectory.open(tmp.resolve("index")),
                     new IndexWriterConfig(analyzer).setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int i = 0; i < all.size(); i++) {
                w.addDocuments(MeasureDocuments.of(all.get(i), analyzer));
                if (i % 2 == 1) {
                    w.commit(); // a segment per two reports: replacing one leaves deleted documents in it
                }
            }
            // indexed again: the first copies are deleted documents, which must not be counted
            for (Report r : List.of(all.get(0), all.get(all.size() - 1))) {
                w.updateDocuments(new Term(MeasureFields.REPORT_ID, r.id()), MeasureDocuments.of(r, analyzer));
            }
            w.commit();
        }
        reader = DirectoryReader.open(FSDirectory.open(tmp.resolve("index")));
    }

    @AfterAll
    static void close() throws IOException {
        executor.shutdown();
        reader.close();
        queries.close();
    }

    static Stream<SearchRequest> requests() throws IOException {
        List<SearchRequest> out = new ArrayList<>();
        out.add(SearchRequest.of(""));
        for (QuerySetTest.Case c : QuerySetTest.cases()) {
            out.add(c.request());
        }
        return out.stream();
    }

    @Test
    void theIndexHasSeveralSegmentsAndDeletions() {
        assertTrue(reader.leaves().size() > 1, "segments: " + reader.leaves().size());
        assertTrue(reader.numDeletedDocs() > 0, "deleted: " + reader.numDeletedDocs());
    }

    @ParameterizedTest
    @MethodSource("requests")
    void sameAsTheStoredFields(SearchRequest request) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader, executor);
        // three values per dimension: ties at the cut are broken by label; the shared cache of spelled-out keys is
        // filled by the first requests and read by the others
        assertEquals(fromStoredFields(searcher, request, 3),
                searcher.search(queries.query(request), new FacetCounts(3, KEYS)), request.toString());
    }

    @Test
    void aThemeBitSetSpellsItsThemes() {
        for (long bits = 0; bits < 1 << org.itaminer.index.theme.Theme.values().length; bits += 37) {
            long back = 0;
            for (org.itaminer.index.theme.Theme t : FacetFields.themes(bits)) {
                back |= 1L << t.ordinal();
            }
            assertEquals(bits, back);
        }
    }

    /** The counts an analyst would make by reading every match. */
    private static Map<String, List<FacetValue>> fromStoredFields(IndexSearcher searcher, SearchRequest request,
                                                                  int top) throws IOException {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (String dim : MeasureFields.FACETS) {
            counts.put(dim, new HashMap<>());
        }
        for (ScoreDoc sd : searcher.search(queries.query(request), Math.max(1, reader.numDocs())).scoreDocs) {
            Document d = searcher.storedFields().document(sd.doc);
            for (String dim : MeasureFields.FACETS) {
                for (String v : dim.equals(MeasureFields.YEAR) && d.getField(dim) != null
                        ? new String[] {d.getField(dim).numericValue().toString()} : d.getValues(dim)) {
                    counts.get(dim).merge(v, 1, Integer::sum);
                }
            }
        }
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        counts.forEach((dim, values) -> {
            if (!values.isEmpty()) {
                out.put(dim, FacetCounts.top(values, top));
            }
        });
        return out;
    }
}
