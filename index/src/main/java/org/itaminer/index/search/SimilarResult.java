package org.itaminer.index.search;

import java.util.List;
import java.util.Objects;

/**
 * The answer to {@link MeasureIndex#similar}.
 *
 * @param measure the measure asked about
 * @param hits measures of other agencies, those sharing most of its themes first, then by closeness of wording
 */
public record SimilarResult(SearchHit measure, List<SearchHit> hits) {

    public SimilarResult {
        Objects.requireNonNull(measure, "measure");
        hits = List.copyOf(hits);
    }
}
