package org.itaminer.index.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.itaminer.index.facet.FacetValue;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param totalHits how many measures match (all of them, not only those returned)
 * @param hits the best hits, best first, at most the request's limit
 * @param facets per dimension (province, agencyType, fiscalYear, kind, indicator) the values among all matches,
 *               most frequent first; a dimension no match has is absent
 */
public record SearchResult(long totalHits, List<SearchHit> hits, Map<String, List<FacetValue>> facets) {

    public SearchResult {
        hits = List.copyOf(hits);
        Map<String, List<FacetValue>> copy = new LinkedHashMap<>();
        facets.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        facets = java.util.Collections.unmodifiableMap(copy);
    }
}
