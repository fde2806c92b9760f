package org.itaminer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.List;
import java.util.stream.Stream;
import org.itaminer.index.MeasureIndex;
import org.itaminer.index.SampleReports;
import org.itaminer.index.query.SearchRequest;
import org.itaminer.model.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rebuild builds beside the index and swaps it in: searching meanwhile finds the old one whole. */
class IndexRebuildTest {

    @TempDir
    Path tmp;

    private static long hits(MeasureIndex index, String query) throws IOException {
        return index.search(SearchRequest.of(query)).totalHits();
    }

    @Test
    void aSearchDuringTheRebuildReadsTheOldIndexAndTheNextOneTheNew() throws IOException {
        Workdir workdir = new Workdir(tmp.resolve("w"));
        List<Report> all = SampleReports.all();
        Report nongbua = SampleReports.one("plan_sao_nongbua_2567");
        int oldSize = IndexRebuild.rebuild(workdir, List.of(nongbua));
        MeasureIndex before = MeasureIndex.openReadOnly(workdir.indexFolder());
        long oldHits = hits(before, "");
        assertEquals(oldSize, oldHits);

        long[] duringRebuild = new long[1];
        List<Report> reports = new AbstractList<>() { // searches the workdir while the new index is half built
            @Override
            public Report get(int i) {
                if (i == all.size() / 2) {
                    try (MeasureIndex meanwhile = MeasureIndex.openReadOnly(workdir.indexFolder())) {
                        duringRebuild[0] = hits(meanwhile, "");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return all.get(i);
            }

            @Override
            public int size() {
                return all.size();
            }
        };
        int newSize = IndexRebuild.rebuild(workdir, reports);

        assertEquals(oldHits, duringRebuild[0], "the old index, whole, while the new one is built");
        assertEquals(SampleReports.measureCount(), newSize);
        hits(before, "ร้องเรียน"); // opened before the swap: still answers
        before.close();
        try (MeasureIndex after = MeasureIndex.openReadOnly(workdir.indexFolder())) {
            assertEquals(newSize, hits(after, ""));
        }
        try (Stream<Path> left = Files.list(workdir.root())) {
            assertEquals(List.of("index"), left.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("index")).toList(), "no folder of the swap left behind");
        }
    }
}
