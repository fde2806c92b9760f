package org.itaminer.pipeline.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.itaminer.model.DocumentFailure;
import org.itaminer.model.FailureKind;
import org.itaminer.model.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** errors.jsonl: each line with its run, whole or not at all; a reader passes over what does not parse. */
class ErrorLogTest {

    @TempDir
    Path work;

    private static final DocumentFailure ENCRYPTED = new DocumentFailure("ita/2568/แผน_อบต.หนองบัว.pdf",
            Optional.of("3f9a0c12be47" + "0".repeat(52)), Stage.INGEST, FailureKind.ENCRYPTED,
            "the PDF is protected by a password");
    private static final DocumentFailure MISSING = new DocumentFailure("ita/2568/รายงาน_ทม.พนม.docx", Optional.empty(),
            Stage.READ, FailureKind.NOT_FOUND, "no such file");

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    void runIdsSortAsTheRunsStarted() {
        RunId first = RunId.next(at("2026-12-04T01:02:03Z"));
        RunId second = RunId.next(at("2026-12-04T01:02:04Z"));
        assertTrue(first.value().matches("20261204T010203Z-[0-9a-f]{4}"), first.value());
        assertTrue(first.compareTo(second) < 0);
        assertThrows(IllegalArgumentException.class, () -> new RunId("latest"));
    }

    @Test
    void everyLineCarriesItsRunAndTheLatestRunShowsOnlyItsOwnFailures() throws IOException {
        ErrorLog log = new ErrorLog(work);
        RunId monday = RunId.next(at("2026-12-07T01:00:00Z"));
        log.startRun(monday);
        log.append(monday, ENCRYPTED);
        log.append(monday, MISSING);
        RunId tuesday = RunId.next(at("2026-12-08T01:00:00Z"));
        log.startRun(tuesday);
        log.append(tuesday, ENCRYPTED);

        List<String> lines = Files.readAllLines(log.file(), StandardCharsets.UTF_8);
        assertEquals(3, lines.size());
        assertTrue(lines.get(2).startsWith("{\"run\":\"" + tuesday + "\""), lines.get(2));

        ErrorLog.RunFailures latest = log.select(Optional.empty(), false);
        assertEquals(Optional.of(tuesday), latest.run());
        assertEquals(List.of(ENCRYPTED), latest.failures().stream().map(LoggedFailure::failure).toList());
        assertEquals(2, log.select(Optional.of(monday), false).failures().size());
        assertEquals(3, log.select(Optional.empty(), true).failures().size());

        RunId wednesday = RunId.next(at("2026-12-09T01:00:00Z"));
        log.startRun(wednesday); // a run with no failure: older ones are not shown as its own
        assertEquals(List.of(), log.select(Optional.empty(), false).failures());
    }

    @Test
    void aFullDiskLeavesNoHalfLine() throws IOException {
        RunId run = RunId.next();
        new ErrorLog(work).append(run, MISSING);
        long before = Files.size(work.resolve(ErrorLog.FILE));
        ErrorLog full = new ErrorLog(work, Clock.systemUTC(), f -> new DiskFullChannel(
                FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.APPEND), 40));

        IOException e = assertThrows(IOException.class, () -> full.append(run, ENCRYPTED));
        assertTrue(e.getMessage().contains("No space left"), e.getMessage());
        assertEquals(before, Files.size(work.resolve(ErrorLog.FILE)), "the 40 bytes written are cut off again");

        new ErrorLog(work).append(run, ENCRYPTED); // room again
        ErrorLines read = new ErrorLog(work).read();
        assertEquals(List.of(), read.brokenLines());
        assertEquals(List.of(MISSING, ENCRYPTED), read.failures().stream().map(LoggedFailure::failure).toList());
    }

    @Test
    void aReaderPassesOverBrokenLinesAndSaysWhich() throws IOException {
        RunId run = RunId.next();
        String old = "{\"time\":\"2026-01-05T03:04:05Z\",\"file\":\"a.pdf\",\"sha256\":null,\"stage\":\"read\","
                + "\"kind\":\"not-found\",\"message\":\"no such file\"}\n";
        String halfLine = "{\"time\":\"2026-01-05T03:04:06Z\",\"file\":\"แผน.pdf\",\"sha2";
        Files.writeString(work.resolve(ErrorLog.FILE), old + halfLine + "\n", StandardCharsets.UTF_8);
        new ErrorLog(work).append(run, ENCRYPTED);

        ErrorLines read = new ErrorLog(work).read();
        assertEquals(List.of(2), read.brokenLines());
        assertEquals(2, read.failures().size());
        assertEquals(Optional.empty(), read.failures().get(0).run(), "a line from before run ids has none");
        assertEquals(Optional.of(run), read.latestRun());
    }
}
