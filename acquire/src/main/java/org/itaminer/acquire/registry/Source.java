package org.itaminer.acquire.registry;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One address in the registry (แหล่งเอกสาร): where it was found and what became of it.
 *
 * @param id the registry's key
 * @param url the address, normalized
 * @param site the agency site it belongs to (its registered domain)
 * @param foundOn the page the link was on; empty for a seed
 * @param anchor the link's text (and title, image alt)
 * @param depth links from the seed
 * @param score how strongly the link points to an ITA document
 * @param state what became of it
 * @param finalUrl where its redirects led
 * @param status the last HTTP status
 * @param sha256 the stored bytes' digest, for a document
 * @param mediaType the type judged from the bytes
 * @param bytes the body's size
 * @param etag the last ETag, for {@code --refresh}
 * @param lastModified the last Last-Modified, for {@code --refresh}
 * @param note why it is not a document (error and message, or why it was not wanted)
 * @param hints values a manifest gave (agency, province …), carried to the document's provenance
 * @param kind what it was requested as
 */
public record Source(long id, String url, String site, Optional<String> foundOn, String anchor, int depth, int score,
                     SourceState state, Optional<String> finalUrl, int status, Optional<String> sha256,
                     Optional<String> mediaType, long bytes, Optional<String> etag, Optional<String> lastModified,
                     String note, Map<String, String> hints, SourceKind kind) {

    public Source {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(kind, "kind");
        hints = Map.copyOf(hints);
    }
}
