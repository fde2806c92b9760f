package org.itaminer.index.write;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.ReaderManager;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.FSDirectory;
import org.itaminer.index.analysis.Segmenter;
import org.itaminer.index.analysis.ThaiSearchAnalyzer;
import org.itaminer.model.report.Report;

/**
 * Writes the measure index in a folder (a workdir's {@code index/}): {@link #indexReport} replaces a report's
 * measures, {@link #commit()} makes what was written durable and visible to read-only searchers. It may be fed report
 * by report with a commit every so often, so that a run killed half-way leaves what it finished searchable. One
 * writer per folder (Lucene's write lock); use from any thread; close when done (which commits).
 */
public final class MeasureIndexWriter implements Closeable {

    /** The indexing buffer (public for the benchmark's baseline, which indexes with the same). */
    public static final double RAM_BUFFER_MB = 128;
    /** Segments stay small enough that a large index has several, which search in parallel. */
    private static final double MAX_SEGMENT_MB = 128;

    private final FSDirectory directory;
    private final Segmenter segmenter;
    private final ThaiSearchAnalyzer analyzer;
    private final IndexWriter writer;
    /** For {@link #size()}: a near-real-time reader, reopened only when something changed. */
    private final ReaderManager readers;

    private MeasureIndexWriter(Path folder, Segmenter segmenter) throws IOException {
        this.segmenter = segmenter;
        Files.createDirectories(folder);
        this.directory = FSDirectory.open(folder);
        try {
            IndexFormat.check(directory, folder, segmenter);
            this.analyzer = ThaiSearchAnalyzer.forIndexing(segmenter);
            this.writer = new IndexWriter(directory, config(analyzer));
            IndexFormat.record(writer, segmenter);
            this.readers = new ReaderManager(writer);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** Opens (creating if needed) the index in {@code folder} with the default segmenter. */
    public static MeasureIndexWriter open(Path folder) throws IOException {
        return open(folder, ThaiSearchAnalyzer.DEFAULT_SEGMENTER);
    }

    /**
     * Opens (creating if needed) the index in {@code folder}; it must have been built by this itaminer (the same
     * field layout and theme rules) with this segmenter. To rebuild one that was not, empty the folder first.
     *
     * @throws OutdatedIndexException when the index in {@code folder} was built otherwise
     */
    public static MeasureIndexWriter open(Path folder, Segmenter segmenter) throws IOException {
        return new MeasureIndexWriter(Objects.requireNonNull(folder, "folder"),
                Objects.requireNonNull(segmenter, "segmenter"));
    }

    /**
     * Bulk indexing (reindex, a first run over many files) flushes less often with a larger buffer, and files kept
     * apart (no compound file) are not copied once more at each flush; measured with {@code itaminer bench-index}.
     */
    private static IndexWriterConfig config(ThaiSearchAnalyzer analyzer) {
        TieredMergePolicy policy = new TieredMergePolicy();
        policy.setMaxMergedSegmentMB(MAX_SEGMENT_MB);
        policy.setNoCFSRatio(0.0);
        return new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setUseCompoundFile(false)
                .setMergePolicy(policy);
    }

    /** The segmenter the index is built with. */
    public Segmenter segmenter() {
        return segmenter;
    }

    /** Replaces every measure of this report (by report id) with its current measures. */
    public void indexReport(Report report) throws IOException {
        Objects.requireNonNull(report, "report");
        List<Document> docs = MeasureDocuments.of(report, analyzer);
        Term id = new Term(MeasureFields.REPORT_ID, report.id());
        if (docs.isEmpty()) {
            writer.deleteDocuments(id);
        } else {
            writer.updateDocuments(id, docs);
        }
    }

    /** Removes every measure. */
    public void clear() throws IOException {
        writer.deleteAll();
    }

    /** Makes every change so far durable and visible to searchers of the folder. */
    public void commit() throws IOException {
        writer.commit();
    }

    /** The number of indexed measures, committed or not. */
    public int size() throws IOException {
        readers.maybeRefreshBlocking();
        DirectoryReader reader = readers.acquire();
        try {
            return reader.numDocs();
        } finally {
            readers.release(reader);
        }
    }

    /**
     * A near-real-time reader on this writer: it sees every change so far, committed or not, and reopens with
     * {@link DirectoryReader#openIfChanged}. Close it before this writer.
     */
    public DirectoryReader openReader() throws IOException {
        return DirectoryReader.open(writer);
    }

    /** Commits and closes. */
    @Override
    public void close() throws IOException {
        try (directory; analyzer; writer) {
            readers.close();
        }
    }
}
