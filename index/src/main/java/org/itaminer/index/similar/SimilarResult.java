package org.itaminer.index.similar;

import java.util.List;
import java.util.Objects;
import org.itaminer.index.query.SearchHit;

/**
 * The answer to {@link org.itaminer.index.MeasureIndex#similar}.
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
