package org.itaminer.acquire.fetch;

import java.util.Locale;

/** Why a fetch gave no document. */
public enum FetchError {
    /** robots.txt disallows the URL (or a hop of its redirects) for this crawler: never requested. */
    ROBOTS(false),
    /** No connection or no response within the time-outs. */
    TIMEOUT(true),
    /** The connection failed or broke (refused, reset, DNS). */
    CONNECTION(true),
    /** An HTTP error status; 5xx and 429 are tried again. */
    HTTP_STATUS(false),
    /** The body is larger than the limit: given up while reading, nothing stored. */
    TOO_LARGE(false),
    /** A redirect leads back to an address already visited in the same chain. */
    REDIRECT_LOOP(false),
    /** More hops than allowed. */
    TOO_MANY_REDIRECTS(false),
    /** A redirect without a usable Location. */
    BAD_REDIRECT(false),
    /** An address the fetcher cannot request (not http/https, malformed). */
    BAD_URL(false);

    private final boolean transientByNature;

    FetchError(boolean transientByNature) {
        this.transientByNature = transientByNature;
    }

    /** Worth another try whatever the status: time-outs and broken connections. */
    boolean transientByNature() {
        return transientByNature;
    }

    /** The word in the registry and in messages: {@code too-large}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static FetchError of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
