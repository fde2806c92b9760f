package org.itaminer.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.itaminer.cli.ItaminerCommand;
import picocli.CommandLine;

/**
 * Runs {@code itaminer run} in this JVM on a folder of documents and samples its live heap: every
 * {@code sampleMillis} a full collection ({@link System#gc()}) and the heap in use right after it, which
 * is what the run still holds, not garbage it has not yet collected. Bounded memory shows as a live peak
 * that does not grow with the number of documents.
 */
final class RunHeapBench {

    /** One measured run. */
    record Measured(int documents, int exitCode, double seconds, long livePeakBytes, int samples) {

        double livePeakMiB() {
            return livePeakBytes / 1048576.0;
        }
    }

    private final long sampleMillis;
    private final int threads;

    RunHeapBench(long sampleMillis, int threads) {
        this.sampleMillis = sampleMillis;
        this.threads = threads;
    }

    /**
     * Writes {@code count} distinct text-form documents into {@code dir}: the corpus' documents in turn,
     * each with a line of its own so that every one has its own digest and is stored, extracted and indexed.
     */
    static void writeDistinct(List<byte[]> corpus, int count, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < count; i++) {
            byte[] text = corpus.get(i % corpus.size());
            // ASCII, so that it reads the same in whatever encoding the document is written (UTF-8, TIS-620)
            byte[] line = ("\ncopy " + (i + 1) + "\n").getBytes(StandardCharsets.US_ASCII);
            byte[] both = Arrays.copyOf(text, text.length + line.length);
            System.arraycopy(line, 0, both, text.length, line.length);
            Files.write(dir.resolve(String.format(Locale.ROOT, "doc-%05d.txt", i)), both);
        }
    }

    /** {@code itaminer run docs -w work --quiet}, its live heap sampled while it runs. */
    Measured run(Path docs, Path work, int documents) throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        AtomicLong peak = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
        AtomicInteger samples = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                try {
                    Thread.sleep(sampleMillis);
                } catch (InterruptedException e) {
                    return;
                }
                System.gc();
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                samples.incrementAndGet();
            }
        }, "live-heap-sampler");
        sampler.setDaemon(true);
        CommandLine cl = ItaminerCommand.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(new StringWriter()));
        long start = System.nanoTime();
        sampler.start();
        int exit;
        try {
            exit = cl.execute("run", docs.toString(), "-w", work.toString(), "--quiet", "--threads",
                    Integer.toString(threads));
        } finally {
            running.set(false);
            sampler.interrupt();
            sampler.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Measured(documents, exit, seconds, peak.get(), samples.get());
    }
}
