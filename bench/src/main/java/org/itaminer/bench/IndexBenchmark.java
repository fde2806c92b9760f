package org.itaminer.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.itaminer.model.report.AgencyType;
import org.itaminer.model.report.DocumentKind;
import org.itaminer.model.report.Measure;
import org.itaminer.model.report.Report;
import org.itaminer.index.MeasureIndex;
import org.itaminer.index.query.SearchRequest;
import org.itaminer.index.write.MeasureDocuments;
import org.itaminer.index.write.MeasureIndexWriter;

/**
 * Indexes a {@link SyntheticCorpus} into a folder through {@link MeasureIndexWriter#indexReport} (the path {@code run}
 * takes), from several threads, then times {@link #QUERY_MIX} through {@link MeasureIndex#search} on the committed
 * index opened read-only (the path {@code search} takes: hits, snippets and facet counts).
 */
public final class IndexBenchmark {

    /**
     * What to run.
     *
     * @param measures how many measures to index (at least 1)
     * @param threads indexing threads (at least 1)
     * @param warmupRounds rounds of the query mix run before timing (at least 0)
     * @param rounds timed rounds of the query mix (at least 1)
     */
    public record Settings(long measures, int threads, int warmupRounds, int rounds) {
        public Settings {
            if (measures < 1) {
                throw new IllegalArgumentException("measures must be >= 1, was " + measures);
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be >= 1, was " + threads);
            }
            if (warmupRounds < 0) {
                throw new IllegalArgumentException("warmupRounds must be >= 0, was " + warmupRounds);
            }
            if (rounds < 1) {
                throw new IllegalArgumentException("rounds must be >= 1, was " + rounds);
            }
        }
    }

    /**
     * What was measured.
     *
     * @param measures measures indexed
     * @param reports synthetic reports they came in
     * @param indexSeconds generating, indexing and committing them (wall clock)
     * @param indexCpuSeconds the CPU time the indexing threads used (on a shared machine, a steadier figure)
     * @param bytes the index folder's size after the commit
     * @param segments Lucene segments after the commit
     * @param latenciesMs every timed search, in run order
     * @param slowest the query of the mix with the highest median latency, and that median
     */
    public record Result(long measures, long reports, double indexSeconds, double indexCpuSeconds, long bytes,
                         int segments,
                         double[] latenciesMs, String slowest) {

        public double measuresPerSecond() {
            return measures / indexSeconds;
        }

        /** Measures per CPU-second of the indexing threads: what each fully available core would index. */
        public double measuresPerCpuSecond() {
            return measures / indexCpuSeconds;
        }

        public double bytesPerMeasure() {
            return (double) bytes / measures;
        }

        /** The {@code p}-th percentile (0–100) of the search latencies, nearest rank. */
        public double latencyPercentileMs(double p) {
            double[] sorted = latenciesMs.clone();
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
        }
    }

    /**
     * The timed searches: Thai words and phrases, English, an abbreviation with a name, Thai digits, each with and
     * without filters, and filters alone (facet counts over many matches).
     */
    public static final List<SearchRequest> QUERY_MIX = List.of(
            SearchRequest.of("ร้องเรียน"),
            SearchRequest.of("จัดซื้อจัดจ้าง"),
            SearchRequest.of("ไม่รับของขวัญ"),
            SearchRequest.of("No Gift Policy"),
            SearchRequest.of("เปิดเผยข้อมูลสาธารณะ"),
            SearchRequest.of("ความเสี่ยงการทุจริต"),
            SearchRequest.of("คู่มือ การให้บริการ"),
            SearchRequest.of("อบต. ร้องเรียน"),
            SearchRequest.of("ไตรมาสที่ ๑"),
            SearchRequest.of("O36"),
            SearchRequest.of("ป.ป.ช."),
            SearchRequest.of("องค์การบริหารส่วนตำบลหนองบัว"),
            new SearchRequest("ร้องเรียน", "นครนายก", null, null, null, null, null, SearchRequest.DEFAULT_LIMIT),
            new SearchRequest("เว็บไซต์", null, null, AgencyType.SUBDISTRICT_MUNICIPALITY, 2568, null, null,
                    SearchRequest.DEFAULT_LIMIT),
            new SearchRequest("งบประมาณ", null, null, null, 2025, DocumentKind.REPORT, null,
                    SearchRequest.DEFAULT_LIMIT),
            new SearchRequest("", "ขอนแก่น", null, null, null, null, null, SearchRequest.DEFAULT_LIMIT),
            new SearchRequest("", null, null, AgencyType.PAO, 2566, DocumentKind.PLAN, null,
                    SearchRequest.DEFAULT_LIMIT),
            new SearchRequest("", null, null, null, 2567, null, "O36", SearchRequest.DEFAULT_LIMIT),
            new SearchRequest("", null, null, null, 2568, null, null, SearchRequest.DEFAULT_LIMIT),
            SearchRequest.of(""));

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private IndexBenchmark() {
    }

    /** Indexes {@code settings.measures()} measures of the corpus into {@code folder} (new or empty), then times the mix. */
    public static Result run(SyntheticCorpus corpus, Path folder, Settings settings) throws IOException {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(settings, "settings");
        long start = System.nanoTime();
        AtomicLong cpuNanos = new AtomicLong();
        long reports = index(corpus, folder, settings, cpuNanos);
        double indexSeconds = (System.nanoTime() - start) / 1e9;
        long bytes;
        int segments;
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.toList();
            bytes = 0;
            for (Path p : all) {
                bytes += Files.size(p);
            }
            segments = (int) all.stream().filter(p -> p.getFileName().toString().endsWith(".si")).count();
        }
        double[] latencies = new double[QUERY_MIX.size() * settings.rounds()];
        String slowest;
        try (MeasureIndex index = MeasureIndex.openReadOnly(folder)) {
            for (int r = 0; r < settings.warmupRounds(); r++) {
                for (SearchRequest q : QUERY_MIX) {
                    index.search(q);
                }
            }
            double[][] perQuery = new double[QUERY_MIX.size()][settings.rounds()];
            int n = 0;
            for (int r = 0; r < settings.rounds(); r++) {
                for (int k = 0; k < QUERY_MIX.size(); k++) {
                    long t = System.nanoTime();
                    index.search(QUERY_MIX.get(k));
                    double ms = (System.nanoTime() - t) / 1e6;
                    latencies[n++] = ms;
                    perQuery[k][r] = ms;
                }
            }
            slowest = slowest(perQuery);
        }
        return new Result(settings.measures(), reports, indexSeconds, cpuNanos.get() / 1e9, bytes, segments,
                latencies, slowest);
    }

    /**
     * What plain Lucene does with the same measures, timed in the same run: the baseline the indexing rate is set
     * against, as the machine's speed varies from run to run.
     *
     * @param measuresPerSecond measures indexed per second (wall clock)
     * @param measuresPerCpuSecond per CPU-second of the indexing threads
     */
    public record Baseline(double measuresPerSecond, double measuresPerCpuSecond) {
    }

    /**
     * Indexes the same {@code settings.measures()} measures of the corpus with plain Lucene into {@code folder} (new
     * or empty), from as many threads: one document per measure, its text (title, steps, the rest, agency) in one
     * stored field ({@link MeasureDocuments#text}) through Lucene's {@link StandardAnalyzer} (no Thai
     * segmentation), its report id as a keyword.
     */
    public static Baseline baseline(SyntheticCorpus corpus, Path folder, Settings settings) throws IOException {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(settings, "settings");
        AtomicLong cpuNanos = new AtomicLong();
        long start = System.nanoTime();
        try (StandardAnalyzer analyzer = new StandardAnalyzer();
             FSDirectory dir = FSDirectory.open(folder);
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer)
                     .setRAMBufferSizeMB(MeasureIndexWriter.RAM_BUFFER_MB))) {
            index(corpus, settings, cpuNanos, r -> {
                List<Document> docs = new ArrayList<>();
                for (Measure m : r.measures()) {
                    Document d = new Document();
                    d.add(new StringField("reportId", r.id(), Field.Store.YES));
                    d.add(new TextField("text", MeasureDocuments.text(r, m), Field.Store.YES));
                    docs.add(d);
                }
                writer.addDocuments(docs);
            }, writer::commit);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Baseline(settings.measures() / seconds, settings.measures() / (cpuNanos.get() / 1e9));
    }

    /** Where the benchmark's reports go. */
    private interface Sink {
        void accept(Report r) throws IOException;
    }

    /** A step that may fail with an I/O error (a commit). */
    private interface IoStep {
        void run() throws IOException;
    }

    /** Indexes {@code settings.measures()} measures of the corpus into {@code folder} and commits; the reports made. */
    public static long index(SyntheticCorpus corpus, Path folder, Settings settings) throws IOException {
        return index(corpus, folder, settings, new AtomicLong());
    }

    private static long index(SyntheticCorpus corpus, Path folder, Settings settings, AtomicLong cpuNanos)
            throws IOException {
        try (MeasureIndexWriter index = MeasureIndexWriter.open(folder)) {
            return index(corpus, settings, cpuNanos, index::indexReport, index::commit);
        }
    }

    /** Hands the corpus's reports to {@code sink} from the settings' threads until the count is reached. */
    private static long index(SyntheticCorpus corpus, Settings settings, AtomicLong cpuNanos, Sink sink,
                              IoStep commit) throws IOException {
        AtomicLong nextReport = new AtomicLong();
        AtomicLong measures = new AtomicLong();
        AtomicLong reports = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < settings.threads(); t++) {
                futures.add(pool.submit(() -> {
                    long cpuStart = THREADS.getCurrentThreadCpuTime();
                    try {
                        while (true) {
                            long i = nextReport.getAndIncrement();
                            Report r = corpus.report(i);
                            long before = measures.getAndAdd(r.measures().size());
                            if (before >= settings.measures()) {
                                return null;
                            }
                            if (before + r.measures().size() > settings.measures()) {
                                r = corpus.report(i, (int) (settings.measures() - before));
                            }
                            sink.accept(r);
                            reports.incrementAndGet();
                        }
                    } finally {
                        cpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - cpuStart);
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            commit.run();
            cpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - cpuStart);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while indexing", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IllegalStateException("indexing failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return reports.get();
    }

    private static String slowest(double[][] perQuery) {
        int worst = 0;
        double worstMedian = -1;
        for (int k = 0; k < perQuery.length; k++) {
            double[] v = perQuery[k].clone();
            Arrays.sort(v);
            double median = v[v.length / 2];
            if (median > worstMedian) {
                worstMedian = median;
                worst = k;
            }
        }
        return describe(QUERY_MIX.get(worst)) + String.format(java.util.Locale.ROOT, " (median %.1f ms)", worstMedian);
    }

    /** A request as one line: the query in quotes and the filters that are set. */
    public static String describe(SearchRequest q) {
        StringBuilder s = new StringBuilder("\"").append(q.query()).append('"');
        if (q.province() != null) {
            s.append(" province=").append(q.province());
        }
        if (q.agencyType() != null) {
            s.append(" type=").append(q.agencyType().value());
        }
        if (q.fiscalYear() != null) {
            s.append(" year=").append(q.fiscalYear());
        }
        if (q.kind() != null) {
            s.append(" kind=").append(q.kind().value());
        }
        if (q.indicator() != null) {
            s.append(" indicator=").append(q.indicator());
        }
        return s.toString();
    }
}
