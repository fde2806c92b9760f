package org.itaminer.acquire.registry;

import java.time.Instant;
import java.util.Optional;

/**
 * One fetch attempt as the registry logged it.
 *
 * @param sourceId the source it was for
 * @param url the address asked for
 * @param finalUrl where the redirects led
 * @param status the HTTP status (0: none came)
 * @param hops redirects followed
 * @param started when
 * @param millis how long
 * @param error the error's word ({@code timeout}, {@code too-large} …), if it failed
 * @param message the detail
 * @param bytes the body's size, on the attempt that gave it
 * @param sha256 the body's digest, on the attempt that gave it
 */
public record FetchRow(long sourceId, String url, String finalUrl, int status, int hops, Instant started, long millis,
                       Optional<String> error, String message, long bytes, Optional<String> sha256) {
}
