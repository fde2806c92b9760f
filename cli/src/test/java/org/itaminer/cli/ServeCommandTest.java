package org.itaminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code itaminer serve} refuses, in one line, what would expose the workspace or cannot be served. */
class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void anotherAddressWithoutATokenIsRefused() throws Exception {
        Path w = Files.createDirectories(dir.resolve("w"));
        CliRun r = CliRun.of("serve", "-w", w.toString(), "--bind", "0.0.0.0");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("access token"), r.err());
    }

    @Test
    void aWorkdirWithoutAnIndexSaysWhatToRun() throws Exception {
        Path w = Files.createDirectories(dir.resolve("w"));
        CliRun r = CliRun.of("serve", "-w", w.toString(), "--port", "0");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("itaminer reindex"), r.err());
    }

    @Test
    void aMissingTokenFileIsNamed() throws Exception {
        Path w = Files.createDirectories(dir.resolve("w"));
        CliRun r = CliRun.of("serve", "-w", w.toString(), "--token-file", dir.resolve("nope").toString());
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("nope"), r.err());
    }
}
