package org.itaminer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.itaminer.index.MeasureIndex;
import org.itaminer.index.SampleReports;
import org.itaminer.index.query.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark works on a tiny corpus; its speed is not tested here (bench-index measures it). */
class IndexBenchmarkTest {

    @Test
    void indexesExactlyTheCountAndTimesTheMix(@TempDir Path tmp) throws IOException {
        SyntheticCorpus corpus = new SyntheticCorpus(42, SampleReports.all());
        IndexBenchmark.Result r = IndexBenchmark.run(corpus, tmp, new IndexBenchmark.Settings(1_003, 2, 1, 2));
        assertEquals(1_003, r.measures());
        assertTrue(r.reports() >= 1_003 / 12 && r.reports() <= 1_003 / 3 + 1, r.reports() + " reports");
        assertTrue(r.bytes() > 0 && r.segments() >= 1);
        assertEquals(IndexBenchmark.QUERY_MIX.size() * 2, r.latenciesMs().length);
        assertTrue(r.latencyPercentileMs(50) <= r.latencyPercentileMs(99));
        assertTrue(r.measuresPerSecond() > 0 && r.bytesPerMeasure() > 0);
        try (MeasureIndex index = MeasureIndex.openReadOnly(tmp)) {
            assertEquals(1_003, index.search(SearchRequest.of("")).totalHits());
        }
    }

    @Test
    void theBaselineIndexesTheSameCountWithPlainLucene(@TempDir Path tmp) throws IOException {
        SyntheticCorpus corpus = new SyntheticCorpus(42, SampleReports.all());
        IndexBenchmark.Baseline b = IndexBenchmark.baseline(corpus, tmp, new IndexBenchmark.Settings(777, 2, 0, 1));
        assertTrue(b.measuresPerSecond() > 0 && b.measuresPerCpuSecond() > 0, b.toString());
        try (org.apache.lucene.index.DirectoryReader r = org.apache.lucene.index.DirectoryReader.open(
                org.apache.lucene.store.FSDirectory.open(tmp))) {
            assertEquals(777, r.numDocs());
        }
    }

    @Test
    void badSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new IndexBenchmark.Settings(0, 1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new IndexBenchmark.Settings(1, 0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new IndexBenchmark.Settings(1, 1, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> new IndexBenchmark.Settings(1, 1, 0, 0));
    }
}
