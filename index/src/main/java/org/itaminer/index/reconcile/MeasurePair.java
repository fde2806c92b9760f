package org.itaminer.index.reconcile;

import java.util.Objects;
import java.util.Set;
import org.itaminer.index.theme.Theme;
import org.itaminer.model.report.Measure;

/**
 * A measure of one document paired with its account in another: a planned measure and the report's account of it
 * (หรือ the same measure in two years' plans).
 *
 * @param left the earlier document's measure (the plan's, last year's)
 * @param right the later document's measure (the report's, this year's)
 * @param score how alike they are, 0–1 ({@link MeasureSimilarity})
 * @param sharedThemes the ITA themes both carry
 */
public record MeasurePair(Measure left, Measure right, double score, Set<Theme> sharedThemes) {

    public MeasurePair {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        sharedThemes = Set.copyOf(sharedThemes);
    }
}
