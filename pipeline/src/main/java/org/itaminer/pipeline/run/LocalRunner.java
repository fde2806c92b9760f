package org.itaminer.pipeline.run;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.store.LockObtainFailedException;
import org.itaminer.index.write.OutdatedIndexException;
import org.itaminer.ingest.Ingest;
import org.itaminer.model.DocumentFailure;
import org.itaminer.model.FailureKind;
import org.itaminer.model.Stage;
import org.itaminer.pipeline.DocumentInput;
import org.itaminer.pipeline.DocumentOutcome;
import org.itaminer.pipeline.IndexRebuild;
import org.itaminer.pipeline.Pipeline;
import org.itaminer.pipeline.Workdir;
import org.itaminer.pipeline.errors.RunId;
import org.itaminer.pipeline.WorkdirLock;
import org.itaminer.pipeline.stage.IndexWriteStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runner on this machine: a pool of threads over one workdir, one index writer for the run.
 *
 * <p>Reports are indexed as they are made, and committed in groups ({@link GroupCommits}) on a thread of their own:
 * whatever finishes within a moment of the group's first document, or while the last commit syncs the disk, goes
 * into the next commit, and the run's threads keep working meanwhile. A document is
 * announced to the listener only after the commit holding its report, so every document a listener was told of is
 * searchable even if the process is killed right after.
 *
 * <p>Memory is bounded: at most two documents per thread are in flight, and an outcome is dropped once announced.
 * A document that ran out of memory while others were running is not blamed then: the others' memory may be what
 * filled the heap. It is run again at the end, alone, and only a document that runs out of memory alone fails so;
 * the rest of the run goes one document at a time, as the heap is too small for more.
 */
public final class LocalRunner implements Runner {

    private static final Logger LOG = LoggerFactory.getLogger(LocalRunner.class);
    /** Freed when the heap runs out, so that announcing the outcome and the summary still have room. */
    private static final int EMERGENCY_BYTES = 1 << 20;
    /** How long finished documents may wait for the commit that makes them searchable (and announced). */
    public static final Duration COMMIT_INTERVAL = Duration.ofMillis(300);

    private final Workdir workdir;
    private final Ingest ingest;
    private final int threads;
    /** Documents that have started, and documents running now: to tell whether one ran alone. */
    private final AtomicLong starts = new AtomicLong();
    private final AtomicInteger running = new AtomicInteger();
    /** Set once a document ran out of memory beside others: the heap is too small for several at once. */
    private final RunId runId;
    private final Duration commitInterval;
    private volatile boolean oneAtATime;
    private byte[] emergency;

    public LocalRunner(Workdir workdir, Ingest ingest, int threads) {
        this(workdir, ingest, threads, RunId.next());
    }

    /** @param runId the id this run's failures are logged under in {@code errors.jsonl} */
    public LocalRunner(Workdir workdir, Ingest ingest, int threads, RunId runId) {
        this(workdir, ingest, threads, runId, COMMIT_INTERVAL);
    }

    /**
     * @param commitInterval how long a finished document may wait for the commit that makes it searchable: longer
     *     means fewer, larger commits; zero commits whatever finished as soon as the last commit is done
     */
    public LocalRunner(Workdir workdir, Ingest ingest, int threads, RunId runId, Duration commitInterval) {
        this.commitInterval = Objects.requireNonNull(commitInterval, "commitInterval");
        this.runId = Objects.requireNonNull(runId, "runId");
        this.workdir = Objects.requireNonNull(workdir, "workdir");
        this.ingest = Objects.requireNonNull(ingest, "ingest");
        this.threads = Math.max(1, threads);
    }

    /** The id this run's failures are logged under. */
    public RunId runId() {
        return runId;
    }

    /** One document's outcome, and whether no other document ran at any moment beside it. */
    private record Finished(DocumentInput file, DocumentOutcome outcome, boolean alone) {

        boolean outOfMemoryBesideOthers() {
            return !alone && outcome.failure().map(f -> f.kind() == FailureKind.OUT_OF_MEMORY).orElse(false);
        }
    }

    @Override
    public RunSummary runInputs(List<DocumentInput> files, RunListener listener) throws IOException {
        emergency = new byte[EMERGENCY_BYTES];
        workdir.errorLog().startRun(runId);
        RunTally tally = new RunTally(workdir, listener, runId);
        try (IndexWriteStage index = openIndex(listener)) {
            Pipeline pipeline = new Pipeline(workdir, ingest, index);
            listener.started(files.size());
            List<DocumentInput> again = inParallel(files, pipeline, index, tally);
            if (!again.isEmpty()) {
                LOG.info("{} documents ran out of memory beside others; running them again one at a time",
                        again.size());
                tally.retryingAlone(again.size());
                for (DocumentInput file : again) {
                    announce(List.of(attempt(pipeline, file)), index, tally);
                }
            }
            index.commit();
        } finally {
            emergency = null;
        }
        return tally.summary();
    }

    /** Runs every file on the pool; returns those to run again alone. */
    private List<DocumentInput> inParallel(List<DocumentInput> files, Pipeline pipeline, IndexWriteStage index,
                                           RunTally tally) throws IOException {
        List<DocumentInput> again = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "itaminer-run");
            t.setDaemon(true);
            return t;
        });
        CompletionService<Finished> done = new ExecutorCompletionService<>(pool);
        Iterator<DocumentInput> next = files.iterator();
        int inFlight = 0;
        // a commit flushes and syncs the index: one per document would make the run wait on the disk, not the work
        try (GroupCommits<Finished> commits = new GroupCommits<>(index::commit, commitInterval.toMillis(), TimeUnit.MILLISECONDS,
                () -> emergency = null)) {
            while (true) {
                inFlight += submitMore(done, next, pipeline, inFlight);
                if (inFlight == 0 && commits.idle()) {
                    return again;
                }
                commits.startIfDue(inFlight == 0);
                Future<Finished> f = inFlight == 0 ? null : poll(done, commits.waitNanos());
                if (f != null) {
                    Finished finished = get(f);
                    inFlight--;
                    if (finished.outOfMemoryBesideOthers()) {
                        again.add(finished.file());
                    } else {
                        commits.add(finished);
                    }
                }
                Optional<List<Finished>> committed = commits.committed();
                if (committed.isPresent()) {
                    tell(committed.get(), tally);
                } else if (inFlight == 0 && !commits.idle()) {
                    pause(); // only the commit is running: wait for it
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Submits files until the in-flight limit; returns how many it submitted. */
    private int submitMore(CompletionService<Finished> done, Iterator<DocumentInput> next, Pipeline pipeline,
                           int inFlight) {
        int submitted = 0;
        while (inFlight + submitted < (oneAtATime ? 1 : 2 * threads) && next.hasNext()) {
            DocumentInput file = next.next();
            done.submit(() -> attempt(pipeline, file));
            submitted++;
        }
        return submitted;
    }

    /** Commits the group's reports, then tells of them: what a listener hears of is searchable. */
    private void announce(List<Finished> group, IndexWriteStage index, RunTally tally) throws IOException {
        if (group.stream().anyMatch(f -> f.outcome().ok())) {
            try {
                index.commit();
            } catch (OutOfMemoryError e) {
                emergency = null; // a commit flushes the indexing buffer: give it the reserve, and try once more
                index.commit();
            }
        }
        tell(group, tally);
    }

    /** Tells the listener of documents whose reports are committed. */
    private void tell(List<Finished> group, RunTally tally) {
        for (Finished f : group) {
            try {
                tally.announce(f.outcome(), f.alone());
            } catch (OutOfMemoryError e) {
                emergency = null; // room for this outcome, the rest of the run and its summary
                tally.announce(f.outcome(), f.alone());
            }
        }
    }

    private Finished attempt(Pipeline pipeline, DocumentInput file) {
        long startsBefore = starts.incrementAndGet();
        boolean othersRunning = running.getAndIncrement() > 0;
        DocumentOutcome outcome;
        boolean othersStarted;
        try {
            outcome = pipeline.process(file);
        } catch (OutOfMemoryError e) {
            outcome = failed(file, FailureKind.OUT_OF_MEMORY, "the heap ran out (" + e.getMessage() + ")");
        } catch (Throwable e) { // an error outside a stage still fails this document only
            LOG.error("internal error on {}", file.label(), e);
            outcome = failed(file, FailureKind.INTERNAL_ERROR, e.toString());
        } finally {
            othersStarted = starts.get() != startsBefore;
            running.decrementAndGet();
        }
        boolean alone = !othersRunning && !othersStarted;
        if (!alone && !oneAtATime && outcome.failure().map(f -> f.kind() == FailureKind.OUT_OF_MEMORY).orElse(false)) {
            oneAtATime = true;
            LOG.warn("the heap is too small for {} documents at once: going on one at a time (a larger heap: "
                    + "ITAMINER_JAVA_OPTS=-Xmx4g)", threads);
        }
        return new Finished(file, outcome, alone);
    }

    private static DocumentOutcome failed(DocumentInput file, FailureKind kind, String message) {
        return DocumentOutcome.failed(new DocumentFailure(file.label(), Optional.empty(), Stage.RUN, kind, message));
    }

    private IndexWriteStage openIndex(RunListener listener) throws IOException {
        try {
            return IndexWriteStage.open(workdir.indexFolder());
        } catch (LockObtainFailedException e) {
            // a writer that took no workdir lock (an older itaminer) holds the index itself
            throw new WorkdirLock.BusyException(workdir.root(), WorkdirLock.Holder.unknown());
        } catch (OutdatedIndexException e) {
            // built by an older itaminer (fields, theme rules, segmenter): rebuilt from every stored report
            LOG.debug("{}; rebuilding it from the stored reports", e.reason());
            listener.rebuildingIndex(e.reason());
            IndexRebuild.rebuild(workdir, workdir.storedReports().reports());
            return IndexWriteStage.open(workdir.indexFolder());
        }
    }

    private static void pause() throws IOException {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("the run was interrupted");
        }
    }

    /** The next finished document, or null when none finishes within {@code nanos}. */
    private static Future<Finished> poll(CompletionService<Finished> done, long nanos) throws IOException {
        try {
            return nanos <= 0 ? done.poll() : done.poll(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("the run was interrupted");
        }
    }

    private static Finished get(Future<Finished> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("the run was interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException("a document's task failed outside its own handling", e.getCause());
        }
    }
}
