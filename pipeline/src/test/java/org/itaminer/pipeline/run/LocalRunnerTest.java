package org.itaminer.pipeline.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.itaminer.index.MeasureIndex;
import org.itaminer.ingest.DocumentReader;
import org.itaminer.ingest.Format;
import org.itaminer.ingest.Ingest;
import org.itaminer.ingest.text.TextFormReader;
import org.itaminer.model.FailureKind;
import org.itaminer.pipeline.DocumentOutcome;
import org.itaminer.pipeline.SamplesFolder;
import org.itaminer.pipeline.Workdir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local runner streams outcomes as documents finish, each searchable when told, and blames memory fairly. */
class LocalRunnerTest {

    @TempDir
    Path tmp;

    /** A plan of measures (แผนมาตรการ) with one line more, so that each copy has bytes of its own. */
    private Path plan(Path dir, String name, String line) throws IOException {
        String text = Files.readString(SamplesFolder.find().resolve("plan_sao_nongbua_2567.txt"), StandardCharsets.UTF_8);
        return Files.writeString(dir.resolve(name), text + "\n" + line + "\n", StandardCharsets.UTF_8);
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void eachDocumentReachesTheListenerWhenDoneAndSearchableBeforeTheRunEnds() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        CountDownLatch othersTold = new CountDownLatch(3);
        // the slow document goes on only once the listener has heard of the three others: a runner that told of
        // outcomes only at the end would leave it waiting in vain, and fail it
        DocumentReader reader = file -> {
            if (text(file).contains("ฉบับรอ")) {
                try {
                    if (!othersTold.await(20, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("no outcome reached the listener while this document ran");
                    }
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            return new TextFormReader().read(file);
        };
        Path slow = plan(in, "a-slow.txt", "ฉบับรอ");
        List<Path> files = new ArrayList<>(List.of(slow));
        for (int i = 1; i <= 3; i++) {
            files.add(plan(in, "fast-" + i + ".txt", "ฉบับที่ " + i));
        }
        Workdir workdir = new Workdir(tmp.resolve("work"));
        List<String> told = Collections.synchronizedList(new ArrayList<>());
        List<String> notSearchable = Collections.synchronizedList(new ArrayList<>());
        RunListener listener = outcome -> {
            told.add(Path.of(outcome.input()).getFileName().toString());
            String sha = outcome.report().orElseThrow(() -> new AssertionError(outcome.toString())).sha256();
            try (MeasureIndex index = MeasureIndex.openReadOnly(workdir.indexFolder())) {
                if (index.similar(sha.substring(0, 12) + "#1", 1).isEmpty()) {
                    notSearchable.add(outcome.input());
                }
            } catch (IOException e) {
                notSearchable.add(outcome.input() + " (" + e + ")");
            }
            othersTold.countDown();
        };

        RunSummary summary = new LocalRunner(workdir, Ingest.of(Map.of(Format.TEXT, reader)), 2).run(files, listener);

        assertEquals(4, summary.documents(), "the slow document was not failed for want of news: " + told);
        assertEquals("a-slow.txt", told.get(3), "told in the order they finished: " + told);
        assertEquals(List.of(), notSearchable, "a document is told of once its measures can be searched");
    }

    /** How much of a pretend heap of 100 units a document needs: "ใช้หน่วยความจำ 70". */
    private static final Pattern NEED = Pattern.compile("ใช้หน่วยความจำ (\\d+)");

    @Test
    void aDocumentOutOfMemoryBesideOthersIsRunAgainAloneAndOnlyOneTooLargeAloneIsBlamed() throws Exception {
        AtomicInteger inUse = new AtomicInteger();
        CountDownLatch oneRanOut = new CountDownLatch(1);
        // each document takes its share of the pretend heap; the large one holds it until some document ran out
        // beside it, as a big PDF does while the others' pages are parsed
        DocumentReader reader = file -> {
            Matcher m = NEED.matcher(text(file));
            int need = m.find() ? Integer.parseInt(m.group(1)) : 0;
            if (inUse.addAndGet(need) > 100) {
                inUse.addAndGet(-need);
                oneRanOut.countDown();
                throw new OutOfMemoryError("Java heap space");
            }
            try {
                if (need >= 50) {
                    oneRanOut.await(5, TimeUnit.SECONDS);
                }
                return new TextFormReader().read(file);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                inUse.addAndGet(-need);
            }
        };
        Path in = Files.createDirectories(tmp.resolve("in"));
        List<Path> files = List.of(plan(in, "big.txt", "ใช้หน่วยความจำ 70"), plan(in, "small-1.txt", "ใช้หน่วยความจำ 40 ฉบับที่ 1"),
                plan(in, "small-2.txt", "ใช้หน่วยความจำ 40 ฉบับที่ 2"), plan(in, "too-large.txt", "ใช้หน่วยความจำ 120"));
        Workdir workdir = new Workdir(tmp.resolve("work"));
        List<DocumentOutcome> told = Collections.synchronizedList(new ArrayList<>());

        RunSummary summary = new LocalRunner(workdir, Ingest.of(Map.of(Format.TEXT, reader)), 2).run(files, told::add);

        assertEquals(3, summary.documents(), told.toString());
        assertEquals(1, summary.failed(), told.toString());
        assertTrue(summary.retriedAlone() >= 1, "some document ran out beside another: " + summary);
        DocumentOutcome blamed = told.stream().filter(o -> !o.ok()).findFirst().orElseThrow();
        assertTrue(blamed.input().endsWith("too-large.txt"), blamed.toString());
        assertEquals(FailureKind.OUT_OF_MEMORY, blamed.failure().orElseThrow().kind());
        assertEquals(4, told.size(), "each document told of once: " + told);
        List<String> errors = Files.readAllLines(workdir.root().resolve("errors.jsonl"), StandardCharsets.UTF_8);
        assertEquals(1, errors.size(), "only the document too large alone is recorded: " + errors);
        assertTrue(errors.get(0).contains("too-large.txt") && errors.get(0).contains("out-of-memory"), errors.get(0));
    }
}
