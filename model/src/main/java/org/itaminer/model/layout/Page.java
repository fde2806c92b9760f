package org.itaminer.model.layout;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * One page of a document.
 *
 * @param number 1-based page number
 * @param blocks paragraphs and tables in reading order
 * @param textLayer how usable the page's own text was; pages that are not {@link TextLayer.Quality#GOOD}
 *     are marked for OCR with the reason
 * @param recognition how the page's text was recognised from its image; {@link Recognition#NONE} when it was
 *     not (a page with a usable text layer, or one OCR could not read)
 */
public record Page(int number, List<Block> blocks, TextLayer textLayer,
                   @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Recognition.NoneFilter.class)
                   Recognition recognition) {

    public Page {
        if (number < 1) {
            throw new IllegalArgumentException("page number must be >= 1, was " + number);
        }
        blocks = List.copyOf(blocks);
        Objects.requireNonNull(textLayer, "textLayer");
        recognition = recognition == null ? Recognition.NONE : recognition; // layouts written before OCR
    }

    public Page(int number, List<Block> blocks, TextLayer textLayer) {
        this(number, blocks, textLayer, Recognition.NONE);
    }

    public Page(int number, List<Block> blocks) {
        this(number, blocks, TextLayer.GOOD);
    }

    /** The same page (number, text layer, recognition) with other blocks: for steps that rewrite text. */
    public Page withBlocks(List<Block> newBlocks) {
        return new Page(number, newBlocks, textLayer, recognition);
    }

    /** True when the page has text to read: a usable text layer, or text recognised from its image. */
    public boolean readable() {
        return !textLayer.needsOcr() || recognition.recognised();
    }
}
