package org.itaminer.pipeline.stage;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An input document's bytes, stored content-addressed: what the ingest stage reads.
 *
 * @param sha256 hex digest of the bytes
 * @param file where the bytes are
 * @param uri the address they were first read from (file: or https:)
 * @param fileName the file's own name there
 */
public record StoredOriginal(String sha256, Path file, String uri, String fileName) {

    public StoredOriginal {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(fileName, "fileName");
    }
}
