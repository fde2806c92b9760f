package org.itaminer.acquire.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One try of a request, through its redirects: a row of the registry's fetch log.
 *
 * @param url the address asked for
 * @param finalUrl the last address reached (the same when there was no redirect)
 * @param status the last HTTP status, 0 when none came
 * @param hops redirects followed
 * @param started when the try began
 * @param millis how long it took
 * @param error why it gave no document, if it gave none
 * @param message the detail in words
 */
public record Attempt(URI url, URI finalUrl, int status, int hops, Instant started, long millis,
                      Optional<FetchError> error, String message) {

    public Attempt {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(finalUrl, "finalUrl");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(message, "message");
    }
}
