package org.itaminer.cli;

import org.itaminer.pipeline.SamplesFolder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.itaminer.model.report.ReportJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An index left by an older itaminer (here: main's format 2, before themes): the reading commands refuse it and name
 * {@code itaminer reindex}; {@code reindex} and {@code run} replace it with one of the stored reports.
 */
class OutdatedIndexTest {

    /** A sample with 4 measures. */
    private static final String SAMPLE = "plan_sao_nongbua_2567.txt";
    private static final int MEASURES = 4;

    @TempDir
    Path tmp;

    Path workdir;
    Path sample;

    @BeforeEach
    void runThenAgeTheIndex() throws IOException {
        workdir = tmp.resolve("w");
        sample = SamplesFolder.find().resolve(SAMPLE);
        assertEquals(0, CliRun.of("run", sample.toString(), "-w", workdir.toString()).code());
        Path index = workdir.resolve("index");
        try (Stream<Path> walk = Files.walk(index)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        try (FSDirectory dir = FSDirectory.open(index); IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            Document d = new Document();
            d.add(new StringField("reportId", "x", Field.Store.YES));
            w.addDocument(d);
            w.setLiveCommitData(Map.of("itaminer.segmenter", "ICU", "itaminer.index-format", "2").entrySet());
            w.commit();
        }
    }

    private int hits() throws IOException {
        CliRun search = CliRun.of("search", "--json", "-w", workdir.toString());
        assertEquals(0, search.code(), search.err());
        return ReportJson.mapper().readTree(search.out()).get("totalHits").asInt();
    }

    @ParameterizedTest
    @ValueSource(strings = {"search x", "search", "compare", "similar 000000000000#1"})
    void readingCommandsRefuseItNamingReindex(String command) {
        List<String> args = new java.util.ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("-w", workdir.toString()));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(ExitCodes.USAGE, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("older itaminer") && r.err().contains("itaminer reindex"), r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"reindex", "run"})
    void reindexAndRunReplaceIt(String command) throws IOException {
        CliRun r = command.equals("run") ? CliRun.of("run", sample.toString(), "-w", workdir.toString())
                : CliRun.of("reindex", "-w", workdir.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        if (command.equals("run")) {
            assertTrue(r.err().contains("rebuilding it from the stored reports"), r.err());
        }
        assertEquals(MEASURES, hits());
        assertEquals(0, CliRun.of("compare", "-w", workdir.toString()).code());
    }
}
