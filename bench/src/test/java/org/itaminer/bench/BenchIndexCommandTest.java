package org.itaminer.bench;

import org.itaminer.pipeline.SamplesFolder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/** bench-index runs end to end on the samples with a tiny count (its speed is measured by hand, not here). */
class BenchIndexCommandTest {

    @Test
    void tinyRunPrintsRateSizeAndLatencies(@TempDir Path tmp) {
        Path folder = tmp.resolve("index");
        CliRun r = CliRun.of("bench-index", SamplesFolder.find().toString(), "--measures", "500", "--threads", "2",
                "--warmup", "1", "--rounds", "2", "--folder", folder.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("indexed 500 measures"), r.out());
        assertTrue(r.out().contains("measures/s"), r.out());
        assertTrue(r.out().contains("bytes per measure"), r.out());
        assertTrue(r.out().contains("p50") && r.out().contains("p99"), r.out());
        assertTrue(r.out().contains("itaminer / baseline"), r.out());
        assertFalse(Files.exists(folder), "the index is deleted unless --keep");
    }

    @Test
    void theBaselineCanBeLeftOut() {
        CliRun r = CliRun.of("bench-index", SamplesFolder.find().toString(), "--measures", "200", "--warmup", "0",
                "--rounds", "1", "--no-baseline");
        assertEquals(0, r.code(), r.out() + r.err());
        assertFalse(r.out().contains("baseline"), r.out());
    }

    @Test
    void badCountIsAUsageError() {
        assertEquals(2, CliRun.of("bench-index", SamplesFolder.find().toString(), "--measures", "0").code());
    }
}
