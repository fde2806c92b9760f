package org.itaminer.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.itaminer.model.Warning;
import org.itaminer.model.report.Report;
import org.itaminer.pipeline.Workdir;
import org.itaminer.pipeline.errors.LoggedFailure;
import org.itaminer.pipeline.lookup.DocumentLookup;
import org.itaminer.pipeline.lookup.StoredDocument;
import org.itaminer.pipeline.store.Provenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code itaminer show}: one document's source, report in brief, warnings and failures. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show what the workdir holds on one document: where it was read from, its kind and measure "
                + "count, its warnings (kind and page) and its failures in every run.",
        footer = {"", "Examples:", "  itaminer show docs/plan_2568.pdf -w W     # by the file (its bytes) or the path",
            "  itaminer show 3f9a0c12be47 -w W           # by its digest, or a prefix of 6 or more digits",
            "  itaminer show 3f9a0c12be47#2 -w W         # by a measure id from `search`", ExitCodes.HELP})
public final class ShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkdirOptions workdirOptions;

    @Parameters(paramLabel = "FILE|SHA|ID", description = "The file, its digest (or a prefix), or a measure id.")
    String what;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!workdirOptions.existsOrSay(err)) {
            return ExitCodes.USAGE;
        }
        List<StoredDocument> found = DocumentLookup.find(new Workdir(workdirOptions.workdir()), what);
        if (found.isEmpty()) {
            err.println("no document in " + workdirOptions.workdir() + " is " + what);
            return ExitCodes.NOT_FOUND;
        }
        if (found.size() > 1) {
            err.printf(Locale.ROOT, "%d documents fit %s; give more of the digest:%n", found.size(), what);
            found.forEach(d -> err.println("  " + d.sha256().orElse("?") + "  " + d.sources().stream().findFirst()
                    .map(Provenance.Origin::fileName).orElse("")));
            return ExitCodes.USAGE;
        }
        print(out, found.get(0));
        out.flush();
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, StoredDocument d) {
        out.println("sha256:   " + d.sha256().orElse("(never read)"));
        for (Provenance.Origin o : d.sources()) {
            out.println("source:   " + o.uri() + "  (first read " + o.firstSeen() + ")");
        }
        if (d.report().isPresent()) {
            Report r = d.report().get();
            out.printf(Locale.ROOT, "kind:     %s%nmeasures: %d%ntitle:    %s%n", r.kind().value(), r.measures().size(),
                    r.title());
        } else {
            out.println("report:   none from this extractor version");
        }
        d.knownFailure().ifPresent(k -> out.println("failed for good: " + k.kind().value() + " (" + k.message()
                + "), not tried again until itaminer's reader changes"));
        out.printf(Locale.ROOT, "warnings: %d%n", d.warnings().size());
        for (Warning w : d.warnings()) {
            out.printf(Locale.ROOT, "  %-18s %-8s %s%n", w.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    w.page().isPresent() ? "page " + w.page().getAsInt() : "", w.text());
        }
        out.printf(Locale.ROOT, "errors:   %d%n", d.errors().size());
        for (LoggedFailure f : d.errors()) {
            out.println("  " + ErrorsCommand.ErrorLines.line(f, true));
        }
    }
}
