package org.itaminer.pipeline.run;

import java.io.IOException;
import java.util.Objects;
import org.itaminer.model.DocumentFailure;
import org.itaminer.pipeline.DocumentOutcome;
import org.itaminer.pipeline.Workdir;
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
    private int documents;
    private int measures;
    private int warnings;
    private int failed;
    private int reused;
    private int retriedAlone;

    RunTally(Workdir workdir, RunListener listener) {
        this.workdir = Objects.requireNonNull(workdir, "workdir");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    void announce(DocumentOutcome outcome) {
        if (outcome.report().isPresent()) {
            DocumentOutcome.ReportSummary r = outcome.report().get();
            documents++;
            measures += r.measures();
            warnings += r.warnings();
            reused += outcome.reused() ? 1 : 0;
        } else {
            failed++;
            record(outcome.failure().orElseThrow());
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

    private void record(DocumentFailure f) {
        try {
            workdir.recordFailure(f.input(), f.sha256().orElse(null), f.stage().value(), f.kind().value(), f.message());
        } catch (IOException e) {
            LOG.warn("cannot write {}: {}", workdir.root().resolve("errors.jsonl"), e.toString());
        }
    }
}
