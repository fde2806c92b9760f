package org.itaminer.pipeline;

import org.itaminer.pipeline.store.Folders;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.itaminer.index.write.MeasureIndexWriter;
import org.itaminer.model.report.Report;
import org.itaminer.pipeline.errors.RunId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a workdir's index anew from stored reports: {@code reindex}, and {@code run} when it finds an index built by
 * another itaminer. Always from an empty folder: an index of another segmenter, field layout or theme rules is
 * replaced, never opened (it would be refused, and its fields would clash with the new ones). The new index is built
 * in a folder beside {@code index/} and then put in its place by renaming the folders, so the old index stays whole
 * and searchable until then: a search opened on it keeps its open files (on POSIX file systems), and the next search
 * opens the new one. Between the two renames there is no {@code index/} for an instant; a failed second rename puts
 * the old one back.
 */
public final class IndexRebuild {

    private static final Logger LOG = LoggerFactory.getLogger(IndexRebuild.class);
    static final String NEW = "index.new-";
    static final String OLD = "index.old-";

    private IndexRebuild() {
    }

    /** Replaces the index of {@code workdir} with one of {@code reports}; returns its measure count. */
    public static int rebuild(Workdir workdir, List<Report> reports) throws IOException {
        Path index = workdir.indexFolder();
        removeLeftovers(index.getParent());
        String suffix = RunId.next().value();
        Path fresh = index.resolveSibling(NEW + suffix);
        int size;
        try (MeasureIndexWriter built = MeasureIndexWriter.open(fresh)) {
            for (Report r : reports) {
                built.indexReport(r);
            }
            built.commit();
            size = built.size();
        } catch (IOException | RuntimeException | Error e) {
            deleteQuietly(fresh);
            throw e;
        }
        swap(fresh, index, index.resolveSibling(OLD + suffix));
        return size;
    }

    private static void swap(Path fresh, Path index, Path old) throws IOException {
        if (!Files.exists(index)) {
            Files.move(fresh, index, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Files.move(index, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(fresh, index, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, index, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        deleteQuietly(old);
    }

    /** Folders a rebuild that crashed left behind (the workdir lock keeps two rebuilds from running at once). */
    private static void removeLeftovers(Path workdir) throws IOException {
        if (!Files.isDirectory(workdir)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(workdir,
                p -> p.getFileName().toString().startsWith(NEW) || p.getFileName().toString().startsWith(OLD))) {
            for (Path p : entries) {
                deleteQuietly(p);
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            Folders.deleteTree(dir);
        } catch (IOException e) {
            LOG.warn("cannot remove {} (the next rebuild tries again): {}", dir, e.toString());
        }
    }
}
