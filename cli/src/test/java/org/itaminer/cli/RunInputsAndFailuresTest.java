package org.itaminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.itaminer.pipeline.SamplesFolder;
import org.itaminer.pipeline.TooDeepFolder;
import org.itaminer.pipeline.Workdir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a new user meets first: a folder with things in it that are not documents or cannot be read, failures from
 * last week's run, a document to look into, a workdir file cut short.
 */
class RunInputsAndFailuresTest {

    @TempDir
    Path tmp;

    private static final Pattern RUN_ID = Pattern.compile("run (\\d{8}T\\d{6}Z-[0-9a-f]{4})");

    private Path sample(String name, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        return Files.copy(SamplesFolder.find().resolve(name), to);
    }

    @Test
    void runSkipsWhatItCannotOrShouldNotReadAndSaysSo() throws IOException {
        Path in = tmp.resolve("ita");
        sample("plan_sao_nongbua_2567.txt", in.resolve("2567/plan_sao_nongbua_2567.txt"));
        Files.writeString(in.resolve("SOURCES.md"), "# ที่มา\nดาวน์โหลดจากเว็บไซต์ของ อบต.\n", StandardCharsets.UTF_8);
        Files.writeString(in.resolve(".~lock.plan.docx#"), "x", StandardCharsets.UTF_8);
        Path passwd = Files.writeString(Files.createDirectories(tmp.resolve("etc")).resolve("passwd"), "root:x:0:0",
                StandardCharsets.UTF_8);
        Files.createSymbolicLink(in.resolve("passwd.txt"), passwd);
        Path work = tmp.resolve("w");
        try (TooDeepFolder archive = TooDeepFolder.create(tmp.resolve("build"), in.resolve("archive"))) {
            CliRun run = CliRun.of("run", in.toString(), "--exclude", "*.md", "-w", work.toString());

            assertEquals(ExitCodes.SOME_FAILED, run.code(), run.out() + run.err());
            assertTrue(run.out().contains("1 documents, 4 measures"), run.out());
            assertTrue(run.out().contains("4 skipped: hidden 1, excluded 1, links 1, unreadable 1"), run.out());
            assertTrue(run.out().contains("skip  unreadable " + archive.path()), run.out());
            String errors = Files.readString(work.resolve("errors.jsonl"), StandardCharsets.UTF_8);
            assertTrue(errors.contains(archive.path().toString().replace("\\", "\\\\")) && errors.contains("too long"),
                    errors);
        }
        assertEquals(1, new Workdir(work).originals().list().size(), "the link to /etc/passwd was not stored");
    }

    @Test
    void errorsListsTheLatestRunAndPermanentFailuresAreNotTriedAgain() throws IOException {
        Path in = tmp.resolve("in");
        Path plan = sample("plan_sao_nongbua_2567.txt", in.resolve("plan.txt"));
        Path empty = Files.write(in.resolve("ประกาศ_ว่าง.txt"), new byte[0]);
        Path work = tmp.resolve("w");

        CliRun first = CliRun.of("run", plan.toString(), empty.toString(), "-w", work.toString());
        assertEquals(ExitCodes.SOME_FAILED, first.code());
        Matcher id = RUN_ID.matcher(first.out());
        assertTrue(id.find() && first.out().contains("itaminer errors -w " + work), first.out());

        CliRun again = CliRun.of("run", plan.toString(), empty.toString(), "-w", work.toString());
        assertTrue(again.out().contains("FAIL  ingest empty: failed before: empty"), again.out());
        assertTrue(again.out().contains("1 errors"), "still counted as failed: " + again.out());

        CliRun clean = CliRun.of("run", plan.toString(), "-w", work.toString());
        assertEquals(0, clean.code(), clean.out());
        CliRun latest = CliRun.of("errors", "-w", work.toString());
        assertEquals(0, latest.code(), latest.err());
        assertTrue(latest.out().contains(": 0 failures"), "last week's failures are not this run's: " + latest.out());
        CliRun firstRun = CliRun.of("errors", "-w", work.toString(), "--run", id.group(1));
        assertTrue(firstRun.out().contains("1 failures") && firstRun.out().contains("ingest  empty")
                && firstRun.out().contains(empty.toString()), firstRun.out());
        assertTrue(CliRun.of("errors", "-w", work.toString(), "--all").out().startsWith("all runs: 2 failures"));

        CliRun export = CliRun.of("export", "-w", work.toString(), "--out", tmp.resolve("x.jsonl").toString());
        assertTrue(export.err().contains("1 failed for good") && !export.err().contains("run `itaminer run`"),
                "no 'run again' for a permanent failure: " + export.err());
    }

    @Test
    void showNamesADocumentsSourceKindWarningsAndFailures() throws IOException {
        Path in = tmp.resolve("in");
        Path report = sample("report_municipality_phanom_2568.txt", in.resolve("รายงาน_ทม.พนม_2568.txt"));
        Path empty = Files.write(in.resolve("empty.txt"), new byte[0]);
        Path work = tmp.resolve("w");
        CliRun.of("run", in.toString(), "-w", work.toString());

        CliRun byFile = CliRun.of("show", report.toString(), "-w", work.toString());
        assertEquals(0, byFile.code(), byFile.err());
        assertTrue(byFile.out().contains("source:   " + report.toUri()), byFile.out());
        assertTrue(byFile.out().contains("kind:     report"), byFile.out());
        assertTrue(byFile.out().contains("warnings: 2"), byFile.out());
        assertTrue(byFile.out().contains("conflicting-values") && byFile.out().contains("duplicate-number"),
                byFile.out());
        String sha = new Workdir(work).storedReports().reports().get(0).id();
        CliRun byMeasureId = CliRun.of("show", sha.substring(0, 12) + "#2", "-w", work.toString());
        assertEquals(byFile.out(), byMeasureId.out());

        CliRun failed = CliRun.of("show", empty.toString(), "-w", work.toString());
        assertTrue(failed.out().contains("failed for good: empty") && failed.out().contains("errors:   1"),
                failed.out());
        assertEquals(ExitCodes.NOT_FOUND, CliRun.of("show", "ffffff", "-w", work.toString()).code());
    }

    @Test
    void aTruncatedReportIsNamedByExportAndReindexAndMadeAgainByRun() throws IOException {
        Path plan = sample("plan_sao_nongbua_2567.txt", tmp.resolve("in/plan.txt"));
        Path memo = sample("memo_order_other.txt", tmp.resolve("in/memo.txt"));
        Path work = tmp.resolve("w");
        assertEquals(0, CliRun.of("run", plan.toString(), memo.toString(), "-w", work.toString()).code());
        Workdir workdir = new Workdir(work);
        String sha = workdir.storedReports().reports().stream().filter(r -> r.source().fileName().equals("plan.txt"))
                .findFirst().orElseThrow().id();
        Path stored = workdir.reports().path(sha);
        byte[] json = Files.readAllBytes(stored);
        Files.write(stored, java.util.Arrays.copyOf(json, json.length / 3)); // a crash mid-write, before atomic writes

        CliRun export = CliRun.of("export", "-w", work.toString(), "--out", tmp.resolve("x.jsonl").toString());
        assertEquals(0, export.code(), export.err());
        assertTrue(export.err().contains(stored.toString()), export.err());
        assertEquals(1, Files.readAllLines(tmp.resolve("x.jsonl")).size(), "the other report is exported");
        CliRun reindex = CliRun.of("reindex", "-w", work.toString());
        assertEquals(0, reindex.code(), reindex.err());
        assertTrue(reindex.err().contains(stored.toString()), reindex.err());

        CliRun run = CliRun.of("run", plan.toString(), "-w", work.toString());
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("made again: " + stored), run.out());
        assertFalse(run.out().contains("(1 reused"), run.out());
        assertEquals(List.of(), new Workdir(work).storedReports().corrupt());
    }
}
