package org.itaminer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.itaminer.model.report.ReportJson;
import org.itaminer.pipeline.store.CorruptFile;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A stage file cut short by a crash or a full disk, or left empty, is named and passed over as missing: the reading
 * commands go on without it, and {@code run} makes it again.
 */
class CorruptWorkdirFilesTest {

    @TempDir
    Path tmp;

    private enum Damage { TRUNCATED, EMPTY }

    private static void damage(Path file, Damage how) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, how == Damage.EMPTY ? new byte[0] : java.util.Arrays.copyOf(bytes, bytes.length / 2));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"report, TRUNCATED", "report, EMPTY", "layout, TRUNCATED", "layout, EMPTY", "provenance, TRUNCATED",
        "provenance, EMPTY"})
    void aDamagedStageFileIsNamedPassedOverAndMadeAgain(String which, Damage how) throws IOException {
        Path plan = Files.copy(SamplesFolder.find().resolve("plan_sao_nongbua_2567.txt"), tmp.resolve("plan.txt"));
        Workdir first = new Workdir(tmp.resolve("w"));
        String sha = new Pipeline(first).process(plan).sha256().orElseThrow();
        Path file = switch (which) {
            case "report" -> first.reports().path(sha);
            case "layout" -> first.layouts().path(sha);
            default -> first.originals().file(sha).resolveSibling(sha + ".provenance.json");
        };
        if (which.equals("layout")) {
            Files.delete(first.reports().path(sha)); // so that the layout is read
        }
        damage(file, how);

        Workdir workdir = new Workdir(tmp.resolve("w"));
        Workdir.StoredReports stored = workdir.storedReports(); // before: threw, and export and reindex stopped
        if (which.equals("report")) {
            assertEquals(List.of(), stored.reports());
            assertEquals(List.of(sha), stored.missing());
            assertEquals(List.of(file), stored.corrupt().stream().map(CorruptFile::file).toList());
        }

        DocumentOutcome again = new Pipeline(workdir).process(plan);
        assertTrue(again.ok(), again.toString());
        assertEquals(4, again.report().orElseThrow().measures());
        assertFalse(again.reused() && !which.equals("provenance"), "made again, not reused");
        assertTrue(workdir.corruptFiles().stream().anyMatch(c -> c.file().equals(file)), workdir.corruptFiles()
                .toString());
        assertEquals(1, new Workdir(tmp.resolve("w")).storedReports().reports().size());
        switch (which) {
            case "report" -> ReportJson.read(Files.readAllBytes(file));
            case "layout" -> assertTrue(Files.size(file) > 100);
            default -> assertEquals(1, workdir.originals().provenance(sha).orElseThrow().sources().size());
        }
        try (Stream<Path> all = Files.walk(tmp.resolve("w"))) {
            assertEquals(List.of(), all.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList(),
                    "no temporary file left beside the stage files");
        }
    }
}
