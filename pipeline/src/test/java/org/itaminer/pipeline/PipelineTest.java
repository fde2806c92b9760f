package org.itaminer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.itaminer.ingest.DocumentReader;
import org.itaminer.ingest.Format;
import org.itaminer.ingest.Ingest;
import org.itaminer.ingest.text.TextFormReader;
import org.itaminer.model.FailureKind;
import org.itaminer.model.Stage;
import org.itaminer.pipeline.run.LocalRunner;
import org.itaminer.pipeline.run.RunListener;
import org.itaminer.pipeline.run.RunSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One document's failure, however bad, is that document's outcome: the batch goes on. */
class PipelineTest {

    @TempDir
    Path tmp;

    /**
     * Reads text files normally, except those whose words say how to fail (the pipeline reads the stored
     * copy, named by its hash, so the content has to tell).
     */
    private static final DocumentReader FAILING = file -> {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (text.contains("ฉบับยาว")) {
            throw new OutOfMemoryError("Java heap space");
        }
        if (text.contains("ฉบับมีปัญหา")) {
            throw new IllegalStateException("reader bug");
        }
        return new TextFormReader().read(file);
    };

    @Test
    void outOfMemoryAndBugsInOneDocumentFailOnlyThatDocument() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("huge.txt"), "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ฉบับยาว\n", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("bug.txt"), "มาตรการส่งเสริมคุณธรรม ฉบับมีปัญหา\n", StandardCharsets.UTF_8);
        Files.copy(SamplesFolder.find().resolve("plan_sao_nongbua_2567.txt"), in.resolve("good.txt"));
        Workdir workdir = new Workdir(tmp.resolve("work"));
        Pipeline pipeline = new Pipeline(workdir, Ingest.of(Map.of(Format.TEXT, FAILING)));

        DocumentOutcome huge = pipeline.process(in.resolve("huge.txt"));
        assertEquals(Stage.INGEST, huge.failure().orElseThrow().stage());
        assertEquals(FailureKind.OUT_OF_MEMORY, huge.failure().orElseThrow().kind());
        assertTrue(huge.report().isEmpty());

        DocumentOutcome bug = pipeline.process(in.resolve("bug.txt"));
        assertEquals(FailureKind.INTERNAL_ERROR, bug.failure().orElseThrow().kind());
        assertTrue(bug.failure().orElseThrow().message().contains("reader bug"), bug.failure().orElseThrow().message());

        DocumentOutcome good = pipeline.process(in.resolve("good.txt"));
        assertTrue(good.ok(), "the batch goes on after a document that ran out of memory");
        assertEquals(4, good.report().orElseThrow().measures());

        // failures are recorded by the runner (which may first run a document again alone): one at a time here,
        // so the document that ran out of memory ran alone and is blamed at once
        RunSummary summary = new LocalRunner(workdir, Ingest.of(Map.of(Format.TEXT, FAILING)), 1)
                .run(List.of(in.resolve("huge.txt"), in.resolve("bug.txt"), in.resolve("good.txt")),
                        RunListener.none());
        assertEquals(1, summary.documents());
        assertEquals(2, summary.failed());
        assertEquals(0, summary.retriedAlone());
        List<String> errors = Files.readAllLines(workdir.root().resolve("errors.jsonl"), StandardCharsets.UTF_8);
        assertEquals(2, errors.size());
        assertTrue(errors.get(0).contains("out-of-memory") && errors.get(0).contains("huge.txt"), errors.get(0));
    }
}
