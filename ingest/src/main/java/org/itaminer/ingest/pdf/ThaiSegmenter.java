package org.itaminer.ingest.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.itaminer.ingest.pdf.ThaiTextLayerRepair.Mode;
import org.itaminer.thai.ThaiChars;

/**
 * Segments a Thai run into dictionary words by dynamic programming (fewest uncovered characters, then
 * fewest words), for {@link ThaiTextLayerRepair}. Several {@link Mode modes} are segmented side by side
 * in one walk of the {@link FoldedDictionary}: each mode keeps its own table, and sees its candidates in
 * the same order as if it were segmented alone.
 */
final class ThaiSegmenter {

    private static final char AA = ThaiChars.SARA_AA;
    private static final char AM = ThaiChars.SARA_AM;

    /**
     * One mode's best segmentation.
     *
     * @param text the run with the swapped words swapped
     * @param covered characters in dictionary words
     * @param swaps words swapped
     * @param cost 2 per character outside a word, 1 per word, 0.01 per swapped character
     */
    record Segmentation(String text, int covered, int swaps, double cost) {
    }

    private final FoldedDictionary words;
    private final int maxWord;

    ThaiSegmenter(FoldedDictionary words, int maxWord) {
        this.words = words;
        this.maxWord = maxWord;
    }

    /** The best segmentation of {@code run} for each of {@code modes}, in their order. */
    Segmentation[] segment(String run, Mode[] modes) {
        int n = run.length();
        int m = modes.length;
        // a mode whose source character (า for AM_LOST, ำ for AA_AS_AM) is not in the run has nothing to swap:
        // its table would be NONE's, step for step, so it takes NONE's result instead of a table of its own
        int none = Arrays.asList(modes).indexOf(Mode.NONE);
        int[] tableOf = new int[m];
        List<Table> active = new ArrayList<>(m);
        for (int k = 0; k < m; k++) {
            if (none >= 0 && k != none && run.indexOf(sourceOf(modes[k])) < 0) {
                tableOf[k] = -1;
            } else {
                tableOf[k] = active.size();
                active.add(new Table(n, modes[k]));
            }
        }
        Table[] tables = active.toArray(new Table[0]);
        for (int i = 0; i < n; i++) {
            boolean reached = false;
            for (Table t : tables) {
                if (t.cost[i] != Double.MAX_VALUE) {
                    reached = true;
                    // one character outside any dictionary word
                    t.relax(i, i + 1, t.cost[i] + 2.0, null, 0, 0);
                }
            }
            if (!reached) {
                continue;
            }
            int node = FoldedDictionary.ROOT;
            for (int j = i + 1; j <= Math.min(n, i + maxWord); j++) {
                node = words.child(node, run.charAt(j - 1));
                if (node == FoldedDictionary.NONE) {
                    break;
                }
                String[] candidates = words.wordsAt(node);
                if (j - i < 2 || candidates == null) {
                    continue; // every variant of the piece folds to this node: no word ends here
                }
                boolean exact = exact(candidates, run, i, j);
                for (Table t : tables) {
                    if (t.cost[i] == Double.MAX_VALUE) {
                        continue;
                    }
                    if (exact) {
                        t.relax(i, j, t.cost[i] + 1.0, null, j - i, 0);
                    } else if (t.mode != Mode.NONE) {
                        String variant = bestVariant(candidates, run, i, j, t.source, t.target);
                        if (variant != null) {
                            int changed = 0;
                            for (int k = 0; k < variant.length(); k++) {
                                if (run.charAt(i + k) != variant.charAt(k)) {
                                    changed++;
                                }
                            }
                            t.relax(i, j, t.cost[i] + 1.0 + 0.01 * changed, variant, j - i, 1);
                        }
                    }
                }
            }
        }
        Segmentation[] out = new Segmentation[m];
        for (int k = 0; k < m; k++) {
            if (tableOf[k] >= 0) {
                out[k] = tables[tableOf[k]].backtrack(run);
            }
        }
        for (int k = 0; k < m; k++) {
            if (tableOf[k] < 0) {
                out[k] = out[none];
            }
        }
        return out;
    }

    /** The character a mode swaps away: า where ำ was lost, ำ where า was read as ำ. */
    private static char sourceOf(Mode mode) {
        return mode == Mode.AM_LOST ? AA : AM;
    }

    /** One mode's dynamic programming table: the best way found so far to reach each position. */
    private static final class Table {
        final Mode mode;
        final char source;
        final char target;
        final double[] cost;
        final int[] from;
        /** The swapped word ending at a position, or null where the piece is the run's own text. */
        final String[] swapped;
        final int[] cov;
        final int[] sw;

        Table(int n, Mode mode) {
            this.mode = mode;
            this.source = sourceOf(mode);
            this.target = mode == Mode.AM_LOST ? AM : AA;
            cost = new double[n + 1];
            from = new int[n + 1];
            swapped = new String[n + 1];
            cov = new int[n + 1];
            sw = new int[n + 1];
            Arrays.fill(cost, Double.MAX_VALUE);
            cost[0] = 0;
        }

        void relax(int i, int j, double c, String variant, int covered, int swaps) {
            if (c < cost[j] - 1e-9) {
                cost[j] = c;
                from[j] = i;
                swapped[j] = variant;
                cov[j] = covered;
                sw[j] = swaps;
            }
        }

        Segmentation backtrack(String run) {
            int n = cost.length - 1;
            int[] ends = new int[n];
            int pieces = 0;
            int covered = 0;
            int swaps = 0;
            for (int j = n; j > 0; j = from[j]) {
                ends[pieces++] = j;
                covered += cov[j];
                swaps += sw[j];
            }
            StringBuilder sb = new StringBuilder(n);
            for (int k = pieces - 1; k >= 0; k--) {
                int j = ends[k];
                if (swapped[j] != null) {
                    sb.append(swapped[j]);
                } else {
                    sb.append(run, from[j], j);
                }
            }
            return new Segmentation(sb.toString(), covered, swaps, cost[n]);
        }
    }

    /** Whether one of the words is {@code run[i, j)} as written. */
    private static boolean exact(String[] candidates, String run, int i, int j) {
        for (String w : candidates) {
            if (w.length() == j - i && run.regionMatches(i, w, 0, j - i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The dictionary word made from {@code run[i, j)} by swapping some source characters to target, or null:
     * the fewest swaps, and among those the swaps furthest to the front (the first of the swap patterns
     * counted as binary numbers, first source character as the lowest bit). A piece with more than four
     * source characters (or none) is not tried. The candidates all fold as the piece does, so only ำ/า can
     * differ.
     */
    private static String bestVariant(String[] candidates, String run, int i, int j, char source, char target) {
        int sources = 0;
        for (int p = i; p < j; p++) {
            if (run.charAt(p) == source) {
                sources++;
            }
        }
        if (sources == 0 || sources > 4) {
            return null;
        }
        String best = null;
        int bestBits = Integer.MAX_VALUE;
        int bestMask = Integer.MAX_VALUE;
        for (String w : candidates) {
            if (w.length() != j - i) {
                continue;
            }
            int mask = 0;
            int b = 0;
            boolean valid = true;
            for (int p = i; p < j && valid; p++) {
                char c = run.charAt(p);
                char v = w.charAt(p - i);
                if (c == source) {
                    if (v == target) {
                        mask |= 1 << b;
                    } else {
                        valid = v == c;
                    }
                    b++;
                } else {
                    valid = v == c;
                }
            }
            if (!valid || mask == 0) {
                continue;
            }
            int bits = Integer.bitCount(mask);
            if (bits < bestBits || bits == bestBits && mask < bestMask) {
                best = w;
                bestBits = bits;
                bestMask = mask;
            }
        }
        return best;
    }
}
