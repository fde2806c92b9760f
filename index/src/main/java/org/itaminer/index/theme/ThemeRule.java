package org.itaminer.index.theme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One row of the rules table: a theme, where its phrases count, the phrases, and masks.
 *
 * <p>A phrase is literal text, compared after {@link ThemeText#fold folding}, with two wildcards: {@code <n>}
 * stands for a number (งบประมาณ<n> is "งบประมาณ 20,000" and "งบประมาณ ๒๐,๐๐๐") and {@code <gap>} for at most
 * {@value #GAP} letters (ความเสี่ยง<gap>ทุจริต is ความเสี่ยงการทุจริต and ความเสี่ยงต่อการเกิดการทุจริต). A mask is
 * a phrase whose occurrences are blanked out before the rule's phrases are looked for: it removes the uses of a
 * word that do not mean the theme (ปีงบประมาณ, งบประมาณ<n>) and leaves its other uses in the same text alone.
 *
 * @param theme the theme a match is evidence for
 * @param scope the parts of a measure the phrases count in
 * @param phrases what to look for; at least one
 * @param masks what to blank out first; may be empty
 */
public record ThemeRule(Theme theme, Scope scope, List<String> phrases, List<String> masks) {

    /** Letters a {@code <gap>} may span (after folding: no spaces, no tone marks). */
    static final int GAP = 25;

    /** The parts of a measure a rule looks at. */
    public enum Scope {
        /** The title only: for words too common in step lists to mean anything there (ขั้นตอน, งบประมาณ). */
        TITLE("title"),
        /** The title and each step item. */
        TITLE_STEPS("title+steps"),
        /** The title, each step, and the monitoring, result and outcome columns. */
        ALL("all");

        private final String value;

        Scope(String value) {
            this.value = value;
        }

        public String value() {
            return value;
        }

        /** The scope written {@code value} in the table; unknown values are an error naming the allowed ones. */
        public static Scope fromValue(String value) {
            for (Scope s : values()) {
                if (s.value.equals(value)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("unknown scope '" + value + "'; use title, title+steps or all");
        }

        boolean steps() {
            return this != TITLE;
        }

        boolean results() {
            return this == ALL;
        }
    }

    public ThemeRule {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(scope, "scope");
        phrases = List.copyOf(phrases);
        masks = List.copyOf(masks);
        if (phrases.isEmpty()) {
            throw new IllegalArgumentException("a rule for " + theme.id() + " needs at least one phrase");
        }
        for (String p : phrases) {
            if (ThemeText.fold(p.replace("<n>", "").replace("<gap>", "")).isEmpty()) {
                throw new IllegalArgumentException("phrase '" + p + "' of " + theme.id() + " has no letters");
            }
        }
    }

    /** The rule compiled for matching folded text. */
    Compiled compile() {
        List<Pattern> each = new ArrayList<>();
        List<String> anchors = new ArrayList<>();
        for (String p : phrases) {
            each.add(Pattern.compile(regex(p)));
            anchors.add(anchor(p));
        }
        boolean literal = phrases.stream().noneMatch(p -> p.contains("<n>") || p.contains("<gap>"));
        return new Compiled(this, List.copyOf(anchors), masks.stream().map(ThemeRule::anchor).toList(), literal,
                alternatives(phrases), List.copyOf(each), masks.isEmpty() ? null : alternatives(masks));
    }

    /**
     * A compiled rule: {@link #find} returns the phrase (as written in the table) found in a folded text, or null.
     * One alternation finds whether any phrase occurs; the single patterns only name the one that did.
     *
     * @param anchors per phrase, its longest literal part (folded): text without any of them cannot match
     * @param maskAnchors per mask, its longest literal part (folded): text without any of them has nothing masked
     * @param literal the phrases are plain text (no wildcards): where nothing is masked, a phrase matches exactly
     *     where its anchor occurs
     */
    record Compiled(ThemeRule rule, List<String> anchors, List<String> maskAnchors, boolean literal, Pattern any,
                    List<Pattern> each, Pattern masks) {

        /** Masked-out text is replaced by this, which no phrase contains and no gap crosses. */
        private static final String BLANK = "\u0000";

        /**
         * Whether a phrase occurs in a folded text known to hold one of the anchors ({@link #find} without naming it).
         *
         * @param maybeMasked whether one of the {@link #maskAnchors} may occur in it (false only when none does)
         */
        boolean matchesAnchored(String folded, boolean maybeMasked) {
            if (literal && (masks == null || !maybeMasked)) {
                return true;
            }
            String text = masks == null ? folded : masks.matcher(folded).replaceAll(BLANK);
            return any.matcher(text).find();
        }

        String find(String folded) {
            // most parts of most measures name no theme: String.indexOf per anchor is far cheaper than running the
            // masks and the alternation over the text (it was a third of indexing time). Masking only removes
            // text, so an anchor missing before masking is missing after it too.
            if (!containsAnchor(folded)) {
                return null;
            }
            String text = masks == null ? folded : masks.matcher(folded).replaceAll(BLANK);
            java.util.regex.Matcher m = any.matcher(text);
            if (!m.find()) {
                return null;
            }
            String found = m.group();
            for (int i = 0; i < each.size(); i++) {
                if (each.get(i).matcher(found).matches()) {
                    return rule.phrases().get(i);
                }
            }
            return rule.phrases().get(0); // unreachable: the alternation is made of these patterns
        }

        private boolean containsAnchor(String folded) {
            for (String a : anchors) {
                if (folded.contains(a)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The longest literal part of a phrase, folded: every text the phrase matches contains it. */
    static String anchor(String phrase) {
        String longest = "";
        for (String part : phrase.split("<n>|<gap>")) {
            String folded = ThemeText.fold(part);
            if (folded.length() > longest.length()) {
                longest = folded;
            }
        }
        return longest;
    }

    /** One pattern matching any of the phrases, longest first so the most specific one is reported. */
    private static Pattern alternatives(List<String> list) {
        List<String> regexes = new ArrayList<>();
        for (String p : list) {
            regexes.add(regex(p));
        }
        regexes.sort(Comparator.comparingInt(String::length).reversed());
        return Pattern.compile(String.join("|", regexes));
    }

    static String regex(String phrase) {
        StringBuilder b = new StringBuilder();
        for (String part : phrase.split("(?=<n>|<gap>)|(?<=<n>|<gap>)")) {
            switch (part) {
                case "<n>" -> b.append("[0-9]+");
                case "<gap>" -> b.append("[^\u0000]{0,").append(GAP).append("}?");
                default -> {
                    String folded = ThemeText.fold(part);
                    if (!folded.isEmpty()) {
                        b.append(Pattern.quote(folded));
                    }
                }
            }
        }
        return b.toString();
    }
}
