package org.itaminer.pipeline;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A document for a run: a local file (stored content-addressed as it is read), or an original already in the workdir's
 * store, such as a document a crawl fetched (its provenance names the web address).
 */
public sealed interface DocumentInput {

    /** What the run prints for it: the file's path, or the address it was fetched from. */
    String label();

    /** A file on disk. */
    record LocalFile(Path file) implements DocumentInput {

        public LocalFile {
            Objects.requireNonNull(file, "file");
        }

        @Override
        public String label() {
            return file.toString();
        }
    }

    /**
     * An original already stored in the workdir.
     *
     * @param sha256 its digest
     * @param label the address it came from
     */
    record Stored(String sha256, String label) implements DocumentInput {

        public Stored {
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(label, "label");
        }
    }
}
