package org.itaminer.pipeline.run;

import org.itaminer.pipeline.DocumentOutcome;

/**
 * Told of a run's progress: a command line prints it, a web page pushes it. Called from one thread at a time, in the
 * order documents finish.
 */
public interface RunListener {

    /**
     * Before anything else, when the workdir's index was built by another itaminer: it is rebuilt from the stored
     * reports first, which takes a while on a large workdir.
     *
     * @param reason how the index differs
     */
    default void rebuildingIndex(String reason) {
    }

    /** Before the first document: how many there are. */
    default void started(int documents) {
    }

    /** One document is done: its report is stored and searchable, or it failed for good. */
    void finished(DocumentOutcome outcome);

    /**
     * Some documents ran out of memory while others were running beside them: they are run again one at a time, so
     * that only a document too large on its own is blamed.
     */
    default void retryingAlone(int documents) {
    }

    /** A listener that is told nothing. */
    static RunListener none() {
        return outcome -> { };
    }
}
