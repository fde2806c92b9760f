package org.itaminer.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.itaminer.index.export.ReportFilter;
import org.itaminer.index.query.SearchRequest;
import org.itaminer.index.reconcile.MeasurePair;
import org.itaminer.index.reconcile.Reconciler;
import org.itaminer.index.reconcile.Reconciliation;
import org.itaminer.index.reconcile.ReconciliationRows;
import org.itaminer.index.reconcile.ReportedShares;
import org.itaminer.model.report.Measure;
import org.itaminer.model.report.Report;
import org.itaminer.model.report.ReportJson;
import org.itaminer.pipeline.Workdir;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code itaminer reconcile}: did the agency do what it planned? Plan measures paired with the report's. */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = {"For each agency and fiscal year with both a plan and a report in the workdir, pair each planned "
                + "measure with the report's account of it (by wording and ITA theme; order and numbers play no part), "
                + "with a similarity score 0-1; list the planned measures the report does not account for and the "
                + "reported ones no plan announced; then the share of planned measures reported by province and by "
                + "agency type. The same agency written differently (อบต./องค์การบริหารส่วนตำบล, จังหวัด…) is matched; "
                + "two agencies of one name in different provinces are not."},
        footer = {"", "Examples:", "  itaminer reconcile -w W", "  itaminer reconcile -w W --agency ห้วยยาง --year 2568",
            "  itaminer reconcile -w W --province กระบี่ --format csv --out W/reconcile.csv",
            "  itaminer reconcile -w W --format json", ExitCodes.HELP})
public final class ReconcileCommand implements Callable<Integer> {

    /** Output formats. */
    public enum Format { text, csv, json }

    @Spec
    CommandSpec spec;

    @Mixin
    WorkdirOptions workdirOptions;

    @Mixin
    FilterOptions filters;

    @Option(names = "--agency", paramLabel = "NAME", description = "Only agencies whose name holds this "
            + "(ห้วยยาง, อบต.ห้วยยาง).")
    String agency;

    @Option(names = "--format", defaultValue = "text", description = "text, csv (UTF-8 with a BOM) or json "
            + "(default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!workdirOptions.existsOrSay(err)) {
            return ExitCodes.USAGE;
        }
        Optional<SearchRequest> parsed = filters.request("", SearchRequest.DEFAULT_LIMIT, err);
        if (parsed.isEmpty()) {
            return ExitCodes.USAGE;
        }
        Workdir workdir = new Workdir(workdirOptions.workdir());
        Workdir.StoredReports stored = workdir.storedReports();
        List<Reconciliation> found = reconcile(stored.reports(), ReportFilter.of(parsed.get()), agency);
        byte[] bytes = render(found);
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(TerminalText.forStdout(new String(bytes, StandardCharsets.UTF_8)));
            stdout.flush();
        } else {
            Optional<OutputStream> file = OutFile.open(out, err);
            if (file.isEmpty()) {
                return ExitCodes.USAGE;
            }
            try (OutputStream stream = file.get()) {
                stream.write(bytes);
            }
            spec.commandLine().getOut().printf(Locale.ROOT, "%d agency-years reconciled, written to %s%n",
                    found.size(), out);
            spec.commandLine().getOut().flush();
        }
        for (org.itaminer.pipeline.store.CorruptFile c : stored.corrupt()) {
            err.printf("passed over %s; `itaminer run` makes it again%n", c);
        }
        return ExitCodes.OK;
    }

    /**
     * The reconciliations of the stored reports that pass the filters (the kind filter is ignored: it takes both); word
     * rarity is learnt from all stored reports.
     */
    static List<Reconciliation> reconcile(List<Report> all, ReportFilter filter, String agencyName) {
        return Reconciler.filtered(all, filter, Optional.ofNullable(agencyName));
    }

    private byte[] render(List<Reconciliation> found) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        switch (format) {
            case csv -> ReconciliationRows.writeCsv(found, bytes);
            case json -> bytes.write((ReportJson.mapper().writeValueAsString(ReconciliationRows.tree(found)) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            case text -> bytes.write(text(found).getBytes(StandardCharsets.UTF_8));
            default -> throw new IllegalStateException("unhandled format " + format);
        }
        return bytes.toByteArray();
    }

    static String text(List<Reconciliation> found) {
        StringBuilder s = new StringBuilder();
        if (found.isEmpty()) {
            return "no agency has both a plan and a report for the same fiscal year among the filtered documents\n";
        }
        for (Reconciliation r : found) {
            s.append(String.format(Locale.ROOT, "%s (%s) %d: %d of %d planned measures reported (%.0f%%)%n",
                    r.agency().name(), r.agency().optionalProvince().orElse("?"), r.fiscalYear(), r.pairs().size(),
                    r.planned(), 100 * r.shareReported()));
            for (MeasurePair p : r.pairs()) {
                s.append(String.format(Locale.ROOT, "  %.2f  plan %s %s%n        report %s %s%n", p.score(),
                        ReconciliationRows.label(p.left()), p.left().title(), ReconciliationRows.label(p.right()),
                        p.right().title()));
            }
            for (Measure m : r.unreported()) {
                s.append("  not reported: plan ").append(ReconciliationRows.label(m)).append(' ')
                        .append(m.title()).append('\n');
            }
            for (Measure m : r.unplanned()) {
                s.append("  not planned:  report ").append(ReconciliationRows.label(m)).append(' ')
                        .append(m.title()).append('\n');
            }
        }
        ReportedShares shares = ReportedShares.of(found);
        s.append("\nshare of planned measures reported\n");
        for (ReportedShares.Share sh : shares.byProvince()) {
            s.append(share("province " + (sh.group().isEmpty() ? "?" : sh.group()), sh));
        }
        for (ReportedShares.Share sh : shares.byAgencyType()) {
            s.append(share("type " + sh.group(), sh));
        }
        s.append(share("all", shares.overall()));
        return s.toString();
    }

    private static String share(String label, ReportedShares.Share sh) {
        return String.format(Locale.ROOT, "  %-30s %3d/%-3d %5.1f%%  (%d agency-years)%n", label, sh.reported(),
                sh.planned(), 100 * sh.share(), sh.reconciled());
    }
}
