package org.itaminer.ingest.pdf;

import java.util.List;

/**
 * What the stream extractor reads: a run of a page's lines that may be a table without rulings, with the left
 * edges of its columns.
 *
 * @param lines all lines outside ruled tables, top to bottom
 * @param first the run's first line, an index into {@code lines}
 * @param last its last line (inclusive)
 * @param columns the left edge of each column, left to right (the first is the run's left edge); a single
 *     entry when no gutter runs down the run
 */
record LineRun(List<TextLine> lines, int first, int last, List<Double> columns) {

    LineRun {
        lines = List.copyOf(lines);
        columns = List.copyOf(columns);
    }
}
