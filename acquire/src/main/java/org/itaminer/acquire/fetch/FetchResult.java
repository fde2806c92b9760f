package org.itaminer.acquire.fetch;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of fetching one address, after retries and redirects.
 *
 * @param url the address asked for
 * @param finalUrl where the last redirect led
 * @param status the last HTTP status (0 when none came, 304 when not modified)
 * @param body the bytes, when a document came
 * @param error why none came
 * @param message the detail in words
 * @param validators the response's ETag and Last-Modified, for a later conditional request
 * @param attempts every try, in order
 */
public record FetchResult(URI url, URI finalUrl, int status, Optional<Body> body, Optional<FetchError> error,
                          String message, Validators validators, List<Attempt> attempts) {

    public FetchResult {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(finalUrl, "finalUrl");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(validators, "validators");
        attempts = List.copyOf(attempts);
    }

    /** The server said the document has not changed since the validators sent. */
    public boolean notModified() {
        return status == 304 && error.isEmpty();
    }
}
