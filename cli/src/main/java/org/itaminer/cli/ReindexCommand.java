package org.itaminer.cli;

import org.itaminer.pipeline.IndexRebuild;
import org.itaminer.pipeline.Workdir;
import org.itaminer.pipeline.WorkdirLock;
import org.itaminer.pipeline.store.CorruptFile;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code itaminer reindex}: rebuild the search index from the stored reports. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild the search index (<workdir>/index) from every report the current extractor stored. "
                + "The new index is built beside the old one and then put in its place: searches meanwhile use the old.",
        footer = {"", "Examples:", "  itaminer reindex -w W", ExitCodes.HELP})
public final class ReindexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkdirOptions workdirOptions;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!workdirOptions.existsOrSay(spec.commandLine().getErr())) {
            return ExitCodes.USAGE;
        }
        WorkdirLock lock;
        try {
            lock = WorkdirLock.acquire(workdirOptions.workdir());
        } catch (java.io.IOException e) {
            spec.commandLine().getErr().println(WorkdirOptions.whyNot(workdirOptions.workdir(), e));
            return WorkdirOptions.exitCode(e);
        }
        Workdir workdir;
        Workdir.StoredReports stored;
        int measures;
        try (lock) {
            workdir = new Workdir(workdirOptions.workdir());
            stored = workdir.storedReports();
            measures = IndexRebuild.rebuild(workdir, stored.reports());
        }
        out.printf(Locale.ROOT, "%d reports, %d measures indexed in %s%n", stored.reports().size(), measures,
                workdir.indexFolder());
        for (CorruptFile c : stored.corrupt()) {
            spec.commandLine().getErr().printf(Locale.ROOT, "passed over %s; `itaminer run` makes it again%n", c);
        }
        stored.noReportNote(workdir.root()).ifPresent(spec.commandLine().getErr()::println);
        out.flush();
        return ExitCodes.OK;
    }
}
