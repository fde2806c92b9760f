package org.itaminer.acquire.crawl;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * One spelling per address, so that a link found twice is one source: crawler-commons' normalizer (host in lower
 * case, default port, fragment and dot segments removed, percent-encoding made uniform), in ASCII.
 */
public final class Urls {

    private static final BasicURLNormalizer NORMALIZER = BasicURLNormalizer.newBuilder().build();

    private Urls() {
    }

    /** The normalized http(s) address; empty for any other scheme or an address that cannot be one. */
    public static Optional<URI> normalize(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            return Optional.empty();
        }
        String normalized = NORMALIZER.filter(uri.toASCIIString());
        if (normalized == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(URI.create(normalized));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
