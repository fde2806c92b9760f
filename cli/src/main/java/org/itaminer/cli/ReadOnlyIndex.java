package org.itaminer.cli;

import org.itaminer.pipeline.Workdir;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import org.apache.lucene.index.IndexNotFoundException;
import org.itaminer.index.MeasureIndex;
import org.itaminer.index.write.OutdatedIndexException;

/** Opening the workdir's index for reading, saying what to do when there is none or it is out of date. */
final class ReadOnlyIndex {

    private ReadOnlyIndex() {
    }

    /** The index, or empty after printing to {@code err} why it cannot be read (a usage error). */
    static Optional<MeasureIndex> open(WorkdirOptions options, PrintWriter err) throws IOException {
        if (!options.existsOrSay(err)) {
            return Optional.empty();
        }
        Workdir workdir = new Workdir(options.workdir());
        try {
            return Optional.of(MeasureIndex.openReadOnly(workdir.indexFolder()));
        } catch (IndexNotFoundException e) {
            err.println("no index in " + workdir.indexFolder() + "; run `itaminer reindex` (or `itaminer run`) first");
        } catch (OutdatedIndexException e) {
            err.println(e.getMessage()); // built by another segmenter or an older itaminer: names the fix
        }
        return Optional.empty();
    }
}
