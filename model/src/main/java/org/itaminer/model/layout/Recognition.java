package org.itaminer.model.layout;

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
 */
public record Recognition(String engine, double meanConfidence, int words, int lowConfidenceWords,
        java.util.List<String> doubtfulNumbers) {

    /** Below this confidence (of 100) a word counts as doubtful. */
    public static final int LOW_CONFIDENCE = 60;

    /** A page whose text did not come from OCR. */
    public static final Recognition NONE = new Recognition("", 0, 0, 0);

    public Recognition(String engine, double meanConfidence, int words, int lowConfidenceWords) {
        this(engine, meanConfidence, words, lowConfidenceWords, java.util.List.of());
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
