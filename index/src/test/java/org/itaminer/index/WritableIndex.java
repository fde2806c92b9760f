package org.itaminer.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.itaminer.index.analysis.Segmenter;
import org.itaminer.index.analysis.ThaiSearchAnalyzer;
import org.itaminer.index.compare.ThemeMatrix;
import org.itaminer.index.query.SearchRequest;
import org.itaminer.index.query.SearchResult;
import org.itaminer.index.similar.SimilarResult;
import org.itaminer.index.write.MeasureIndexWriter;
import org.itaminer.model.report.Report;

/**
 * For tests: a {@link MeasureIndexWriter} and the {@link MeasureIndex} that searches its changes as they are made,
 * opened and closed together, so that a test indexes and searches through one name.
 */
public final class WritableIndex implements Closeable {

    private final MeasureIndexWriter writer;
    private final MeasureIndex index;

    private WritableIndex(MeasureIndexWriter writer) throws IOException {
        this.writer = writer;
        try {
            this.index = MeasureIndex.of(writer);
        } catch (IOException | RuntimeException e) {
            writer.close();
            throw e;
        }
    }

    public static WritableIndex open(Path folder) throws IOException {
        return open(folder, ThaiSearchAnalyzer.DEFAULT_SEGMENTER);
    }

    public static WritableIndex open(Path folder, Segmenter segmenter) throws IOException {
        return new WritableIndex(MeasureIndexWriter.open(folder, segmenter));
    }

    public MeasureIndexWriter writer() {
        return writer;
    }

    public MeasureIndex index() {
        return index;
    }

    public void indexReport(Report report) throws IOException {
        writer.indexReport(report);
    }

    public void commit() throws IOException {
        writer.commit();
    }

    /** The writer's count; {@link MeasureIndex#size()} must agree with it. */
    public int size() throws IOException {
        int size = writer.size();
        if (index.size() != size) {
            throw new AssertionError("the writer holds " + size + " measures, its index shows " + index.size());
        }
        return size;
    }

    public SearchResult search(SearchRequest request) throws IOException {
        return index.search(request);
    }

    public ThemeMatrix compare(SearchRequest request) throws IOException {
        return index.compare(request);
    }

    public Optional<SimilarResult> similar(String measureId, int limit) throws IOException {
        return index.similar(measureId, limit);
    }

    @Override
    public void close() throws IOException {
        try (writer) {
            index.close();
        }
    }
}
