package org.itaminer.extract.measure;

import java.util.List;

/**
 * One way a document may set out its measures (a table, labelled paragraphs, a numbered list ...).
 * Extraction asks its readers in a declared order and keeps the first one's measures that finds any,
 * so a reader for a new layout slots in by taking its place in that order.
 */
@FunctionalInterface
public interface MeasureReader {

    /**
     * @param document the normalized document
     * @return the measures this reader finds, in document order; empty when the document does not set
     *     its measures out this way
     */
    List<MeasureDraft> read(DocumentContext document);
}
