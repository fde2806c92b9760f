package org.itaminer.index.theme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The anchors of every rule ({@link ThemeRule#anchor}) by their first letter: one pass over a folded text finds the
 * rules that may match it, instead of one search of the text per anchor (some 150 of them).
 */
final class RuleAnchors {

    /** An anchor and the index of its rule. */
    private record Anchor(String text, int rule) {

        /** Whether the anchor starts at {@code i}; its second letter is checked first, as most candidates fail there. */
        boolean at(String folded, int i) {
            return text.length() == 1 || i + 1 < folded.length() && folded.charAt(i + 1) == text.charAt(1)
                    && folded.startsWith(text, i);
        }
    }

    /** First letters below this (ASCII to Thai: nearly all of them) are looked up in an array, others in a map. */
    private static final int TABLE = 0x0E80;

    private final Anchor[][] table = new Anchor[TABLE][];
    private final Map<Character, Anchor[]> others = new HashMap<>();
    private final int rules;

    RuleAnchors(List<ThemeRule.Compiled> rules) {
        this.rules = rules.size();
        Map<Character, List<Anchor>> byFirst = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            for (String a : rules.get(i).anchors()) {
                if (!a.isEmpty()) {
                    byFirst.computeIfAbsent(a.charAt(0), k -> new ArrayList<>()).add(new Anchor(a, i));
                }
            }
        }
        byFirst.forEach((first, list) -> {
            Anchor[] anchors = list.toArray(Anchor[]::new);
            if (first < TABLE) {
                table[first] = anchors;
            } else {
                others.put(first, anchors);
            }
        });
    }

    /** Per rule (in the order given), whether one of its anchors occurs in {@code folded}. */
    boolean[] present(String folded) {
        boolean[] out = new boolean[rules];
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            Anchor[] anchors = c < TABLE ? table[c] : others.get(c);
            if (anchors == null) {
                continue;
            }
            for (Anchor a : anchors) {
                if (!out[a.rule()] && a.at(folded, i)) {
                    out[a.rule()] = true;
                }
            }
        }
        return out;
    }
}
