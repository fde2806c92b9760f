package org.itaminer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.itaminer.ingest.DocumentReader;
import org.itaminer.ingest.Format;
import org.itaminer.ingest.Ingest;
import org.itaminer.ingest.IngestException;
import org.itaminer.ingest.text.TextFormReader;
import org.itaminer.model.FailureKind;
import org.itaminer.pipeline.errors.FailureMemory;
import org.itaminer.pipeline.run.LocalRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The same bytes fail the same way with the same reader: remembered, not tried again, not advertised as worth it. */
class PermanentFailureTest {

    @TempDir
    Path tmp;

    private final AtomicInteger reads = new AtomicInteger();

    /** Counts its reads; a file that says how to fail fails so (the pipeline reads the stored copy). */
    private final DocumentReader counting = file -> {
        reads.incrementAndGet();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (text.contains("ต้องใช้รหัสผ่าน")) {
            throw new IngestException.EncryptedDocumentException("the document is protected by a password", null);
        }
        if (text.contains("ระเบิด")) {
            throw new IngestException("expands past the limit of one document") { // a decompression bomb
                @Override
                public FailureKind kind() {
                    return FailureKind.TOO_LARGE;
                }
            };
        }
        return new TextFormReader().read(file);
    };

    private Path doc(String name, String text) throws IOException {
        return Files.writeString(Files.createDirectories(tmp.resolve("in")).resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void anEncryptedDocumentIsNotReadAgainOnTheNextRun() throws IOException {
        Path locked = doc("แผน_อบต.หนองบัว_ต้องใช้รหัสผ่าน.txt", "ต้องใช้รหัสผ่าน\n");
        Path bomb = doc("รายงาน_ระเบิด.txt", "ระเบิด\n");
        Workdir workdir = new Workdir(tmp.resolve("w"));
        Ingest ingest = Ingest.of(Map.of(Format.TEXT, counting));

        DocumentOutcome first = runOne(workdir, ingest, locked);
        assertEquals("encrypted", first.failure().orElseThrow().kind().value());
        assertEquals("too-large", runOne(workdir, ingest, bomb).failure().orElseThrow().kind().value());
        assertEquals(2, reads.get());

        DocumentOutcome again = runOne(workdir, ingest, locked);
        DocumentOutcome bombAgain = runOne(workdir, ingest, bomb);
        assertEquals(2, reads.get(), "not read again");
        assertFalse(again.ok(), "still a failure");
        assertEquals("encrypted", again.failure().orElseThrow().kind().value());
        assertTrue(again.failure().orElseThrow().message().startsWith("failed before: encrypted"), again.failure().orElseThrow().message());
        assertTrue(bombAgain.failure().orElseThrow().message().startsWith("failed before: too-large"), bombAgain.failure().orElseThrow().message());

        Workdir.StoredReports stored = workdir.storedReports();
        assertEquals(List.of(), stored.missing(), "nothing to run again for");
        assertEquals(2, stored.failed().size());
        String note = stored.noReportNote(workdir.root()).orElseThrow();
        assertTrue(note.contains("2 failed for good") && !note.contains("run `itaminer run`"), note);
    }

    @Test
    void anotherIngestVersionTriesAgain() throws IOException {
        Path locked = doc("locked.txt", "ต้องใช้รหัสผ่าน\n");
        Workdir workdir = new Workdir(tmp.resolve("w"));
        DocumentOutcome failed = runOne(workdir, Ingest.of(Map.of(Format.TEXT, counting)), locked);
        FailureMemory sameVersion = new FailureMemory(workdir.root(), workdir.ingestVersion(), c -> { });
        FailureMemory newerReader = new FailureMemory(workdir.root(), "0123456789ab", c -> { });
        assertTrue(sameVersion.known(failed.sha256().orElseThrow()).isPresent());
        assertEquals(Optional.empty(), newerReader.known(failed.sha256().orElseThrow()));
    }

    /** Failures that may pass next time are tried again: a full disk, a missing file, a bug, a heap shared. */
    @ParameterizedTest
    @EnumSource(value = FailureKind.class, names = {"IO", "NOT_FOUND", "INTERNAL_ERROR", "OUT_OF_MEMORY"})
    void failuresThatMayPassAreNotRemembered(FailureKind kind) {
        assertFalse(FailureMemory.remembers(kind, false));
    }

    /**
     * Out of memory beside other documents is run again alone by the runner (LocalRunnerTest) and never remembered
     * ({@link #failuresThatMayPassAreNotRemembered}); a document that runs out of memory alone is.
     */
    @Test
    void runningOutOfMemoryAloneIsRemembered() throws Exception {
        DocumentReader reader = file -> {
            reads.incrementAndGet();
            if (read(file).contains("หน่วยความจำ")) {
                throw new OutOfMemoryError("Java heap space");
            }
            return new TextFormReader().read(file);
        };
        Path heavy = doc("heavy.txt", "หน่วยความจำ ๑\n");
        Workdir workdir = new Workdir(tmp.resolve("w"));
        Ingest ingest = Ingest.of(Map.of(Format.TEXT, reader));

        DocumentOutcome alone = runOne(workdir, ingest, heavy);
        assertEquals("out-of-memory", alone.failure().orElseThrow().kind().value());
        assertEquals(FailureKind.OUT_OF_MEMORY,
                workdir.failureMemory().known(alone.sha256().orElseThrow()).orElseThrow().kind());
        int readsSoFar = reads.get();
        assertTrue(runOne(workdir, ingest, heavy).failure().orElseThrow().message()
                .startsWith("failed before: out-of-memory"));
        assertEquals(readsSoFar, reads.get());
    }

    /** One document through the local runner, which logs and remembers failures as a run does. */
    private static DocumentOutcome runOne(Workdir workdir, Ingest ingest, Path file) throws IOException {
        List<DocumentOutcome> outcomes = new java.util.ArrayList<>();
        new LocalRunner(workdir, ingest, 1).run(List.of(file), outcomes::add);
        assertEquals(1, outcomes.size());
        return outcomes.get(0);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
