package org.itaminer.pipeline.stage;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.store.AlreadyClosedException;
import org.itaminer.index.write.MeasureIndexWriter;
import org.itaminer.model.FailureKind;
import org.itaminer.model.Stage;
import org.itaminer.model.report.Report;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Index write (ทำดัชนี): a report's measures into the search index, replacing the report's earlier ones. One writer
 * serves a whole run and every thread of it; nothing is searchable until {@link #commit}, which a runner calls
 * regularly (a Beam {@code DoFn} would call it in {@code @FinishBundle}) and before it announces a document as done.
 *
 * @see MeasureIndexWriter#indexReport
 */
public final class IndexWriteStage implements StageFunction<Report, Integer>, Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(IndexWriteStage.class);

    private final Path folder;
    private volatile MeasureIndexWriter index;
    /**
     * The reports written since the last commit, to write again into a reopened writer if this one dies (Lucene
     * closes a writer that ran out of memory). Bounded: a runner commits every few documents.
     */
    private final Queue<Report> sinceCommit = new ConcurrentLinkedQueue<>();
    /** Writes and commits share it; a reopen takes it alone. */
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    private IndexWriteStage(Path folder, MeasureIndexWriter index) {
        this.folder = folder;
        this.index = index;
    }

    /** Opens (creating if needed) the index in {@code folder} for writing. */
    public static IndexWriteStage open(Path folder) throws IOException {
        return new IndexWriteStage(Objects.requireNonNull(folder, "folder"), MeasureIndexWriter.open(folder));
    }

    @Override
    public Stage stage() {
        return Stage.INDEX;
    }

    /** Returns the number of measures written. */
    @Override
    public Integer apply(Report report) throws StageException {
        try {
            write(report);
            return report.measures().size();
        } catch (IOException | UncheckedIOException e) {
            throw new StageException(Stage.INDEX, FailureKind.IO, "cannot write to the index: " + e, e);
        }
    }

    private void write(Report report) throws IOException {
        lock.readLock().lock();
        try {
            index.indexReport(report);
            sinceCommit.add(report);
            return;
        } catch (AlreadyClosedException e) {
            // fall through: reopened below, outside the shared lock
        } finally {
            lock.readLock().unlock();
        }
        lock.writeLock().lock();
        try {
            reopenIfDead();
            index.indexReport(report);
            sinceCommit.add(report);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Makes every report written so far searchable, and durable: a process killed after this keeps them. Writes go on
     * while it syncs (Lucene's writer takes documents during a commit), so a run's threads do not wait on the disk.
     */
    public void commit() throws IOException {
        // the reports queued now were written before the commit begins, so it holds them; later ones may miss it
        int written = sinceCommit.size();
        boolean dead = false;
        lock.readLock().lock();
        try {
            index.commit();
        } catch (IllegalStateException e) { // AlreadyClosedException, or "hit an unrecoverable error"
            dead = true;
        } finally {
            lock.readLock().unlock();
        }
        if (dead) {
            lock.writeLock().lock();
            try {
                reopenIfDead();
                index.commit();
                sinceCommit.clear();
            } finally {
                lock.writeLock().unlock();
            }
            return;
        }
        for (int i = 0; i < written; i++) {
            sinceCommit.poll();
        }
    }

    /**
     * A writer that hit an error it cannot recover from (most often the heap running out in a flush or a merge) is
     * closed by Lucene with everything since its last commit: open a new one at that commit and write those reports
     * again, so that one document's out-of-memory does not fail every document after it.
     */
    private void reopenIfDead() throws IOException {
        LOG.warn("the index writer stopped (the heap ran out?): reopening it at its last commit and writing the {} "
                + "reports since again", sinceCommit.size());
        try {
            index.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("closing the stopped writer", e);
        }
        index = MeasureIndexWriter.open(folder);
        for (Report r : sinceCommit) {
            index.indexReport(r);
        }
    }

    /** Closes the writer; one Lucene already closed after an unrecoverable error only repeats that error. */
    @Override
    public void close() throws IOException {
        try {
            index.close();
        } catch (IllegalStateException e) {
            LOG.debug("closing a stopped index writer", e);
        }
    }
}
