package org.itaminer.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.itaminer.model.report.Report;
import org.itaminer.index.write.MeasureIndexWriter;

/**
 * Builds a workdir's index anew from stored reports: {@code reindex}, and {@code run} when it finds an index built by
 * another itaminer. Always from an empty folder: an index of another segmenter, field layout or theme rules is
 * replaced, never opened (it would be refused, and its fields would clash with the new ones).
 */
public final class IndexRebuild {

    private IndexRebuild() {
    }

    /** Replaces the index of {@code workdir} with one of {@code reports}; returns its measure count. */
    public static int rebuild(Workdir workdir, List<Report> reports) throws IOException {
        deleteTree(workdir.indexFolder());
        try (MeasureIndexWriter index = MeasureIndexWriter.open(workdir.indexFolder())) {
            for (Report r : reports) {
                index.indexReport(r);
            }
            index.commit();
            return index.size();
        }
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
