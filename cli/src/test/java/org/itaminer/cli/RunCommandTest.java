package org.itaminer.cli;

import org.itaminer.pipeline.Workdir;
import org.itaminer.pipeline.SamplesFolder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.itaminer.index.write.MeasureIndexWriter;
import org.itaminer.pipeline.WorkdirLock;
import picocli.CommandLine;
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

    /** Ten plans of measures, each with bytes of its own. */
    static Path plans(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        String plan = Files.readString(SamplesFolder.find().resolve("plan_sao_nongbua_2567.txt"), StandardCharsets.UTF_8);
        for (int i = 1; i <= count; i++) {
            Files.writeString(dir.resolve(String.format("plan-%04d.txt", i)), plan + "\nฉบับที่ " + i + "\n",
                    StandardCharsets.UTF_8);
        }
        return dir;
    }

    static long storedReports(Path work) throws IOException {
        if (!Files.isDirectory(work.resolve("reports"))) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(work.resolve("reports"))) {
            return files.filter(p -> p.toString().endsWith(".json")).count();
        }
    }

    @Test
    void eachDocumentsLineIsWrittenWhenItIsDoneNotAtTheEndAndNoProgressLineGoesToAFile() throws Exception {
        // enough documents that the first commit (slow in a fresh JVM) cannot outlast them all: with 10, a clean
        // clone's run once saw every report stored before the first line
        int documents = 200;
        Path in = plans(tmp.resolve("in"), documents);
        Path work = tmp.resolve("work");
        List<Long> reportsAtLine = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        // the output as a file or a pipe sees it: each line when it is written
        Writer file = new Writer() {
            @Override
            public void write(char[] chars, int off, int len) {
                for (int i = off; i < off + len; i++) {
                    out.append(chars[i]);
                    if (chars[i] == '\n' && out.toString().lines().reduce((a, b) -> b).orElse("").startsWith("ok")) {
                        try {
                            reportsAtLine.add(storedReports(work));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new ItaminerCommand());
        cl.setOut(new PrintWriter(file));
        cl.setErr(new PrintWriter(err));

        // each group committed as soon as the last: ten small documents may all finish within the default wait
        int code = cl.execute("run", in.toString(), "-w", work.toString(), "--threads", "1", "--commit-every", "0");

        assertEquals(ExitCodes.OK, code, out + err.toString());
        assertEquals(documents, reportsAtLine.size(), out.toString());
        assertTrue(reportsAtLine.get(0) < documents, "the first document's line came only after all were done: "
                + reportsAtLine);
        assertTrue(out.toString().strip().endsWith("measures indexed in " + work.resolve("index")), out.toString());
        assertTrue(out.indexOf("\r") < 0 && out.indexOf("\u001b") < 0, "no progress line in a file: " + out);
        assertTrue(err.toString().indexOf('\r') < 0, "no progress line when not on a terminal: " + err);
    }

    @Test
    void aRunOnAWorkdirAnotherRunHoldsSaysWhoInOneLine() throws Exception {
        Path work = tmp.resolve("work");
        try (WorkdirLock held = WorkdirLock.acquire(work)) {
            CliRun run = CliRun.of("run", SamplesFolder.find().resolve("memo_order_other.txt").toString(), "-w",
                    work.toString());
            assertEquals(ExitCodes.BUSY, run.code(), run.out() + run.err());
            assertEquals(List.of("another itaminer run (pid " + ProcessHandle.current().pid() + ", since "),
                    run.err().lines().map(l -> l.substring(0, l.indexOf("since ") + 6)).toList(), run.err());
            assertTrue(run.err().strip().endsWith("is using " + work + "; wait for it or use another --workdir"),
                    run.err());
            CliRun reindex = CliRun.of("reindex", "-w", work.toString());
            assertEquals(ExitCodes.BUSY, reindex.code(), reindex.err());
            assertEquals(1, reindex.err().lines().count(), reindex.err());
        }
    }

    @Test
    void aRunOnAWorkdirWhoseIndexAnOlderItaminerHoldsSaysSoInOneLineNotATrace() throws Exception {
        Path work = tmp.resolve("work");
        // an itaminer of before the workdir lock holds only the index's own lock
        try (MeasureIndexWriter held = MeasureIndexWriter.open(work.resolve("index"))) {
            CliRun run = CliRun.of("run", SamplesFolder.find().resolve("memo_order_other.txt").toString(), "-w",
                    work.toString());
            assertEquals(ExitCodes.BUSY, run.code(), run.out() + run.err());
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().startsWith("another itaminer run (pid unknown) is using " + work), run.err());
        }
    }

    @Test
    void anUnwritableWorkdirIsOneLineNamingTheFolderAndTheCause() throws Exception {
        // tests run as root, whom permissions do not stop: a workdir under a regular file fails for everyone
        Path notes = Files.writeString(tmp.resolve("notes.txt"), "บันทึกการประชุม", StandardCharsets.UTF_8);
        Path work = notes.resolve("work");
        CliRun run = CliRun.of("run", SamplesFolder.find().resolve("memo_order_other.txt").toString(), "-w",
                work.toString());
        assertEquals(ExitCodes.FAILURE, run.code(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        String prefix = "cannot write to the workdir " + work + ": ";
        assertTrue(run.err().startsWith(prefix) && run.err().strip().length() > prefix.length(), run.err());
        assertTrue(!run.err().contains("Exception"), run.err());
    }

    @Test
    void rootHelpNamesTheLaunchersJvmOptions() {
        CliRun help = CliRun.of("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("ITAMINER_JAVA_OPTS") && help.out().contains("JAVA_TOOL_OPTIONS"), help.out());
    }

    @Test
    void helpListsExamplesAndExitCodes() {
        CliRun help = CliRun.of("run", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("Examples:") && help.out().contains("Exit codes:"), help.out());
    }
}
