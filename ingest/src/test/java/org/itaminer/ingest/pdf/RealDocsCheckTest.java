package org.itaminer.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The real-document check as a test: runs only where the shared documents are and when asked for
 * ({@code -Ditaminer.realdocs=true}), since it reads some 90 files. Fails on crashes and timeouts.
 */
class RealDocsCheckTest {

    @Test
    void realDocumentsReadWithoutCrashOrHang() throws Exception {
        Path shared = Path.of(System.getProperty("itaminer.shared", "/work/shared"));
        Assumptions.assumeTrue(Files.isDirectory(shared.resolve("realdocs")), "no shared real documents here");
        Assumptions.assumeTrue(Boolean.getBoolean("itaminer.realdocs"), "set -Ditaminer.realdocs=true to run");
        String report = RealDocsCheck.run(shared, false, null);
        System.out.println(report);
        assertFalse(report.contains("crash:"), report);
        assertFalse(report.contains("TIMEOUT"), report);
    }
}
