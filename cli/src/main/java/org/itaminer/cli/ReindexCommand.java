package org.itaminer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.itaminer.extract.report.Report;
import org.itaminer.index.search.MeasureIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code itaminer reindex}: rebuild the search index from the stored reports. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild the search index (<workdir>/index) from every report the current extractor stored.",
        footer = {"", "Examples:", "  itaminer reindex -w W", ExitCodes.HELP})
public final class ReindexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkdirOptions workdirOptions;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(workdirOptions.workdir())) {
            spec.commandLine().getErr().println("no workdir at " + workdirOptions.workdir()
                    + "; run `itaminer run` first");
            return ExitCodes.USAGE;
        }
        Workdir workdir = new Workdir(workdirOptions.workdir());
        Workdir.StoredReports stored = workdir.storedReports();
        int measures;
        // from an empty folder: an index of another segmenter or an older layout is replaced, not refused
        deleteTree(workdir.indexFolder());
        try (MeasureIndex index = MeasureIndex.open(workdir.indexFolder())) {
            for (Report r : stored.reports()) {
                index.indexReport(r);
            }
            index.commit();
            measures = index.size();
        }
        out.printf(Locale.ROOT, "%d reports, %d measures indexed in %s%n", stored.reports().size(), measures,
                workdir.indexFolder());
        if (!stored.missing().isEmpty()) {
            spec.commandLine().getErr().printf(Locale.ROOT, "%d stored documents have no report from this extractor "
                    + "version: run `itaminer run` on them again%n", stored.missing().size());
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
