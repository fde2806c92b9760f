package org.itaminer.model.layout;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.Objects;

/**
 * A word read by OCR (คำที่อ่านจากภาพ): its text, how sure the engine was of it, where it is in the page image
 * and where it went in the page's blocks.
 *
 * <p>Why the words sit in a list on their {@link Page} with the address of their place, not inside
 * {@link Cell} and {@link Paragraph}: cells and paragraphs stay plain text, so every step that rewrites text
 * (normalising, joining a row cut by a page break) and every equality on them works as before, text-layer
 * pages are written exactly as before, and a layout without words still reads. The address is three indexes,
 * never null: {@code block} into {@link Page#blocks()}; in a {@link Table}, {@code row} into its rows and
 * {@code column} into that row's cells (a merged cell counts once); in a {@link Paragraph}, {@code row} is
 * the line and {@code column} is 0 (a paragraph is one column of lines). The address holds for the page as
 * the reader made it; a step that drops or reorders blocks leaves it stale.
 *
 * @param text the word as it went into the block (for Thai, a run of letters printed together)
 * @param confidence the engine's confidence, 0 to 100: the mean of its characters'
 * @param box where it is, in pixels of the page image the engine read
 * @param block the index of its block in the page
 * @param row in a table its row, in a paragraph its line
 * @param column in a table its cell in the row; 0 in a paragraph
 */
public record RecognizedWord(String text, double confidence, Box box, int block, int row, int column) {

    public RecognizedWord {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(box, "box");
        if (confidence < 0 || confidence > 100) {
            throw new IllegalArgumentException("confidence out of 0..100: " + confidence);
        }
        if (block < 0 || row < 0 || column < 0) {
            throw new IllegalArgumentException("place out of range: " + block + "," + row + "," + column);
        }
    }

    /** Whether the word is at {@code block}, {@code row}, {@code column} (a table cell, or a paragraph's line with 0). */
    public boolean at(int atBlock, int atRow, int atColumn) {
        return block == atBlock && row == atRow && column == atColumn;
    }

    /**
     * A rectangle in image pixels, left/top inclusive, right/bottom exclusive; written as {@code [left, top,
     * right, bottom]} to keep a page of words small.
     */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    public record Box(int left, int top, int right, int bottom) {

        public Box {
            if (right < left || bottom < top) {
                throw new IllegalArgumentException("empty box " + left + "," + top + "," + right + "," + bottom);
            }
        }
    }
}
