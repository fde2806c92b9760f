package org.itaminer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.itaminer.pipeline.SamplesFolder;
import org.itaminer.pipeline.store.ContentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bench-run runs the real `run` on two batches and prints both live-heap peaks and their ratio. */
class BenchRunCommandTest {

    @Test
    void tinyBatchesPrintEachPeakAndTheRatio(@TempDir Path tmp) throws Exception {
        Path keep = tmp.resolve("kept");
        CliRun r = CliRun.of("bench-run", SamplesFolder.find().toString(), "--small", "4", "--large", "12",
                "--sample-ms", "20", "--threads", "2", "--keep", keep.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("run on 4 documents:"), r.out());
        assertTrue(r.out().contains("run on 12 documents:"), r.out());
        Matcher ratio = Pattern.compile("12 / 4 documents: (\\d+\\.\\d\\d) \\(target <= 1\\.20\\)").matcher(r.out());
        assertTrue(ratio.find(), r.out());
        assertTrue(Double.parseDouble(ratio.group(1)) > 0, r.out());
        // every document of a batch was its own: all stored, none reused
        try (Stream<Path> reports = Files.walk(keep.resolve("large/work/reports"))) {
            assertEquals(12, reports.filter(p -> p.toString().endsWith(".json")).count());
        }
    }

    @Test
    void distinctDocumentsHaveDistinctDigestsAndKeepTheirText(@TempDir Path tmp) throws Exception {
        byte[] utf8 = "แผนมาตรการ\nข้อ ๑\n".getBytes(StandardCharsets.UTF_8);
        byte[] tis620 = "\u0e41\u0e1c\u0e19".getBytes("TIS-620");
        RunHeapBench.writeDistinct(List.of(utf8, tis620), 5, tmp);
        Set<String> digests;
        try (Stream<Path> files = Files.list(tmp)) {
            digests = files.map(p -> {
                try {
                    return ContentStore.sha256(p);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(Collectors.toSet());
        }
        assertEquals(5, digests.size());
        byte[] second = Files.readAllBytes(tmp.resolve("doc-00001.txt"));
        assertEquals(0, java.util.Arrays.compare(tis620, 0, tis620.length, second, 0, tis620.length),
                "a TIS-620 document stays TIS-620");
        assertEquals("\ncopy 2\n", new String(second, tis620.length, second.length - tis620.length, StandardCharsets.US_ASCII));
    }

    @Test
    void aLargeBatchSmallerThanTheSmallOneIsAUsageError() {
        assertEquals(2, CliRun.of("bench-run", SamplesFolder.find().toString(), "--small", "10", "--large", "5").code());
    }
}
