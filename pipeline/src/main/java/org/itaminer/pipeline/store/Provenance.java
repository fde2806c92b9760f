package org.itaminer.pipeline.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
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
     * @param hints what a crawl manifest said of the agency there (agency, province, district, agencyType,
     *     fiscalYear, indicator); empty for local files, and left out of the JSON then
     */
    public record Origin(String uri, String fileName, Instant firstSeen,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> hints) {

        public Origin {
            hints = hints == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(hints));
        }

        public Origin(String uri, String fileName, Instant firstSeen) {
            this(uri, fileName, firstSeen, Map.of());
        }
    }

    /** The first place the bytes were read from. */
    public Origin first() {
        return sources.get(0);
    }
}
