package org.itaminer.cli;

import org.itaminer.pipeline.Workdir;
import org.itaminer.pipeline.SamplesFolder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.itaminer.model.report.ReportJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

    @TempDir
    Path tmp;

    @Test
    void badDocumentsFailAloneAndNameTheirFileAndCause() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(SamplesFolder.find().resolve("plan_sao_nongbua_2567.txt"), in.resolve("good.txt"));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("junk.txt"), new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 3, 0, 0x3E, 0});
        Files.writeString(in.resolve("no-measures.txt"), "ประกาศ เรื่อง วันหยุดราชการ\nให้ทราบโดยทั่วกัน\n", StandardCharsets.UTF_8);
        Path work = tmp.resolve("work");

        CliRun run = CliRun.of("run", in.toString(), "--workdir", work.toString());
        assertEquals(ExitCodes.SOME_FAILED, run.code(), run.out());
        assertTrue(run.out().contains("FAIL  ingest empty") && run.out().contains("empty.txt"), run.out());
        assertTrue(run.out().contains("FAIL  ingest unsupported-format") && run.out().contains("junk.txt"), run.out());
        assertTrue(run.out().contains("ok    other") && run.out().contains("no-measures.txt"), run.out());
        assertTrue(run.out().contains("2 documents, 4 measures, 1 warnings, 2 errors"), run.out());
        assertEquals(2, Files.readAllLines(work.resolve("errors.jsonl")).size());

        CliRun again = CliRun.of("run", in.toString(), "--workdir", work.toString());
        assertTrue(again.out().contains("(2 reused"), "a re-run does no work twice: " + again.out());

        Path jsonl = tmp.resolve("r.jsonl");
        CliRun export = CliRun.of("export", "--workdir", work.toString(), "--format", "jsonl", "--out", jsonl.toString());
        assertEquals(0, export.code(), export.err());
        List<String> lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
        assertEquals(2, lines.size());
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"fileName\":\"good.txt\"")));
        assertEquals(4, ReportJson.mapper().readTree(lines.stream().filter(l -> l.contains("good.txt")).findFirst()
                .orElseThrow()).get("measures").size());
        assertTrue(export.err().contains("2 stored documents have no report"), export.err());
    }

    @Test
    void sameBytesUnderTwoNamesAreStoredOnce() throws Exception {
        Path a = tmp.resolve("a.txt");
        Files.copy(SamplesFolder.find().resolve("memo_order_other.txt"), a);
        Path b = Files.copy(a, tmp.resolve("b.txt"));
        Path work = tmp.resolve("w");
        assertEquals(0, CliRun.of("run", a.toString(), b.toString(), "-w", work.toString()).code());
        Workdir workdir = new Workdir(work);
        assertEquals(1, workdir.originals().list().size());
        String sha = workdir.originals().list().get(0);
        assertEquals(2, workdir.originals().provenance(sha).orElseThrow().sources().size());
    }

    @Test
    void helpListsExamplesAndExitCodes() {
        CliRun help = CliRun.of("run", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("Examples:") && help.out().contains("Exit codes:"), help.out());
    }
}
