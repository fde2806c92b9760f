package org.itaminer.model.layout;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One page of a document.
 *
 * @param number 1-based page number
 * @param blocks paragraphs and tables in reading order
 * @param textLayer how usable the page's own text was; pages that are not {@link TextLayer.Quality#GOOD}
 *     are marked for OCR with the reason
 * @param recognition how the page's text was recognised from its image; {@link Recognition#NONE} when it was
 *     not (a page with a usable text layer, or one OCR could not read)
 * @param words the words OCR read, each with its confidence and its place in {@code blocks}, in block order;
 *     empty for a page not read by OCR (and left out of its JSON, as in layouts written before words were kept)
 */
public record Page(int number, List<Block> blocks, TextLayer textLayer,
                   @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Recognition.NoneFilter.class)
                   Recognition recognition,
                   @JsonInclude(JsonInclude.Include.NON_EMPTY) List<RecognizedWord> words) {

    public Page {
        if (number < 1) {
            throw new IllegalArgumentException("page number must be >= 1, was " + number);
        }
        blocks = List.copyOf(blocks);
        Objects.requireNonNull(textLayer, "textLayer");
        recognition = recognition == null ? Recognition.NONE : recognition; // layouts written before OCR
        words = words == null ? List.of() : List.copyOf(words); // layouts written before words were kept
    }

    public Page(int number, List<Block> blocks, TextLayer textLayer, Recognition recognition) {
        this(number, blocks, textLayer, recognition, List.of());
    }

    public Page(int number, List<Block> blocks, TextLayer textLayer) {
        this(number, blocks, textLayer, Recognition.NONE);
    }

    public Page(int number, List<Block> blocks) {
        this(number, blocks, TextLayer.GOOD);
    }

    /**
     * The same page (number, text layer, recognition, words) with other blocks: for steps that rewrite text. The
     * words keep their places, which a step that drops or reorders blocks leaves stale.
     */
    public Page withBlocks(List<Block> newBlocks) {
        return new Page(number, newBlocks, textLayer, recognition, words);
    }

    /** The same page (number, blocks, text layer, words) with another recognition: for what OCR adds after. */
    public Page withRecognition(Recognition newRecognition) {
        return new Page(number, blocks, textLayer, newRecognition, words);
    }

    /**
     * The confidence of what OCR read at a place ({@link RecognizedWord} says how a place is addressed): the mean of
     * its characters' confidences, so a long word weighs more than a stray mark; empty where no word was read.
     */
    public OptionalDouble confidenceAt(int block, int row, int column) {
        double sum = 0;
        int chars = 0;
        for (RecognizedWord w : words) {
            if (w.at(block, row, column)) {
                int n = Math.max(1, w.text().codePointCount(0, w.text().length()));
                sum += w.confidence() * n;
                chars += n;
            }
        }
        return chars == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / chars);
    }

    /** True when the page has text to read: a usable text layer, or text recognised from its image. */
    public boolean readable() {
        return !textLayer.needsOcr() || recognition.recognised();
    }
}
