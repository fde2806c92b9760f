package org.itaminer.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.itaminer.extract.report.Report;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One-pass facet counts equal Lucene's per-dimension counts, over an index of several segments. */
class FacetCountsTest {

    @TempDir
    static Path tmp;

    static MeasureIndex index;
    static DirectoryReader reader;
    static Map<String, SortedSetDocValuesReaderState> states = new LinkedHashMap<>();
    static ExecutorService executor = Executors.newFixedThreadPool(2);

    @BeforeAll
    static void indexSamples() throws IOException {
        index = MeasureIndex.open(tmp.resolve("index"));
        for (Report r : SampleReports.all()) {
            index.indexReport(r);
            // a segment per report: counts are summed through the ordinal map
            index.commit();
        }
        reader = DirectoryReader.open(FSDirectory.open(tmp.resolve("index")));
        FacetsConfig config = new FacetsConfig();
        for (String dim : MeasureFields.MULTI_VALUED) {
            config.setMultiValued(dim, true);
        }
        for (String dim : MeasureFields.FACETS) {
            config.setIndexFieldName(dim, "$facet." + dim);
            states.put(dim, new DefaultSortedSetDocValuesReaderState(reader, "$facet." + dim, config));
        }
    }

    @AfterAll
    static void close() throws IOException {
        executor.shutdown();
        reader.close();
        index.close();
    }

    static Stream<SearchRequest> requests() throws IOException {
        List<SearchRequest> out = new ArrayList<>();
        for (QuerySetTest.Case c : QuerySetTest.cases()) {
            out.add(c.request());
        }
        return out.stream();
    }

    @Test
    void theIndexHasSeveralSegments() {
        assertTrue(reader.leaves().size() > 1, "segments: " + reader.leaves().size());
    }

    @ParameterizedTest
    @MethodSource("requests")
    void sameAsLucene(SearchRequest request) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        FacetsCollector fc = searcher.search(index.query(request), new FacetsCollectorManager());
        Map<String, List<FacetValue>> want = new LinkedHashMap<>();
        for (Map.Entry<String, SortedSetDocValuesReaderState> e : states.entrySet()) {
            FacetResult r = new SortedSetDocValuesFacetCounts(e.getValue(), fc).getTopChildren(3, e.getKey());
            if (r != null && r.childCount > 0) {
                List<FacetValue> values = new ArrayList<>();
                for (LabelAndValue lv : r.labelValues) {
                    values.add(new FacetValue(lv.label, lv.value.intValue()));
                }
                want.put(e.getKey(), values);
            }
        }
        // three values per dimension: ties at the cut are broken as Lucene breaks them
        assertEquals(want, FacetCounts.count(states, fc, executor, 3), request.toString());
    }
}
