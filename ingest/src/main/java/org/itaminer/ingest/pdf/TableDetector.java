package org.itaminer.ingest.pdf;

import java.util.List;

/**
 * Finds where tables may be, without reading them (tabula's {@code DetectionAlgorithm}): the ruled regions of a
 * page ({@link RulingTableDetector}), or the runs of aligned lines among the text outside them
 * ({@link AlignedLineDetector}). A {@link TableExtractor} turns each region into a table or nothing.
 *
 * @param <S> what is searched: a page, or its lines
 * @param <R> the regions found
 */
interface TableDetector<S, R> {

    /** The candidate regions of {@code source}, in the order they are to be tried; empty when there are none. */
    List<R> detect(S source);
}
