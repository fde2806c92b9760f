package org.itaminer.ingest.pdf;

import java.util.List;

/**
 * What the table and paragraph algorithms see of one page, free of PDFBox types: glyph clusters and
 * rulings in reading space.
 *
 * @param number 1-based page number
 * @param width page width in reading space
 * @param height page height in reading space
 * @param glyphs character clusters (base plus attached marks), in content-stream order
 * @param rulings merged horizontal and vertical rulings
 * @param invisibleShare share of characters drawn in invisible rendering mode (OCR layers)
 * @param rotation the rotation (degrees) applied to make the dominant text direction horizontal
 * @param imageCoverage share of the page's area that drawn images cover (0 to 1; overlaps counted twice,
 *        then capped): near 1 on a scan
 */
record PageContent(int number, double width, double height, List<Glyph> glyphs, List<Ruling> rulings,
                   double invisibleShare, int rotation, double imageCoverage) {

    PageContent {
        glyphs = List.copyOf(glyphs);
        rulings = List.copyOf(rulings);
    }

    List<Ruling> horizontals() {
        return rulings.stream().filter(Ruling::horizontal).toList();
    }

    List<Ruling> verticals() {
        return rulings.stream().filter(r -> !r.horizontal()).toList();
    }
}
