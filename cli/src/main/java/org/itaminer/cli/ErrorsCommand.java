package org.itaminer.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.itaminer.pipeline.Workdir;
import org.itaminer.pipeline.errors.ErrorLog;
import org.itaminer.pipeline.errors.LoggedFailure;
import org.itaminer.pipeline.errors.RunId;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code itaminer errors}: the failures of the latest run (or of one run, or of all). */
@Command(name = "errors", mixinStandardHelpOptions = true,
        description = "List the documents that failed in the latest run (from <workdir>/errors.jsonl): stage, kind "
                + "and cause. Failures of earlier runs are shown with --run or --all.",
        footer = {"", "Examples:", "  itaminer errors -w W", "  itaminer errors -w W --run 20261204T010203Z-abcd",
            "  itaminer errors -w W --all", ExitCodes.HELP})
public final class ErrorsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkdirOptions workdirOptions;

    @ArgGroup(exclusive = true)
    Which which = new Which();

    /** One run or all of them. */
    static final class Which {
        @Option(names = "--run", paramLabel = "ID", description = "The run's id, as `run` prints it.")
        String run;

        @Option(names = "--all", description = "Every run's failures, oldest first.")
        boolean all;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!workdirOptions.existsOrSay(err)) {
            return ExitCodes.USAGE;
        }
        Optional<RunId> run;
        try {
            run = Optional.ofNullable(which.run).map(RunId::new);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return ExitCodes.USAGE;
        }
        ErrorLog log = new Workdir(workdirOptions.workdir()).errorLog();
        ErrorLog.RunFailures chosen = log.select(run, which.all);
        String what = which.all ? "all runs" : chosen.run().map(r -> "run " + r).orElse("no run yet");
        out.printf(Locale.ROOT, "%s: %d failures%n", what, chosen.failures().size());
        for (LoggedFailure f : chosen.failures()) {
            out.println(ErrorLines.line(f, which.all));
        }
        if (!chosen.brokenLines().isEmpty()) {
            err.printf(Locale.ROOT, "passed over %d broken lines of %s (lines %s)%n", chosen.brokenLines().size(),
                    log.file(), chosen.brokenLines());
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** How a failure line prints, here and in {@code show}. */
    static final class ErrorLines {
        private ErrorLines() {
        }

        static String line(LoggedFailure f, boolean withRun) {
            return String.format(Locale.ROOT, "%s%-7s %-18s %s: %s", withRun
                    ? f.run().map(RunId::value).orElse("(no run id)") + "  " : "", f.failure().stage().value(),
                    f.failure().kind().value(), f.failure().input(), f.failure().message());
        }
    }
}
