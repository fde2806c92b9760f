package org.itaminer.pipeline.run;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.itaminer.pipeline.stage.IndexWriteStage;

/**
 * Commits a run's index in groups, on a thread of its own: documents that finish while a commit syncs the disk
 * wait for the next one, and the run's threads go on working meanwhile. A group is committed once its first
 * document has waited {@code interval}, or at once when the run has nothing else in flight.
 *
 * @param <T> what a runner keeps of a finished document until the commit that holds it is done
 */
final class GroupCommits<T> implements AutoCloseable {

    /** What makes the written reports durable and searchable: {@link IndexWriteStage#commit}. */
    @FunctionalInterface
    interface Commit {
        void run() throws IOException;
    }

    private final Commit index;
    private final long intervalNanos;
    private final ExecutorService committer = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "itaminer-commit");
        t.setDaemon(true);
        return t;
    });
    private List<T> waiting = new ArrayList<>();
    private long due;
    private List<T> committing = List.of();
    private Future<?> commit;

    private final Runnable outOfMemory;

    /** @param outOfMemory frees a reserve when a commit ran out of memory, before it is tried once more */
    GroupCommits(Commit index, long interval, TimeUnit unit, Runnable outOfMemory) {
        this.index = index;
        this.intervalNanos = unit.toNanos(interval);
        this.outOfMemory = outOfMemory;
    }

    /** A finished document, to be announced after the commit that holds its report. */
    void add(T finished) {
        if (waiting.isEmpty()) {
            due = System.nanoTime() + intervalNanos;
        }
        waiting.add(finished);
    }

    /** Whether nothing waits for a commit and none is running. */
    boolean idle() {
        return waiting.isEmpty() && commit == null;
    }

    /** Starts a commit of the waiting group if none is running and the group is due (or {@code now}). */
    void startIfDue(boolean now) {
        if (commit == null && !waiting.isEmpty() && (now || System.nanoTime() - due >= 0)) {
            committing = waiting;
            waiting = new ArrayList<>();
            commit = committer.submit(() -> {
                index.run();
                return null;
            });
        }
    }

    /** The group whose commit has finished, once; empty while it runs or when none was started. */
    Optional<List<T>> committed() throws IOException {
        if (commit == null || !commit.isDone()) {
            return Optional.empty();
        }
        try {
            commit.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("the run was interrupted");
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof OutOfMemoryError)) {
                commit = null;
                rethrow(e.getCause());
            }
            outOfMemory.run(); // a commit flushes the indexing buffer: give it the reserve, and try once more
            index.run();
        }
        commit = null;
        return Optional.of(committing);
    }

    /** How long a runner may wait for a finished document before it should look at the commits again. */
    long waitNanos() {
        if (commit != null) {
            return TimeUnit.MILLISECONDS.toNanos(10);
        }
        return waiting.isEmpty() ? Long.MAX_VALUE : Math.max(0, due - System.nanoTime());
    }

    private static void rethrow(Throwable cause) throws IOException {
        if (cause instanceof IOException io) {
            throw io;
        }
        if (cause instanceof UncheckedIOException io) {
            throw io.getCause();
        }
        if (cause instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException("the index commit failed", cause);
    }

    @Override
    public void close() {
        committer.shutdownNow();
    }
}
