package org.itaminer.cli;

import org.itaminer.pipeline.Workdir;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.itaminer.model.report.Report;
import org.itaminer.model.report.ReportJson;
import org.itaminer.index.export.CsvExport;
import org.itaminer.index.export.JsonlExport;
import org.itaminer.index.export.LocalPaths;
import org.itaminer.index.export.MeasureTable;
import org.itaminer.index.export.ReportFilter;
import org.itaminer.index.export.XlsxExport;
import org.itaminer.index.query.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code itaminer export}: the workdir's reports as a dataset. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the reports in the workdir as a dataset: jsonl is one schema-v1 report per line; csv one "
                + "row per measure with its report's columns (UTF-8 with a BOM; a text cell a spreadsheet would take "
                + "for a formula, = + - @ first, gets a ' before it, as OWASP advises); xlsx a workbook with the sheets "
                + "Reports, Measures and IndicatorScores. A document's local path is left out unless --with-paths.",
            "The filters are those of `search`. A report is exported when its own fields pass them and, with "
                + "--indicator, at least one of its measures cites the indicator; a jsonl line is always the whole "
                + "report. csv rows and the Measures sheet hold only the measures that pass."},
        footer = {"", "Examples:", "  itaminer export --workdir W --format jsonl --out W/reports.jsonl",
            "  itaminer export -w W --format csv --out W/measures.csv",
            "  itaminer export -w W --format xlsx --province นครนายก --year 2567 --out W/nakhonnayok.xlsx",
            "  itaminer export -w W --indicator O36 > o36.jsonl",
            "  itaminer export -w W --format csv --with-paths --out W/with-paths.csv", ExitCodes.HELP})
public final class ExportCommand implements Callable<Integer> {

    /** Dataset formats. */
    public enum Format { jsonl, csv, xlsx }

    @Spec
    CommandSpec spec;

    @Mixin
    WorkdirOptions workdirOptions;

    @Mixin
    FilterOptions filters;

    @Option(names = "--format", defaultValue = "jsonl", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Output file (default: standard output; "
            + "xlsx only when that is redirected to a file or a pipe). Missing folders are made.")
    Path out;

    @Option(names = "--reconciliation", description = "Write the plan ↔ report reconciliation of the filtered "
            + "reports instead (as `itaminer reconcile` computes it): csv, one row per pair, unreported planned "
            + "measure and unplanned reported measure (xlsx: the same rows in one sheet); jsonl, one line per "
            + "agency-year with its rows.")
    boolean reconciliation;

    @Option(names = "--with-paths", description = "Keep where each document was read on this machine (its file: "
            + "path) in source.uri and the uri column. Without it a local path becomes file:NAME; http(s) addresses, "
            + "file names and SHA-256 are always kept.")
    boolean withPaths;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!workdirOptions.existsOrSay(err)) {
            return ExitCodes.USAGE;
        }
        if (format == Format.xlsx && out == null && TerminalText.stdoutIsTerminal()) {
            err.println("an xlsx workbook is binary and standard output is a terminal: give --out FILE, "
                    + "or redirect (> FILE)");
            return ExitCodes.USAGE;
        }
        ReportFilter filter = ReportFilter.of(filters.request("", SearchRequest.DEFAULT_LIMIT));
        Workdir workdir = new Workdir(workdirOptions.workdir());
        if (reconciliation) {
            return writeReconciliation(workdir, filter, err);
        }
        Workdir.StoredReports stored = workdir.storedReports();
        List<Report> reports = filter.reports(stored.reports());
        if (!withPaths) {
            reports = reports.stream().map(LocalPaths::hidden).toList();
        }
        if (out == null) {
            write(reports, filter, System.out);
            System.out.flush();
        } else {
            Optional<OutputStream> file = OutFile.open(out, err);
            if (file.isEmpty()) {
                return ExitCodes.USAGE;
            }
            try (OutputStream stream = file.get()) {
                write(reports, filter, stream);
            }
        }
        if (out != null) {
            spec.commandLine().getOut().printf(Locale.ROOT, "%d reports (%d measures) written to %s%s%n",
                    reports.size(), MeasureTable.measureRows(reports, filter).size(), out,
                    filter.isNone() ? "" : " (of " + stored.reports().size() + " reports)");
        }
        for (org.itaminer.pipeline.store.CorruptFile c : stored.corrupt()) {
            err.printf("passed over %s; `itaminer run` makes it again%n", c);
        }
        stored.noReportNote(workdir.root()).ifPresent(err::println);
        return ExitCodes.OK;
    }

    private int writeReconciliation(Workdir workdir, ReportFilter filter, PrintWriter err) throws IOException {
        List<org.itaminer.index.reconcile.Reconciliation> found =
                ReconcileCommand.reconcile(workdir.storedReports().reports(), filter, null);
        OutputStream stream = System.out;
        if (out != null) {
            Optional<OutputStream> file = OutFile.open(out, err);
            if (file.isEmpty()) {
                return ExitCodes.USAGE;
            }
            stream = file.get();
        }
        try {
            switch (format) {
                case csv -> org.itaminer.index.reconcile.ReconciliationRows.writeCsv(found, stream);
                case xlsx -> org.itaminer.index.reconcile.ReconciliationRows.writeXlsx(found, stream);
                default -> org.itaminer.index.reconcile.ReconciliationRows.writeJsonl(found, stream);
            }
        } finally {
            if (out != null) {
                stream.close();
            }
        }
        if (out != null) {
            spec.commandLine().getOut().printf(Locale.ROOT, "%d agency-years reconciled, written to %s%n",
                    found.size(), out);
        }
        return ExitCodes.OK;
    }

    private void write(List<Report> reports, ReportFilter filter, OutputStream stream) throws IOException {
        switch (format) {
            case jsonl -> JsonlExport.write(reports, stream);
            case csv -> CsvExport.write(reports, filter, stream);
            case xlsx -> XlsxExport.write(reports, filter, stream);
            default -> throw new IllegalStateException("unhandled format " + format);
        }
    }
}
