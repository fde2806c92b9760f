package org.itaminer.acquire.fetch;

import java.util.Optional;

/**
 * What a server said about a version of a document, sent back to ask whether it changed (a conditional request:
 * {@code If-None-Match}, {@code If-Modified-Since}).
 *
 * @param etag the {@code ETag} header as the server sent it
 * @param lastModified the {@code Last-Modified} header as the server sent it
 */
public record Validators(Optional<String> etag, Optional<String> lastModified) {

    public static final Validators NONE = new Validators(Optional.empty(), Optional.empty());

    public boolean isEmpty() {
        return etag.isEmpty() && lastModified.isEmpty();
    }
}
