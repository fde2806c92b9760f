package org.itaminer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.itaminer.ingest.ocr.Ocr;
import java.util.Optional;
import org.itaminer.model.DocumentFailure;
import org.itaminer.model.FailureKind;
import org.itaminer.model.Stage;
import org.itaminer.pipeline.errors.RunId;
import org.itaminer.pipeline.input.InputOptions;
import org.itaminer.pipeline.input.InputScan;
import org.itaminer.pipeline.input.InputWalk;
import org.itaminer.pipeline.DocumentInput;
import org.itaminer.pipeline.Workdir;
import org.itaminer.pipeline.WorkdirOcr;
import org.itaminer.pipeline.acquire.WebAcquisition;
import org.itaminer.pipeline.WorkdirLock;
import org.itaminer.pipeline.run.LocalRunner;
import org.itaminer.pipeline.run.RunSummary;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code itaminer run}: ingest and extract files and folders into the workdir. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Ingest and extract documents (files or folders, recursively) into the workdir, reusing "
                + "earlier work for unchanged bytes, index their measures for `search` as they are done, and print "
                + "a line per file as it finishes and the totals. A run stopped midway keeps every document it "
                + "printed: run again to do the rest.",
        footer = {"", "Examples:", "  itaminer run                          # samples/ into ./itaminer-data",
            "  itaminer run ~/ita/2568 --workdir W   # a folder tree", "  itaminer run a.txt b.pdf -w W",
            ExitCodes.HELP})
public final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkdirOptions workdirOptions;

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Files, folders, or web addresses of documents "
            + "(fetched politely, as `crawl` does, without following links) (default: samples).")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--user-agent", paramLabel = "TEXT", description = "The User-Agent sent when an INPUT is a web "
            + "address (default: ${DEFAULT-VALUE}).")
    String userAgent = org.itaminer.acquire.fetch.FetchSettings.DEFAULT_USER_AGENT;

    @Option(names = "--threads", paramLabel = "N", description = "Documents processed at once (default: the cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--quiet", description = "Print only the totals and errors: no line per file, no progress line, "
            + "no warnings.")
    boolean quiet;

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Skip files in input folders whose path (relative "
            + "to the folder) or name matches, e.g. '*.md' or 'drafts/**'. Repeatable.")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--follow-links", description = "Follow symbolic links out of the input folders (never round a "
            + "loop). Without it, a link is read only when it leads to a file inside the input folders.")
    boolean followLinks;

    @Option(names = "--commit-every", paramLabel = "MS", description = "How long a finished document may wait to be "
            + "committed to the index (searchable, and its line printed); fewer commits are faster on a slow disk. 0: "
            + "as soon as the last commit is done (default: 300).")
    long commitEveryMillis = LocalRunner.COMMIT_INTERVAL.toMillis();

    @Option(names = {"-v", "--verbose"}, description = "Log what each stage does, and the trace of internal errors.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        Logging.configure(verbose, quiet);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = new ArrayList<>();
        List<org.itaminer.acquire.crawl.Seed> addresses = new ArrayList<>();
        for (String input : inputs) {
            if (input.regionMatches(true, 0, "http://", 0, 7) || input.regionMatches(true, 0, "https://", 0, 8)) {
                try {
                    addresses.add(new org.itaminer.acquire.crawl.Seed(
                            org.itaminer.acquire.fetch.Links.toUri(input), java.util.Map.of()));
                } catch (IllegalArgumentException e) {
                    err.println("not a web address: " + input);
                    return ExitCodes.USAGE;
                }
            } else {
                files.add(Path.of(input));
            }
        }
        InputScan scan = InputWalk.scan(inputs.isEmpty() ? List.of(Path.of("samples")) : files,
                new InputOptions(followLinks, excludes));
        Path dir = workdirOptions.workdir();
        try (WorkdirLock lock = WorkdirLock.acquire(dir)) {
            Workdir workdir = new Workdir(dir);
            RunId runId = RunId.next();
            workdir.errorLog().startRun(runId);
            for (InputScan.Skipped unreadable : scan.unreadable()) {
                workdir.errorLog().append(runId, new DocumentFailure(unreadable.path().toString(), Optional.empty(),
                        Stage.READ, FailureKind.IO, "cannot read: " + unreadable.detail()));
            }
            // the progress line is for a person watching: not in a file or a pipe
            RunPrinter printer = new RunPrinter(out, err, !quiet, !quiet && System.console() != null,
                    System::nanoTime);
            List<DocumentInput> documents = new ArrayList<>();
            scan.files().forEach(f -> documents.add(new DocumentInput.LocalFile(f)));
            int notFetched = 0;
            if (!addresses.isEmpty()) {
                WebAcquisition.Fetched fetched;
                try {
                    fetched = WebAcquisition.fetch(workdir, addresses, org.itaminer.acquire.fetch.FetchSettings
                            .defaults().withUserAgent(userAgent), new CrawlPrinter(out, !quiet));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    err.println("stopped while fetching; run the same command again to go on");
                    return ExitCodes.FAILURE;
                }
                documents.addAll(fetched.documents());
                for (java.util.Map.Entry<String, String> f : fetched.failures()) {
                    out.println("FAIL  fetch: " + f.getValue() + "  " + f.getKey());
                    workdir.errorLog().append(runId, new DocumentFailure(f.getKey(), Optional.empty(), Stage.READ,
                            FailureKind.NOT_FOUND, "fetch: " + f.getValue()));
                }
                notFetched = fetched.failures().size();
            }
            RunSummary summary;
            Ocr ocr = WorkdirOcr.of(workdir);
            try {
                summary = new LocalRunner(workdir, WorkdirOcr.standardIngest(ocr), threads, runId, Duration.ofMillis(Math.max(0, commitEveryMillis)))
                        .runInputs(documents, printer);
            } catch (RuntimeException | OutOfMemoryError e) {
                // the run's own memory is free again here: say how far it got, in one line
                LoggerFactory.getLogger(RunCommand.class).debug("the run stopped", e);
                return printer.stopped(e, workdir);
            }
            int code = printer.summary(summary, workdir, scan, runId, ocr.counts());
            return notFetched > 0 && code == ExitCodes.OK ? ExitCodes.SOME_FAILED : code;
        } catch (IOException e) {
            err.println(WorkdirOptions.whyNot(dir, e));
            err.flush();
            return WorkdirOptions.exitCode(e);
        }
    }
}
