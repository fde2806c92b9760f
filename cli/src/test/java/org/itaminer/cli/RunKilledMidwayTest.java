package org.itaminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.itaminer.index.MeasureIndex;
import org.itaminer.pipeline.store.ContentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with {@code kill -9} (no shutdown hook, no finally) keeps every document it printed searchable,
 * and leaves the workdir free for the next run.
 */
class RunKilledMidwayTest {

    private static final int DOCUMENTS = 100;
    private static final int KILL_AFTER = 10;

    @TempDir
    Path tmp;

    @Test
    @Timeout(240)
    void everyDocumentPrintedBeforeAKillIsSearchableAfterIt() throws Exception {
        Path in = RunCommandTest.plans(tmp.resolve("in"), DOCUMENTS);
        Path work = tmp.resolve("work");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process run = new ProcessBuilder(List.of(java.toString(), "-Xmx256m", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "run", in.toString(), "-w",
                work.toString(), "--threads", "1")).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> printed = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null && printed.size() < KILL_AFTER; line = out.readLine()) {
                if (line.startsWith("ok")) {
                    printed.add(line.substring(line.lastIndexOf("  ") + 2));
                }
            }
            run.destroyForcibly(); // SIGKILL
            assertTrue(run.waitFor(30, TimeUnit.SECONDS));
        }
        assertEquals(KILL_AFTER, printed.size(), "the run printed fewer documents than expected: " + printed);
        assertNotEquals(0, run.exitValue(), "killed, not finished");
        assertTrue(RunCommandTest.storedReports(work) < DOCUMENTS,
                "the kill came after every document was done, so it proves nothing: lines came only at the end");

        try (MeasureIndex index = MeasureIndex.openReadOnly(work.resolve("index"))) {
            for (String file : printed) {
                String id = ContentStore.sha256(Path.of(file)).substring(0, 12) + "#1";
                assertTrue(index.similar(id, 1).isPresent(), file + " was printed but is not searchable");
            }
        }

        CliRun again = CliRun.of("run", in.toString(), "-w", work.toString());
        assertEquals(ExitCodes.OK, again.code(), again.err());
        assertTrue(again.out().contains(DOCUMENTS + " documents, "), again.out().lines().reduce((a, b) -> b).orElse(""));
    }
}
