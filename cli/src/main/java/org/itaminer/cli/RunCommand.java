package org.itaminer.cli;

import org.itaminer.pipeline.DocumentOutcome;
import org.itaminer.pipeline.IndexRebuild;
import java.util.Optional;
import org.itaminer.ingest.Ingest;
import org.itaminer.model.DocumentFailure;
import org.itaminer.model.FailureKind;
import org.itaminer.model.Stage;
import org.itaminer.pipeline.errors.RunId;
import org.itaminer.pipeline.input.InputOptions;
import org.itaminer.pipeline.input.InputScan;
import org.itaminer.pipeline.input.InputWalk;
import org.itaminer.pipeline.input.SkipReason;
import org.itaminer.pipeline.Pipeline;
import org.itaminer.pipeline.Workdir;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.itaminer.index.write.MeasureIndexWriter;
import org.itaminer.index.write.OutdatedIndexException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code itaminer run}: ingest and extract files and folders into the workdir. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Ingest and extract documents (files or folders, recursively) into the workdir, reusing "
                + "earlier work for unchanged bytes, index their measures for `search`, and print a summary per file "
                + "and in total.",
        footer = {"", "Examples:", "  itaminer run                          # samples/ into ./itaminer-data",
            "  itaminer run ~/ita/2568 --workdir W   # a folder tree", "  itaminer run a.txt b.pdf -w W",
            ExitCodes.HELP})
public final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkdirOptions workdirOptions;

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Files or folders (default: samples).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", description = "Documents processed at once (default: the cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--quiet", description = "Print only the totals, not a line per file.")
    boolean quiet;

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Skip files in input folders whose path (relative "
            + "to the folder) or name matches, e.g. '*.md' or 'drafts/**'. Repeatable.")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--follow-links", description = "Follow symbolic links out of the input folders (never round a "
            + "loop). Without it, a link is read only when it leads to a file inside the input folders.")
    boolean followLinks;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        InputScan scan = InputWalk.scan(inputs.isEmpty() ? List.of(Path.of("samples")) : inputs,
                new InputOptions(followLinks, excludes));
        List<Path> files = scan.files();
        Workdir workdir = new Workdir(workdirOptions.workdir());
        RunId runId = RunId.next();
        workdir.errorLog().startRun(runId);
        Pipeline pipeline = new Pipeline(workdir, Ingest.standard(), runId);
        for (InputScan.Skipped unreadable : scan.unreadable()) {
            workdir.errorLog().append(runId, new DocumentFailure(unreadable.path().toString(), Optional.empty(),
                    Stage.READ, FailureKind.IO, "cannot read: " + unreadable.detail()));
        }
        List<DocumentOutcome> outcomes = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<DocumentOutcome>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> pipeline.process(f)));
            }
            for (int i = 0; i < futures.size(); i++) {
                try {
                    outcomes.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    // the pipeline turns a document's failures into its outcome; what still escapes (an
                    // Error thrown outside a document's own processing) fails that document, not the batch
                    Throwable cause = e.getCause() == null ? e : e.getCause();
                    String input = files.get(i).toString();
                    outcomes.add(DocumentOutcome.failed(input, null, "run", "internal-error", cause.toString()));
                    try {
                        workdir.errorLog().append(runId, new DocumentFailure(input, Optional.empty(), Stage.RUN,
                                FailureKind.INTERNAL_ERROR, cause.toString()));
                    } catch (java.io.IOException io) {
                        spec.commandLine().getErr().println("cannot write errors.jsonl: " + io);
                    }
                }
            }
        } finally {
            pool.shutdown();
        }
        int indexed = index(workdir, outcomes);
        int code = printSummary(out, outcomes, workdir, scan, runId);
        out.printf(Locale.ROOT, "%d measures indexed in %s%n", indexed, workdir.indexFolder());
        out.flush();
        return code;
    }

    /** Puts every extracted report's measures into the index (replacing earlier ones); returns the measure count. */
    private int index(Workdir workdir, List<DocumentOutcome> outcomes) throws IOException {
        MeasureIndexWriter opened;
        try {
            opened = MeasureIndexWriter.open(workdir.indexFolder());
        } catch (OutdatedIndexException e) {
            // built by an older itaminer (fields, theme rules, segmenter): rebuilt from every stored report
            spec.commandLine().getErr().println(e.reason() + "; rebuilding it from the stored reports");
            IndexRebuild.rebuild(workdir, workdir.storedReports().reports());
            opened = MeasureIndexWriter.open(workdir.indexFolder());
        }
        int measures = 0;
        try (MeasureIndexWriter index = opened) {
            for (DocumentOutcome o : outcomes) {
                if (o.ok()) {
                    index.indexReport(o.report());
                    measures += o.report().measures().size();
                }
            }
            index.commit();
        }
        return measures;
    }

    private int printSummary(PrintWriter out, List<DocumentOutcome> outcomes, Workdir workdir, InputScan scan,
                             RunId runId) {
        for (InputScan.Skipped s : scan.skipped()) {
            if (!quiet || s.reason() == SkipReason.UNREADABLE) {
                out.printf(Locale.ROOT, "skip  %-10s %s: %s%n", s.reason().word(), s.path(), s.detail());
            }
        }
        int docs = 0;
        int measures = 0;
        int warnings = 0;
        int errors = 0;
        int reused = 0;
        for (DocumentOutcome o : outcomes) {
            if (o.ok()) {
                docs++;
                measures += o.report().measures().size();
                warnings += o.report().warnings().size();
                reused += o.reused() ? 1 : 0;
                if (!quiet) {
                    out.printf(Locale.ROOT, "ok    %-6s %4d measures %3d warnings  %s%n", o.report().kind().value(),
                            o.report().measures().size(), o.report().warnings().size(), o.input());
                }
            } else {
                errors++;
                if (!quiet) {
                    out.printf(Locale.ROOT, "FAIL  %s %s: %s  %s%n", o.stage(), o.errorKind(), o.message(), o.input());
                }
            }
        }
        out.printf(Locale.ROOT, "%d documents, %d measures, %d warnings, %d errors (%d reused from %s)%n",
                docs, measures, warnings, errors, reused, workdir.root());
        if (!scan.summary().isEmpty()) {
            out.println(scan.summary());
        }
        for (org.itaminer.pipeline.store.CorruptFile c : workdir.corruptFiles()) {
            out.printf(Locale.ROOT, "made again: %s%n", c);
        }
        if (errors > 0 || !scan.unreadable().isEmpty()) {
            out.printf(Locale.ROOT, "this run's failures (run %s): itaminer errors -w %s%n", runId, workdir.root());
        }
        out.flush();
        return errors > 0 || !scan.unreadable().isEmpty() ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }
}
