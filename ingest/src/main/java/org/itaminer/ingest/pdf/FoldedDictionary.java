package org.itaminer.ingest.pdf;

import java.util.Arrays;
import java.util.Collection;
import org.itaminer.thai.ThaiChars;

/**
 * Thai dictionary words in a trie keyed by their folded form (SARA AM ำ read as SARA AA า), for the
 * word segmentation of {@link ThaiTextLayerRepair}: one step down the trie per character of the text, so
 * a candidate word costs neither a substring nor a hash look-up. Each node keeps the words whose folded
 * form ends there: the word as printed and its SARA AA / SARA AM variants meet at the same node.
 *
 * <p>Not a {@code HashSet<String>}: Thai strings hash badly (characters of one 128-code block, so
 * {@code 31·h + c} collides for many short words) and the set's bins turn into trees.
 */
final class FoldedDictionary {

    /** The node of the empty prefix. */
    static final int ROOT = 0;
    /** No such node. */
    static final int NONE = -1;

    private static final long EMPTY = -1L;

    /** Open addressing: key (node, folded character) → child node. */
    private long[] keys;
    private int[] children;
    private int mask;
    private int edges;
    private int nodes = 1;
    /** Words (as printed) whose folded form ends at a node; null for most nodes. */
    private String[][] words = new String[1][];
    private int size;

    FoldedDictionary(Collection<String> dictionary) {
        int capacity = Integer.highestOneBit(Math.max(16, dictionary.size() * 8)) << 1;
        keys = new long[capacity];
        Arrays.fill(keys, EMPTY);
        children = new int[capacity];
        mask = capacity - 1;
        for (String w : dictionary) {
            add(w);
        }
    }

    /** SARA AM folded to SARA AA: how the trie is keyed. */
    static char fold(char c) {
        return c == ThaiChars.SARA_AM ? ThaiChars.SARA_AA : c;
    }

    /** The child of {@code node} for character {@code c} (folded here), or {@link #NONE}. */
    int child(int node, char c) {
        long key = key(node, fold(c));
        for (int slot = slot(key); ; slot = (slot + 1) & mask) {
            long k = keys[slot];
            if (k == key) {
                return children[slot];
            }
            if (k == EMPTY) {
                return NONE;
            }
        }
    }

    /** The words whose folded form is the path to {@code node}, or null when none. */
    String[] wordsAt(int node) {
        return words[node];
    }

    /** Whether {@code s} is a word as written. */
    boolean contains(String s) {
        int node = ROOT;
        for (int i = 0; i < s.length() && node != NONE; i++) {
            node = child(node, s.charAt(i));
        }
        if (node == NONE || words[node] == null) {
            return false;
        }
        for (String w : words[node]) {
            if (w.equals(s)) {
                return true;
            }
        }
        return false;
    }

    /** Distinct words. */
    int size() {
        return size;
    }

    private void add(String word) {
        int node = ROOT;
        for (int i = 0; i < word.length(); i++) {
            char c = fold(word.charAt(i));
            int next = child(node, c);
            if (next == NONE) {
                next = newNode();
                put(key(node, c), next);
            }
            node = next;
        }
        String[] here = words[node];
        if (here == null) {
            words[node] = new String[] {word};
        } else {
            for (String w : here) {
                if (w.equals(word)) {
                    return;
                }
            }
            String[] more = Arrays.copyOf(here, here.length + 1);
            more[here.length] = word;
            words[node] = more;
        }
        size++;
    }

    private int newNode() {
        if (nodes == words.length) {
            words = Arrays.copyOf(words, nodes * 2);
        }
        return nodes++;
    }

    private void put(long key, int child) {
        if ((edges + 1) * 2 > keys.length) {
            grow();
        }
        int slot = slot(key);
        while (keys[slot] != EMPTY) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        children[slot] = child;
        edges++;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldChildren = children;
        keys = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        children = new int[keys.length];
        mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(oldKeys[i]);
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                children[slot] = oldChildren[i];
            }
        }
    }

    private static long key(int node, char c) {
        return ((long) node << 16) | c;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32) & mask;
    }
}
