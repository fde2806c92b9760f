package org.itaminer.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.itaminer.pipeline.input.InputOptions;
import org.itaminer.pipeline.input.InputWalk;

/**
 * Expands the inputs of a run: files as given, folders recursively (sorted; hidden files, links out of the folders
 * and {@code *.expected.json} answer files skipped). For what was skipped and why, use {@link InputWalk#scan}.
 */
public final class Inputs {

    private Inputs() {
    }

    /** The files to read; a folder that cannot be read is passed over, not thrown. */
    public static List<Path> expand(List<Path> inputs) {
        return InputWalk.scan(inputs, InputOptions.DEFAULT).files();
    }
}
