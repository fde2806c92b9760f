package org.itaminer.thai;

import java.util.List;
import java.util.Objects;

/**
 * The normalization every extracted text value goes through (schema README, "Normalization of
 * every text value"). It only composes {@link TextFilter}s; the standard chain is
 *
 * <pre>
 * UnicodeNfc → ZeroWidthRemover → PrivateUseGlyphMapper → SaraAmComposer → CombiningMarkOrderer
 *   → ThaiDigitFolder → MarkupStripper → WhitespaceCollapser → LineWrapSpaceJoiner → UnicodeNfc
 * </pre>
 *
 * <p>A later step can expose text that an earlier one would have changed: a decoded
 * {@code &#3665;} is the Thai digit ๑, removing the space in "ด ํา" exposes a split SARA AM. So
 * the chain is run again until the text stops changing (at most {@value #MAX_ROUNDS} rounds),
 * which makes {@code apply} idempotent. Every filter is idempotent, so a filter whose input equals
 * its own output of the round before is skipped: a second round usually costs a few string
 * comparisons and never calls the dictionary again.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ThaiTextNormalizer implements TextFilter {

    /** Upper bound on rounds of the whole chain; real text settles in one or two. */
    static final int MAX_ROUNDS = 8;

    private static final ThaiTextNormalizer STANDARD = new ThaiTextNormalizer(chain(new WhitespaceCollapser()));
    private static final ThaiTextNormalizer KEEP_LINES =
            new ThaiTextNormalizer(chain(WhitespaceCollapser.keepingLineBreaks()));

    private static final ThaiTextNormalizer GLYPHS = new ThaiTextNormalizer(List.of(
            new UnicodeNfc(), new ZeroWidthRemover(), new PrivateUseGlyphMapper(), new SaraAmComposer(),
            new UnicodeNfc()));

    private final List<TextFilter> filters;

    /**
     * A normalizer applying {@code filters} in order (repeated until stable, as described above).
     *
     * @param filters the steps, each idempotent; not null and without null elements
     */
    public ThaiTextNormalizer(List<TextFilter> filters) {
        this.filters = List.copyOf(Objects.requireNonNull(filters, "filters"));
    }

    /** The standard chain, as {@link #normalize(String)} applies it. */
    public static ThaiTextNormalizer standard() {
        return STANDARD;
    }

    /**
     * The first steps of the standard chain, those that mend how the text was encoded rather than how it
     * is spaced or marked up: NFC, zero-width characters removed, private-use glyphs mapped, SARA AM
     * composed, NFC again. For matching keys that fold the rest their own way (the theme classifier).
     */
    public static ThaiTextNormalizer glyphs() {
        return GLYPHS;
    }

    /**
     * Normalizes one text value with the standard chain.
     *
     * @param text the text, may be null
     * @return the normalized text on one line, or null when {@code text} is null
     */
    public static String normalize(String text) {
        return text == null ? null : STANDARD.apply(text);
    }

    /**
     * Like {@link #normalize(String)}, but keeps line breaks: white space is collapsed within each
     * line, every line break becomes one LINE FEED U+000A and blank lines go (see
     * {@link WhitespaceCollapser#keepingLineBreaks()}). For multi-line headings.
     *
     * @param text the text, may be null
     * @return the normalized lines joined by '\n', or null when {@code text} is null
     */
    public static String normalizeKeepLines(String text) {
        return text == null ? null : KEEP_LINES.apply(text);
    }

    /** The filters of this chain, in order. */
    public List<TextFilter> filters() {
        return filters;
    }

    @Override
    public String apply(String text) {
        Objects.requireNonNull(text, "text");
        String[] lastOutput = new String[filters.size()];
        String current = text;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            String s = current;
            for (int i = 0; i < filters.size(); i++) {
                if (s.equals(lastOutput[i])) {
                    continue; // s is this filter's own output, hence a fixed point of it
                }
                s = filters.get(i).apply(s);
                lastOutput[i] = s;
            }
            if (s.equals(current)) {
                return s;
            }
            current = s;
        }
        return current;
    }

    private static List<TextFilter> chain(WhitespaceCollapser whitespace) {
        UnicodeNfc nfc = new UnicodeNfc();
        return List.of(
                nfc,
                new ZeroWidthRemover(),
                new PrivateUseGlyphMapper(),
                new SaraAmComposer(),
                new CombiningMarkOrderer(),
                new ThaiDigitFolder(),
                new MarkupStripper(),
                whitespace,
                new LineWrapSpaceJoiner(),
                nfc);
    }
}
