package org.itaminer.pipeline.stage;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import org.itaminer.index.search.MeasureIndex;
import org.itaminer.model.FailureKind;
import org.itaminer.model.Stage;
import org.itaminer.model.report.Report;

/**
 * Index write (ทำดัชนี): a report's measures into the search index, replacing the report's earlier ones. One writer
 * serves a whole run and every thread of it; nothing is searchable until {@link #commit}, which a runner calls
 * regularly (a Beam {@code DoFn} would call it in {@code @FinishBundle}) and before it announces a document as done.
 *
 * @see MeasureIndex#indexReport
 */
public final class IndexWriteStage implements StageFunction<Report, Integer>, Closeable {

    private final MeasureIndex index;

    public IndexWriteStage(MeasureIndex index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    /** Opens (creating if needed) the index in {@code folder} for writing. */
    public static IndexWriteStage open(Path folder) throws IOException {
        return new IndexWriteStage(MeasureIndex.open(folder));
    }

    @Override
    public Stage stage() {
        return Stage.INDEX;
    }

    /** Returns the number of measures written. */
    @Override
    public Integer apply(Report report) throws StageException {
        try {
            index.indexReport(report);
            return report.measures().size();
        } catch (IOException | UncheckedIOException e) {
            throw new StageException(Stage.INDEX, FailureKind.IO, "cannot write to the index: " + e, e);
        }
    }

    /** Makes every report written so far searchable, and durable: a process killed after this keeps them. */
    public void commit() throws IOException {
        index.commit();
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
