package org.itaminer.ingest.ocr.digits;

/**
 * What a glyph is taken for: the nearest Thai digit, how far its shape is from it, and the nearest other
 * digit with its distance (a close runner-up makes the reading doubtful).
 *
 * @param digit the nearest digit, ๐–๙
 * @param distance its distance (see {@link GlyphShape#distance})
 * @param runnerUp the nearest other digit
 * @param runnerUpDistance that one's distance
 * @param letterDistance the distance of the nearest Thai letter ({@link DigitTemplates#LETTERS})
 */
public record DigitReading(char digit, double distance, char runnerUp, double runnerUpDistance, double letterDistance) {

    public DigitReading(char digit, double distance, char runnerUp, double runnerUpDistance) {
        this(digit, distance, runnerUp, runnerUpDistance, Double.MAX_VALUE);
    }

    /** Farther than this, the glyph is no digit drawn in any of the fonts. */
    public static final double NOT_A_DIGIT = 3.2;
    /** A runner-up nearer than this much more than the best leaves the reading in doubt. */
    public static final double CLOSE_CALL = 0.1;

    /** Whether the glyph looks like a digit at all: near one, and nearer to it than to any letter. */
    public boolean isDigit() {
        return distance <= NOT_A_DIGIT && distance < letterDistance;
    }

    /** Whether the runner-up is close enough that the reading cannot be trusted alone. */
    public boolean doubtful() {
        return !isDigit() || runnerUpDistance - distance < CLOSE_CALL;
    }

    /** The digit's value, 0–9. */
    public int value() {
        return digit - '๐';
    }
}
