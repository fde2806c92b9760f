package org.itaminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** bench-index runs end to end on the samples with a tiny count (its speed is measured by hand, not here). */
class BenchIndexCommandTest {

    static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new ItaminerCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void tinyRunPrintsRateSizeAndLatencies(@TempDir Path tmp) {
        Path folder = tmp.resolve("index");
        String[] r = run("bench-index", SamplesFolder.find().toString(), "--measures", "500", "--threads", "2",
                "--warmup", "1", "--rounds", "2", "--folder", folder.toString());
        assertEquals("0", r[0], r[1] + r[2]);
        assertTrue(r[1].contains("indexed 500 measures"), r[1]);
        assertTrue(r[1].contains("measures/s"), r[1]);
        assertTrue(r[1].contains("bytes per measure"), r[1]);
        assertTrue(r[1].contains("p50") && r[1].contains("p99"), r[1]);
        assertFalse(Files.exists(folder), "the index is deleted unless --keep");
    }

    @Test
    void badCountIsAUsageError() {
        assertEquals("2", run("bench-index", SamplesFolder.find().toString(), "--measures", "0")[0]);
    }
}
