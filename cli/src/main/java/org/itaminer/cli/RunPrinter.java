package org.itaminer.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.itaminer.ingest.ocr.Ocr;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.itaminer.model.DocumentFailure;
import org.itaminer.pipeline.DocumentOutcome;
import org.itaminer.pipeline.Workdir;
import org.itaminer.pipeline.errors.RunId;
import org.itaminer.pipeline.input.InputScan;
import org.itaminer.pipeline.input.SkipReason;
import org.itaminer.pipeline.store.CorruptFile;
import org.itaminer.pipeline.run.RunListener;
import org.itaminer.pipeline.run.RunSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints a run as it goes: one line per document on standard output the moment it is done (flushed, so a file or a
 * pipe gets it then too), and, on a terminal only, a progress line on standard error redrawn in place.
 */
final class RunPrinter implements RunListener {

    private static final Logger LOG = LoggerFactory.getLogger(RunPrinter.class);

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean lines;
    private final LongSupplier nanoTime;
    private int total;
    private int done;
    private int failed;
    private long started;
    private final ProgressLine progressLine;

    /**
     * @param lines a line per document (not with {@code --quiet})
     * @param progress a progress line on {@code err} (a terminal only)
     */
    RunPrinter(PrintWriter out, PrintWriter err, boolean lines, boolean progress, LongSupplier nanoTime) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.lines = lines;
        this.progressLine = new ProgressLine(err, progress);
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    @Override
    public void rebuildingIndex(String reason) {
        err.println(reason + "; rebuilding it from the stored reports");
        err.flush();
    }

    @Override
    public void started(int documents) {
        total = documents;
        started = nanoTime.getAsLong();
    }

    @Override
    public void finished(DocumentOutcome o) {
        done++;
        failed += o.ok() ? 0 : 1;
        if (lines) {
            progressLine.clear();
            out.println(line(o));
            out.flush();
        }
        long now = nanoTime.getAsLong();
        if (progressLine.due(now, done == total)) {
            drawProgress(now);
        }
    }

    @Override
    public void retryingAlone(int documents) {
        LOG.info("{} documents ran out of memory beside others: running them again one at a time", documents);
    }

    static String line(DocumentOutcome o) {
        if (o.report().isPresent()) {
            DocumentOutcome.ReportSummary r = o.report().get();
            return String.format(Locale.ROOT, "ok    %-6s %4d measures %3d warnings  %s", r.kind().value(), r.measures(),
                    r.warnings(), o.input());
        }
        DocumentFailure f = o.failure().orElseThrow();
        return String.format(Locale.ROOT, "FAIL  %s %s: %s  %s", f.stage().value(), f.kind().value(), f.message(),
                o.input());
    }

    /** Prints the totals; returns the exit code they call for. */
    /**
     * The run's totals; then what the input walk passed over, stage files made again, and where this run's failures
     * are listed.
     */
    int summary(RunSummary s, Workdir workdir, InputScan scan, RunId runId) {
        return summary(s, workdir, scan, runId, new Ocr.Counts(0, 0));
    }

    /** The same, with the run's pages read by OCR: by the engine and from the workdir's OCR cache. */
    int summary(RunSummary s, Workdir workdir, InputScan scan, RunId runId, Ocr.Counts ocr) {
        progressLine.clear();
        for (InputScan.Skipped skipped : scan.skipped()) {
            if (lines || skipped.reason() == SkipReason.UNREADABLE) {
                out.printf(Locale.ROOT, "skip  %-10s %s: %s%n", skipped.reason().word(), skipped.path(),
                        skipped.detail());
            }
        }
        out.printf(Locale.ROOT, "%d documents, %d measures, %d warnings, %d errors (%d reused from %s)%n",
                s.documents(), s.measures(), s.warnings(), s.failed(), s.reused(), workdir.root());
        if (!scan.summary().isEmpty()) {
            out.println(scan.summary());
        }
        if (ocr.read() + ocr.fromCache() > 0) {
            out.printf(Locale.ROOT, "OCR: %d pages, %d of them from the cache (%s)%n", ocr.read() + ocr.fromCache(),
                    ocr.fromCache(), workdir.ocrCacheFolder());
        }
        if (ocr.cellsRead() + ocr.cellsFromCache() > 0) {
            out.printf(Locale.ROOT, "OCR: %d table cells read again on their own, %d of them from the cache%n",
                    ocr.cellsRead() + ocr.cellsFromCache(), ocr.cellsFromCache());
        }
        for (CorruptFile c : workdir.corruptFiles()) {
            out.printf(Locale.ROOT, "made again: %s%n", c);
        }
        if (s.retriedAlone() > 0) {
            out.printf(Locale.ROOT, "%d documents ran out of memory beside others and were run again alone%n",
                    s.retriedAlone());
        }
        boolean failed = s.failed() > 0 || !scan.unreadable().isEmpty();
        if (failed) {
            out.printf(Locale.ROOT, "this run's failures (run %s): itaminer errors -w %s%n", runId, workdir.root());
        }
        out.printf(Locale.ROOT, "%d measures indexed in %s%n", s.measures(), workdir.indexFolder());
        out.flush();
        return failed ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    /** When the run could not go on: how far it got, from the counts kept here; returns the exit code. */
    int stopped(Throwable cause, Workdir workdir) {
        progressLine.clear();
        out.flush();
        err.println("the run stopped after " + done + " of " + total + " documents (" + failed + " failed): " + cause
                + "; every document printed above is stored and searchable in " + workdir.root()
                + "; run again to do the rest");
        err.flush();
        return ExitCodes.FAILURE;
    }

    private void drawProgress(long now) {
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        String text = String.format(Locale.ROOT, "%d/%d documents  %.1f/s  %d failed", done, total, done / seconds,
                failed);
        progressLine.draw(text, now);
    }
}
