package org.itaminer.acquire.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How the fetcher behaves towards the sites it visits.
 *
 * @param userAgent sent with every request and matched against robots.txt groups; names the project
 * @param politeness the least time between two requests to one host; a larger robots.txt Crawl-delay wins
 * @param maxCrawlDelay a robots.txt Crawl-delay above this is capped to it (a site asking for an hour between requests
 *     would never be done)
 * @param connectTimeout time to open a connection
 * @param readTimeout time until the response's headers arrive, and again for reading its body
 * @param maxBytes the largest body read; a larger one is given up while streaming, never stored
 * @param maxRedirects hops followed before giving up
 * @param attempts tries of one request in all, when it times out or the server answers 5xx or 429
 * @param backoff the wait before the second try; doubled before each next one
 * @param maxRetryAfter a 429/503 Retry-After longer than this is not waited for: the request fails
 */
public record FetchSettings(String userAgent, Duration politeness, Duration maxCrawlDelay, Duration connectTimeout,
                            Duration readTimeout, long maxBytes, int maxRedirects, int attempts, Duration backoff,
                            Duration maxRetryAfter) {

    /** The robots.txt name of this crawler: the first word of the default User-Agent. */
    public static final String ROBOT_NAME = "itaminer";
    public static final String DEFAULT_USER_AGENT =
            "itaminer/0.1 (+ITA document collection for research; robots.txt honoured)";

    public FetchSettings {
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(politeness, "politeness");
        Objects.requireNonNull(maxCrawlDelay, "maxCrawlDelay");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        if (userAgent.isBlank() || maxBytes <= 0 || maxRedirects < 0 || attempts < 1) {
            throw new IllegalArgumentException("bad fetch settings: " + userAgent + ", " + maxBytes + " bytes, "
                    + maxRedirects + " redirects, " + attempts + " attempts");
        }
    }

    /** One second between requests to a host, 10 s time-outs, 50 MB, 5 hops, 3 tries from 2 s apart. */
    public static FetchSettings defaults() {
        return new FetchSettings(DEFAULT_USER_AGENT, Duration.ofSeconds(1), Duration.ofSeconds(30),
                Duration.ofSeconds(10), Duration.ofSeconds(15), 50L << 20, 5, 3, Duration.ofSeconds(2),
                Duration.ofSeconds(60));
    }

    public FetchSettings withUserAgent(String ua) {
        return new FetchSettings(ua, politeness, maxCrawlDelay, connectTimeout, readTimeout, maxBytes, maxRedirects,
                attempts, backoff, maxRetryAfter);
    }

    public FetchSettings withPoliteness(Duration delay) {
        return new FetchSettings(userAgent, delay, maxCrawlDelay, connectTimeout, readTimeout, maxBytes, maxRedirects,
                attempts, backoff, maxRetryAfter);
    }

    public FetchSettings withTimeouts(Duration connect, Duration read) {
        return new FetchSettings(userAgent, politeness, maxCrawlDelay, connect, read, maxBytes, maxRedirects,
                attempts, backoff, maxRetryAfter);
    }

    public FetchSettings withMaxBytes(long bytes) {
        return new FetchSettings(userAgent, politeness, maxCrawlDelay, connectTimeout, readTimeout, bytes,
                maxRedirects, attempts, backoff, maxRetryAfter);
    }

    public FetchSettings withRetries(int tries, Duration firstBackoff) {
        return new FetchSettings(userAgent, politeness, maxCrawlDelay, connectTimeout, readTimeout, maxBytes,
                maxRedirects, tries, firstBackoff, maxRetryAfter);
    }

    /** The token matched against robots.txt {@code User-agent:} lines: the User-Agent's first word, lower case. */
    public String robotName() {
        String first = userAgent.strip().split("[\\s/;(]", 2)[0].toLowerCase(java.util.Locale.ROOT);
        return first.isEmpty() ? ROBOT_NAME : first;
    }
}
