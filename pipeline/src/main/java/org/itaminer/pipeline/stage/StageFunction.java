package org.itaminer.pipeline.stage;

import org.itaminer.model.Stage;

/**
 * One stage of the pipeline: a function from one input record to one output record, with no I/O of its own but what
 * its records name. Runners put the I/O (the workdir's cache, a Beam collection) around it; a Beam {@code DoFn} wraps
 * one by calling {@link #apply} from its {@code @ProcessElement}, and makes it in {@code @Setup}.
 *
 * @param <I> the record the stage reads
 * @param <O> the record it makes
 */
public interface StageFunction<I, O> {

    /** Which stage this is, named in a failure. */
    Stage stage();

    /**
     * @throws StageException when this input cannot pass this stage (a bad document, not a bug)
     */
    O apply(I input) throws StageException;
}
