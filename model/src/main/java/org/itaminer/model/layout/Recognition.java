package org.itaminer.model.layout;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How a page's text was recognised from its image (OCR, การรู้จำอักขระ), when it was: how sure the engine was
 * of the words it read. A page read from a text layer has {@link #NONE}.
 *
 * @param engine the engine and model that read the page ("tesseract 5.3.0 tha+eng"); empty for {@link #NONE}
 * @param meanConfidence the words' mean confidence, 0 to 100
 * @param words how many words were read
 * @param lowConfidenceWords how many of them the engine was less than {@value #LOW_CONFIDENCE} sure of
 * @param doubtfulNumbers numbers on the page whose digits cannot be trusted (ตัวเลขที่ไม่แน่ใจ), each as a
 *     phrase for a report's warnings; empty when there are none
 * @param rotation how far the page image was turned clockwise before it was read, to stand upright (หมุนหน้า): 0,
 *     90, 180 or 270; 90 or 270 for a landscape table scanned on a portrait page
 * @param skew how far the image was then rotated clockwise to level its lines (แก้ภาพเอียง), in degrees; 0 when it was
 *     level enough
 */
public record Recognition(String engine, double meanConfidence, int words, int lowConfidenceWords,
        java.util.List<String> doubtfulNumbers,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) int rotation,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) double skew) {

    /** Below this confidence (of 100) a word counts as doubtful. */
    public static final int LOW_CONFIDENCE = 60;

    /** A page whose text did not come from OCR. */
    public static final Recognition NONE = new Recognition("", 0, 0, 0);

    public Recognition(String engine, double meanConfidence, int words, int lowConfidenceWords) {
        this(engine, meanConfidence, words, lowConfidenceWords, java.util.List.of());
    }

    public Recognition(String engine, double meanConfidence, int words, int lowConfidenceWords,
            java.util.List<String> doubtfulNumbers) {
        this(engine, meanConfidence, words, lowConfidenceWords, doubtfulNumbers, 0, 0);
    }

    public Recognition {
        java.util.Objects.requireNonNull(engine, "engine");
        doubtfulNumbers = doubtfulNumbers == null ? java.util.List.of() : java.util.List.copyOf(doubtfulNumbers);
        if (words < 0 || lowConfidenceWords < 0 || lowConfidenceWords > words) {
            throw new IllegalArgumentException("word counts out of range: " + words + ", " + lowConfidenceWords);
        }
        if (meanConfidence < 0 || meanConfidence > 100) {
            throw new IllegalArgumentException("confidence out of 0..100: " + meanConfidence);
        }
        if (rotation != 0 && rotation != 90 && rotation != 180 && rotation != 270) {
            throw new IllegalArgumentException("rotation must be 0, 90, 180 or 270, was " + rotation);
        }
    }

    /** The same recognition of a page image that was turned and levelled first (see {@link #rotation}, {@link #skew}). */
    public Recognition straightened(int rotation, double skew) {
        return new Recognition(engine, meanConfidence, words, lowConfidenceWords, doubtfulNumbers, rotation, skew);
    }

    /** True when the page's text was recognised from its image. */
    public boolean recognised() {
        return !engine.isEmpty();
    }

    /** Leaves {@link #NONE} out of the layout JSON: text-layer pages are written as before. */
    public static final class NoneFilter {
        @Override
        public boolean equals(Object other) {
            return other == null || NONE.equals(other);
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }
}
