package org.itaminer.pipeline.run;

import java.io.IOException;
import java.util.Objects;
import org.itaminer.model.DocumentFailure;
import org.itaminer.pipeline.DocumentOutcome;
import org.itaminer.pipeline.Workdir;
import org.itaminer.pipeline.errors.FailureMemory;
import org.itaminer.pipeline.errors.RunId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Announces finished documents: counts what the summary needs (and nothing more), records failures in
 * {@code errors.jsonl}, and tells the listener.
 */
final class RunTally {

    private static final Logger LOG = LoggerFactory.getLogger(RunTally.class);

    private final Workdir workdir;
    private final RunListener listener;
    private final RunId runId;
    private int documents;
    private int measures;
    private int warnings;
    private int failed;
    private int reused;
    private int retriedAlone;

    RunTally(Workdir workdir, RunListener listener, RunId runId) {
        this.workdir = Objects.requireNonNull(workdir, "workdir");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.runId = Objects.requireNonNull(runId, "runId");
    }

    /**
     * @param alone no other document ran beside this one: an out-of-memory is then its own doing, and remembered
     */
    void announce(DocumentOutcome outcome, boolean alone) {
        if (outcome.report().isPresent()) {
            DocumentOutcome.ReportSummary r = outcome.report().get();
            documents++;
            measures += r.measures();
            warnings += r.warnings();
            reused += outcome.reused() ? 1 : 0;
        } else {
            failed++;
            record(outcome.failure().orElseThrow(), alone);
        }
        listener.finished(outcome);
    }

    void retryingAlone(int count) {
        retriedAlone += count;
        listener.retryingAlone(count);
    }

    RunSummary summary() {
        return new RunSummary(documents, measures, warnings, failed, reused, retriedAlone);
    }

    /** Logs the failure under this run and, when it lies in the bytes, remembers it so it is not tried again. */
    private void record(DocumentFailure f, boolean alone) {
        try {
            workdir.errorLog().append(runId, f);
        } catch (IOException e) {
            LOG.warn("cannot write {}: {}", workdir.root().resolve("errors.jsonl"), e.toString());
        }
        if (f.sha256().isPresent() && FailureMemory.remembers(f.kind(), alone)) {
            try {
                workdir.failureMemory().remember(f, runId);
            } catch (IOException e) {
                LOG.warn("cannot remember the failure of {}: {}", f.input(), e.toString());
            }
        }
    }
}
