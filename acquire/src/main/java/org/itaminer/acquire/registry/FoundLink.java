package org.itaminer.acquire.registry;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A source to add: a seed, or a link found on a page.
 *
 * @param url the address, normalized
 * @param site the agency site it counts for
 * @param foundOn the page it was on, empty for a seed
 * @param anchor the link's text
 * @param depth links from the seed
 * @param score ITA score
 * @param state {@link SourceState#PENDING} to fetch, or why not
 * @param note why not, in words
 * @param hints manifest values
 * @param kind what it is requested as: robots.txt, a sitemap, or a page or document judged from its address
 */
public record FoundLink(String url, String site, Optional<String> foundOn, String anchor, int depth, int score,
                        SourceState state, String note, Map<String, String> hints, SourceKind kind) {

    public FoundLink {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(foundOn, "foundOn");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(kind, "kind");
        hints = Map.copyOf(hints);
    }

    public static FoundLink seed(String url, String site, Map<String, String> hints) {
        return new FoundLink(url, site, Optional.empty(), "", 0, 0, SourceState.PENDING, "", hints,
                SourceKind.PAGE);
    }
}
