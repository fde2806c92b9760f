package org.itaminer.pipeline.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Where a stored original came from: every address its bytes were read from, first one first.
 *
 * @param sha256 hex digest of the bytes
 * @param size byte count
 * @param sources the places, in the order first seen
 */
public record Provenance(String sha256, long size, List<Origin> sources) {

    public Provenance {
        Objects.requireNonNull(sha256, "sha256");
        sources = List.copyOf(sources);
    }

    /**
     * One place the bytes were read from.
     *
     * @param uri file: or https: address
     * @param fileName the file's own name there
     * @param firstSeen when itaminer first read it there
     */
    public record Origin(String uri, String fileName, Instant firstSeen) {
    }

    /** The first place the bytes were read from. */
    public Origin first() {
        return sources.get(0);
    }
}
