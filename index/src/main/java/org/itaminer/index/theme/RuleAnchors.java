package org.itaminer.index.theme;

import java.util.Arrays;
import java.util.List;
import org.itaminer.thai.ThaiChars;

/**
 * The anchors of every rule's phrases and masks ({@link ThemeRule#anchor}) in a letter trie: one pass over a folded text, walking the
 * trie from each position, finds the rules that may match it, instead of one search of the text per anchor (some 150
 * of them). Thai anchors share their first letters (การ, การมีส่วนร่วม, การจัดหาพัสดุ), so trying each anchor that
 * starts with the letter at hand compared most of them again at most positions.
 */
final class RuleAnchors {

    /** A trie node: the letters that go on from here with their nodes, and the rules whose anchor ends here. */
    private static final class Node {
        char[] letters = new char[0];
        Node[] next = new Node[0];
        int[] rules = new int[0];
        /** After {@link #freeze}: the children by letter, from the lowest letter {@link #low} on. */
        Node[] byLetter = new Node[0];
        char low;

        Node child(char c) {
            int k = c - low;
            return k >= 0 && k < byLetter.length ? byLetter[k] : null;
        }

        /** Builds the lookup {@link #child} uses, here and below; a node's letters lie close together. */
        void freeze() {
            if (letters.length > 0) {
                char min = letters[0];
                char max = letters[0];
                for (char c : letters) {
                    min = (char) Math.min(min, c);
                    max = (char) Math.max(max, c);
                }
                low = min;
                byLetter = new Node[max - min + 1];
                for (int k = 0; k < letters.length; k++) {
                    byLetter[letters[k] - min] = next[k];
                }
            }
            for (Node n : next) {
                n.freeze();
            }
        }

        Node childWhileBuilding(char c) {
            for (int k = 0; k < letters.length; k++) {
                if (letters[k] == c) {
                    return next[k];
                }
            }
            return null;
        }

        Node childOrNew(char c) {
            Node n = childWhileBuilding(c);
            if (n == null) {
                n = new Node();
                int at = letters.length;
                letters = Arrays.copyOf(letters, at + 1);
                next = Arrays.copyOf(next, at + 1);
                letters[at] = c;
                next[at] = n;
            }
            return n;
        }
    }

    /** The first letters below this (ASCII to Thai: nearly all of them) are looked up in an array. */
    private static final int TABLE = ThaiChars.BLOCK_END;

    private final Node root = new Node();
    /** The root's children by letter, for letters below {@link #TABLE}. */
    private final Node[] firsts = new Node[TABLE];
    private final int rules;

    RuleAnchors(List<ThemeRule.Compiled> rules) {
        this.rules = rules.size();
        for (int i = 0; i < rules.size(); i++) {
            add(rules.get(i).anchors(), i);
            add(rules.get(i).maskAnchors(), this.rules + i);
        }
        root.freeze();
        for (int k = 0; k < root.letters.length; k++) {
            if (root.letters[k] < TABLE) {
                firsts[root.letters[k]] = root.next[k];
            }
        }
    }

    private void add(List<String> anchors, int entry) {
        for (String a : anchors) {
            if (a.isEmpty()) {
                continue;
            }
            Node n = root;
            for (int k = 0; k < a.length(); k++) {
                n = n.childOrNew(a.charAt(k));
            }
            n.rules = Arrays.copyOf(n.rules, n.rules.length + 1);
            n.rules[n.rules.length - 1] = entry;
        }
    }

    /**
     * Per rule (in the order given), whether one of its anchors occurs in {@code folded}; then, at index
     * {@code rules + i}, whether one of rule i's mask anchors does.
     */
    boolean[] present(String folded) {
        // a char array, not String.charAt: the bounds checks of charAt on Thai (UTF-16) strings were a fifth of
        // classifying a measure
        char[] text = folded.toCharArray();
        boolean[] out = new boolean[2 * rules];
        for (int i = 0; i < text.length; i++) {
            char c = text[i];
            Node n = c < TABLE ? firsts[c] : root.child(c);
            for (int j = i + 1; n != null; j++) {
                for (int rule : n.rules) {
                    out[rule] = true;
                }
                n = j < text.length ? n.child(text[j]) : null;
            }
        }
        return out;
    }
}
