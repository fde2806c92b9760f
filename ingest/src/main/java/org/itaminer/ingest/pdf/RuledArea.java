package org.itaminer.ingest.pdf;

import java.util.List;

/**
 * What the lattice extractor reads: a ruled region and the glyphs inside it that no earlier table took.
 *
 * @param region the crossing rulings and their bounding box
 * @param glyphs the glyphs whose centre lies inside it
 */
record RuledArea(TableRegion region, List<Glyph> glyphs) {

    RuledArea {
        glyphs = List.copyOf(glyphs);
    }
}
