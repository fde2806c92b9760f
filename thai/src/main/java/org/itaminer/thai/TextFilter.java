package org.itaminer.thai;

/**
 * One text normalization step: a pure function from text to text.
 *
 * <p>Contract: {@link #apply(String)} receives a non-null string, returns a non-null string, has
 * no side effects, is safe to call from several threads at once, and is idempotent
 * ({@code apply(apply(s)).equals(apply(s))}). Implementations return the argument itself when
 * they change nothing, so callers may compare by reference to skip work.
 */
@FunctionalInterface
public interface TextFilter {

    /**
     * Normalizes {@code text}.
     *
     * @param text the text, never null
     * @return the normalized text, never null
     */
    String apply(String text);
}
