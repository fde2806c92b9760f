package org.itaminer.extract.meta;

/**
 * A normalized line of a document with where it stands, for the metadata finders.
 *
 * @param text the line
 * @param page 1-based page
 * @param origin what kind of block held it
 * @param paragraph index of the paragraph (or table) in document order
 */
public record TextLine(String text, int page, Origin origin, int paragraph) {

    public enum Origin {
        /** A short line of one of the first paragraphs: headings, the agency line. */
        HEADING(4.0),
        PARAGRAPH(1.0),
        /** A table cell. */
        CELL(0.5);

        private final double weight;

        Origin(double weight) {
            this.weight = weight;
        }

        /** How much a name found here counts, relative to running text. */
        public double weight() {
            return weight;
        }
    }
}
