package org.itaminer.acquire.fetch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * One HTTP exchange's outcome, before redirects and retries are judged.
 *
 * @param status the HTTP status, 0 when no response came
 * @param location the Location header of a redirect
 * @param retryAfter the Retry-After of a 429 or 503
 * @param validators ETag and Last-Modified
 * @param file the body, read in full, when the status is 2xx and it fit
 * @param bytes the body's size
 * @param sha256 the body's digest
 * @param fileName the name from Content-Disposition, if given
 * @param error what went wrong on the wire
 * @param message the detail
 */
record Reply(int status, Optional<String> location, Optional<Duration> retryAfter, Validators validators,
             Optional<Path> file, long bytes, String sha256, Optional<String> fileName, Optional<FetchError> error,
             String message) {

    static Reply failed(FetchError error, String message) {
        return new Reply(0, Optional.empty(), Optional.empty(), Validators.NONE, Optional.empty(), 0, "",
                Optional.empty(), Optional.of(error), message);
    }

    boolean isRedirect() {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** Worth another try: time-outs, broken connections, 5xx and 429. */
    boolean retryable() {
        if (error.isPresent() && error.get().transientByNature()) {
            return true;
        }
        return status == 429 || (status >= 500 && status <= 599);
    }
}
