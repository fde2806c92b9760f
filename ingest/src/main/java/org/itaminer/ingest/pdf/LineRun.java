package org.itaminer.ingest.pdf;

import java.util.List;

/**
 * What the stream extractor reads: a run of a page's lines that may be a table without rulings, with each
 * line cut into segments at wide gaps.
 *
 * @param lines all lines outside ruled tables, top to bottom
 * @param segments the segments of each of {@code lines}
 * @param first the run's first line, an index into {@code lines}
 * @param last its last line (inclusive)
 */
record LineRun(List<TextLine> lines, List<List<LineRun.Segment>> segments, int first, int last) {

    /** A stretch of one line between two wide gaps, with its left and right edges. */
    record Segment(String text, double x0, double x1) {
    }
}
