package org.itaminer.model.layout;

import java.util.List;
import java.util.Objects;

/**
 * One page of a document.
 *
 * @param number 1-based page number
 * @param blocks paragraphs and tables in reading order
 * @param textLayer how usable the page's own text was; pages that are not {@link TextLayer.Quality#GOOD}
 *     are marked for OCR with the reason
 */
public record Page(int number, List<Block> blocks, TextLayer textLayer) {

    public Page {
        if (number < 1) {
            throw new IllegalArgumentException("page number must be >= 1, was " + number);
        }
        blocks = List.copyOf(blocks);
        Objects.requireNonNull(textLayer, "textLayer");
    }

    public Page(int number, List<Block> blocks) {
        this(number, blocks, TextLayer.GOOD);
    }
}
