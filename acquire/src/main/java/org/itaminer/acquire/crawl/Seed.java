package org.itaminer.acquire.crawl;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * Where a crawl of an agency starts.
 *
 * @param url the agency's web page (or a document)
 * @param hints what a manifest says of the agency (agency, province, district, agencyType, fiscalYear, indicator)
 */
public record Seed(URI url, Map<String, String> hints) {

    public Seed {
        Objects.requireNonNull(url, "url");
        hints = Map.copyOf(hints);
    }

    public static Seed of(String url) {
        return new Seed(URI.create(url), Map.of());
    }
}
