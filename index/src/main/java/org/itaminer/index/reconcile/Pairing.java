package org.itaminer.index.reconcile;

import java.util.List;

/**
 * The measures of two documents, paired.
 *
 * @param pairs the pairs, in the left document's order
 * @param leftOnly the left document's measures with no pair (planned, not reported; or dropped since last year)
 * @param rightOnly the right document's measures with no pair (reported, never planned; or new this year)
 */
public record Pairing(List<MeasurePair> pairs, List<org.itaminer.model.report.Measure> leftOnly,
                      List<org.itaminer.model.report.Measure> rightOnly) {

    public Pairing {
        pairs = List.copyOf(pairs);
        leftOnly = List.copyOf(leftOnly);
        rightOnly = List.copyOf(rightOnly);
    }

    /** The share of the left document's measures that found a pair, 0–1 (1 when it has none). */
    public double leftShare() {
        int n = pairs.size() + leftOnly.size();
        return n == 0 ? 1.0 : (double) pairs.size() / n;
    }
}
