package org.itaminer.pipeline.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file in the workdir that does not parse (truncated by a crash or a full disk, emptied, edited by hand): passed
 * over as if it were missing, so the stage that made it makes it again.
 *
 * @param file the file
 * @param cause why it does not parse, in words
 */
public record CorruptFile(Path file, String cause) {

    public CorruptFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(cause, "cause");
    }

    /** The first line of a parser's message: Jackson appends the source and a location over several lines. */
    static CorruptFile of(Path file, Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = message.indexOf('\n');
        return new CorruptFile(file, nl < 0 ? message : message.substring(0, nl));
    }

    @Override
    public String toString() {
        return file + " (" + cause + ")";
    }
}
