package org.itaminer.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.itaminer.index.history.AgencyHistories;
import org.itaminer.index.history.AgencyHistory;
import org.itaminer.index.reconcile.MeasurePair;
import org.itaminer.index.reconcile.ReconciliationRows;
import org.itaminer.model.report.Assessment;
import org.itaminer.model.report.Measure;
import org.itaminer.model.report.Report;
import org.itaminer.pipeline.Workdir;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code itaminer history}: an agency year over year. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "An agency year over year: its documents by fiscal year, the ITA score and grade its documents "
                + "cite for each assessed year, and its measures kept, dropped and new from one year to the next "
                + "(a year's measures are its plan's, else its report's; paired by wording and theme as in "
                + "`reconcile`).",
        footer = {"", "Examples:", "  itaminer history --agency ห้วยยาง -w W",
            "  itaminer history --agency \"อบต.ห้วยยาง\" -w W", ExitCodes.HELP})
public final class HistoryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkdirOptions workdirOptions;

    @Option(names = "--agency", required = true, paramLabel = "NAME", description = "The agency (a part of its name).")
    String agency;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!workdirOptions.existsOrSay(err)) {
            return ExitCodes.USAGE;
        }
        List<Report> all = new Workdir(workdirOptions.workdir()).storedReports().reports();
        List<AgencyHistory> found = AgencyHistories.over(all).matching(all, agency);
        PrintWriter out = spec.commandLine().getOut();
        if (found.isEmpty()) {
            err.println("no agency named like \"" + agency + "\" in " + workdirOptions.workdir());
            return ExitCodes.NOT_FOUND;
        }
        StringBuilder s = new StringBuilder();
        for (AgencyHistory h : found) {
            s.append(h.agency().name()).append(" (").append(h.agency().optionalProvince().orElse("?")).append(")\n");
            for (AgencyHistory.Year y : h.years()) {
                s.append("  ").append(y.fiscalYear()).append(':');
                for (Report r : y.documents()) {
                    s.append(String.format(Locale.ROOT, " %s %s (%d measures)", r.kind().value(),
                            r.source().fileName(), r.measures().size()));
                }
                s.append('\n');
            }
            s.append("  ITA score:");
            for (Assessment a : h.scores()) {
                s.append(String.format(Locale.ROOT, " %d %.2f%s", a.fiscalYear(), a.score(),
                        a.optionalGrade().map(g -> " (" + g + ")").orElse("")));
            }
            s.append(h.scores().isEmpty() ? " none cited\n" : "\n");
            for (AgencyHistory.Change c : h.changes()) {
                s.append(String.format(Locale.ROOT, "  %d → %d: %d kept, %d dropped, %d new%n", c.from(), c.to(),
                        c.kept().size(), c.dropped().size(), c.added().size()));
                for (MeasurePair p : c.kept()) {
                    s.append(String.format(Locale.ROOT, "    kept %.2f  %s %s → %s %s%n", p.score(),
                            ReconciliationRows.label(p.left()), p.left().title(), ReconciliationRows.label(p.right()),
                            p.right().title()));
                }
                for (Measure m : c.dropped()) {
                    s.append("    dropped  ").append(m.title()).append('\n');
                }
                for (Measure m : c.added()) {
                    s.append("    new      ").append(m.title()).append('\n');
                }
            }
        }
        out.print(TerminalText.forStdout(s.toString()));
        out.flush();
        return ExitCodes.OK;
    }
}
