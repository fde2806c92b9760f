package org.itaminer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.itaminer.pipeline.SamplesFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bench-search runs end to end on a tiny index, built or kept (its speed is measured by hand, not here). */
class BenchSearchCommandTest {

    @Test
    void tinyRunPrintsPercentilesByKindOfQuery() {
        CliRun r = CliRun.of("bench-search", SamplesFolder.find().toString(), "--measures", "300", "--warmup", "0",
                "--rounds", "2");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("indexed 300 synthetic measures"), r.out());
        assertTrue(r.out().contains("p50") && r.out().contains("p95") && r.out().contains("p99"), r.out());
        for (SearchPageBenchmark.QueryClass kind : SearchPageBenchmark.QueryClass.values()) {
            assertTrue(r.out().contains(kind.name()), r.out());
        }
    }

    @Test
    void aKeptIndexIsTimedWithoutBuilding(@TempDir Path tmp) {
        Path folder = tmp.resolve("index");
        assertEquals(0, CliRun.of("bench-index", SamplesFolder.find().toString(), "--measures", "200", "--warmup",
                "0", "--rounds", "1", "--no-baseline", "--keep", "--folder", folder.toString()).code());
        CliRun r = CliRun.of("bench-search", "--index", folder.toString(), "--warmup", "0", "--rounds", "1");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(!r.out().contains("indexed") && r.out().contains("p95"), r.out());
        assertEquals(2, CliRun.of("bench-search", "--index", tmp.resolve("none").toString()).code());
    }
}
