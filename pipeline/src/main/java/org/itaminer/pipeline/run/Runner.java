package org.itaminer.pipeline.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.itaminer.pipeline.DocumentInput;

/**
 * Runs documents through the pipeline and into the index, telling a listener about each as it finishes. The local
 * runner is a thread pool over the workdir; a Beam runner would be a graph of the same stages.
 */
public interface Runner {

    /**
     * @param files the documents, as {@code Inputs.expand} lists them
     * @param listener told of each document's outcome once its report is searchable (or it failed)
     * @return the run's counts
     * @throws IOException when the run cannot go on at all (the index cannot be opened or written)
     */
    default RunSummary run(List<Path> files, RunListener listener) throws IOException {
        return runInputs(files.stream().<DocumentInput>map(DocumentInput.LocalFile::new).toList(), listener);
    }

    /**
     * Runs local files and originals already in the workdir (documents a crawl fetched) alike.
     *
     * @param documents the documents, in order
     * @param listener told of each document's outcome once its report is searchable (or it failed)
     * @return the run's counts
     * @throws IOException when the run cannot go on at all
     */
    RunSummary runInputs(List<DocumentInput> documents, RunListener listener) throws IOException;
}
