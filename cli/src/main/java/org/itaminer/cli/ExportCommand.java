package org.itaminer.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.itaminer.extract.report.Report;
import org.itaminer.extract.report.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code itaminer export}: the workdir's reports as a dataset. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the reports in the workdir as a dataset: JSONL is one schema-v1 report per line.",
        footer = {"", "Examples:", "  itaminer export --workdir W --format jsonl --out W/reports.jsonl",
            "  itaminer export -w W > reports.jsonl", ExitCodes.HELP})
public final class ExportCommand implements Callable<Integer> {

    /** Dataset formats. */
    public enum Format { jsonl }

    @Spec
    CommandSpec spec;

    @Mixin
    WorkdirOptions workdirOptions;

    @Option(names = "--format", defaultValue = "jsonl", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Output file (default: standard output).")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(workdirOptions.workdir())) {
            spec.commandLine().getErr().println("no workdir at " + workdirOptions.workdir() + "; run `itaminer run` first");
            return ExitCodes.USAGE;
        }
        Workdir workdir = new Workdir(workdirOptions.workdir());
        Workdir.StoredReports stored = workdir.storedReports();
        try (Writer w = out == null ? new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Report report : stored.reports()) {
                w.write(ReportJson.toLine(report));
                w.write('\n');
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        if (out != null) {
            spec.commandLine().getOut().printf("%d reports written to %s%n", stored.reports().size(), out);
        }
        if (!stored.missing().isEmpty()) {
            err.printf("%d stored documents have no report from this extractor version (failed, or not yet "
                    + "re-run): run `itaminer run` on them again%n", stored.missing().size());
        }
        return ExitCodes.OK;
    }
}
