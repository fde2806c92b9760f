package org.itaminer.index.theme;

import java.util.Objects;

/**
 * Why a measure part counted for a theme: the phrase of the rules table found there.
 *
 * @param theme the theme
 * @param where {@code title}, {@code step N} (1-based) or {@code results}
 * @param phrase the phrase as the table writes it
 */
public record ThemeEvidence(Theme theme, String where, String phrase) {

    public ThemeEvidence {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(phrase, "phrase");
    }
}
