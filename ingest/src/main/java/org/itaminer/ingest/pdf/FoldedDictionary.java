package org.itaminer.ingest.pdf;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import org.itaminer.thai.ThaiChars;

/**
 * Thai dictionary words in a trie keyed by their folded form (SARA AM ำ read as SARA AA า), for the
 * word segmentation of {@link ThaiTextLayerRepair}: one step down the trie per character of the text, so
 * a candidate word costs neither a substring nor a hash look-up. Each node keeps the words whose folded
 * form ends there: the word as printed and its SARA AA / SARA AM variants meet at the same node.
 *
 * <p>Not a {@code HashSet<String>}: Thai strings hash badly (characters of one 128-code block, so
 * {@code 31·h + c} collides for many short words) and the set's bins turn into trees. The nodes are
 * numbered in depth-first order and each node's edges lie side by side, sorted, so a walk down one word
 * reads memory that is close together.
 */
final class FoldedDictionary {

    /** The node of the empty prefix. */
    static final int ROOT = 0;
    /** No such node. */
    static final int NONE = -1;

    /** Edges of node n are {@code label[first[n]] .. label[first[n + 1] - 1]}, sorted, to {@code target[..]}. */
    private final int[] first;
    private final char[] label;
    private final int[] target;
    /** Words (as printed) whose folded form ends at a node; null for most nodes. */
    private final String[][] words;
    private final int size;

    FoldedDictionary(Collection<String> dictionary) {
        String[][] pairs = new String[dictionary.size()][];
        int p = 0;
        for (String w : dictionary) {
            pairs[p++] = new String[] {fold(w), w};
        }
        Arrays.sort(pairs, Comparator.comparing((String[] pair) -> pair[0]));
        // depth-first numbering: in sorted order each word adds the prefixes it does not share with the last
        int[] parentOf = new int[16];
        char[] labelOf = new char[16];
        String[][] at = new String[16][];
        int nodes = 1;
        int[] path = new int[64];
        String prev = "";
        int count = 0;
        for (String[] pair : pairs) {
            String f = pair[0];
            if (f.length() + 1 > path.length) {
                path = Arrays.copyOf(path, f.length() + 1);
            }
            int common = 0;
            while (common < f.length() && common < prev.length() && f.charAt(common) == prev.charAt(common)) {
                common++;
            }
            for (int d = common + 1; d <= f.length(); d++) {
                if (nodes == parentOf.length) {
                    parentOf = Arrays.copyOf(parentOf, nodes * 2);
                    labelOf = Arrays.copyOf(labelOf, nodes * 2);
                    at = Arrays.copyOf(at, nodes * 2);
                }
                parentOf[nodes] = path[d - 1];
                labelOf[nodes] = f.charAt(d - 1);
                path[d] = nodes++;
            }
            int node = path[f.length()];
            if (!Arrays.asList(at[node] == null ? new String[0] : at[node]).contains(pair[1])) {
                at[node] = at[node] == null ? new String[] {pair[1]} : append(at[node], pair[1]);
                count++;
            }
            prev = f;
        }
        first = new int[nodes + 1];
        for (int n = 1; n < nodes; n++) {
            first[parentOf[n] + 1]++;
        }
        for (int n = 0; n < nodes; n++) {
            first[n + 1] += first[n];
        }
        label = new char[Math.max(0, nodes - 1)];
        target = new int[label.length];
        int[] next = Arrays.copyOf(first, nodes);
        for (int n = 1; n < nodes; n++) { // children in increasing number, so each node's labels come sorted
            int e = next[parentOf[n]]++;
            label[e] = labelOf[n];
            target[e] = n;
        }
        words = Arrays.copyOf(at, nodes);
        size = count;
    }

    /** SARA AM folded to SARA AA: how the trie is keyed. */
    static char fold(char c) {
        return c == ThaiChars.SARA_AM ? ThaiChars.SARA_AA : c;
    }

    private static String fold(String s) {
        return s.replace(ThaiChars.SARA_AM, ThaiChars.SARA_AA);
    }

    private static String[] append(String[] a, String s) {
        String[] more = Arrays.copyOf(a, a.length + 1);
        more[a.length] = s;
        return more;
    }

    /** The child of {@code node} for character {@code c} (folded here), or {@link #NONE}. */
    int child(int node, char c) {
        char f = fold(c);
        int lo = first[node];
        int hi = first[node + 1] - 1;
        if (hi - lo < 8) {
            for (int e = lo; e <= hi; e++) {
                if (label[e] == f) {
                    return target[e];
                }
            }
            return NONE;
        }
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            char m = label[mid];
            if (m < f) {
                lo = mid + 1;
            } else if (m > f) {
                hi = mid - 1;
            } else {
                return target[mid];
            }
        }
        return NONE;
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
}
