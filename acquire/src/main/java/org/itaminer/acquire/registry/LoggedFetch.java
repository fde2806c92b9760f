package org.itaminer.acquire.registry;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * One fetch attempt with what the registry knows of its source (คำขอหนึ่งครั้งในทะเบียน): the row that
 * {@code itaminer registry --format} writes.
 *
 * @param url the address asked for
 * @param finalUrl where the redirects led
 * @param status the HTTP status (0: none came)
 * @param bytes the body's size, on the attempt that gave it
 * @param sha256 the body's digest, on the attempt that gave it
 * @param started when
 * @param millis how long
 * @param error the error's word ({@code timeout}, {@code too-large} …), if it failed
 * @param message the detail
 * @param foundOn the page the link was on; empty for a seed, robots.txt or a sitemap
 * @param anchor the link's text
 * @param kind what the source was requested as
 */
public record LoggedFetch(String url, String finalUrl, int status, long bytes, Optional<String> sha256,
                          Instant started, long millis, Optional<String> error, String message,
                          Optional<String> foundOn, String anchor, SourceKind kind) {

    /** The host asked, as the counts group it ("?" for an address without one). */
    public String host() {
        try {
            String host = URI.create(url).getHost();
            return host == null ? "?" : host;
        } catch (IllegalArgumentException e) {
            return "?";
        }
    }

    /** No body came: an error, or an HTTP status of 400 or more. */
    public boolean failed() {
        return error.isPresent() || status >= 400 || status == 0;
    }
}
