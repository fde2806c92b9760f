package org.itaminer.ingest.pdf;

import java.util.Optional;

/**
 * Turns one region a {@link TableDetector} found into a table (tabula's {@code ExtractionAlgorithm}): cells
 * where rulings cross ({@link LatticeExtractor}), or columns from text alignment ({@link StreamExtractor}).
 * Each table records its {@link org.itaminer.model.layout.TableMethod method}.
 *
 * @param <R> the region it reads
 */
interface TableExtractor<R> {

    /** The table of {@code region}, or empty when it holds no real table (a frame, a box, a list). */
    Optional<ExtractedTable> extract(R region);
}
