package org.itaminer.extract.table;

/** Edit-distance similarity of two strings: 1 − levenshtein / max(length). */
public final class Similarity {

    /** Cells longer than this are compared only for containment (the edit distance is quadratic). */
    static final int MAX_LENGTH = 1500;

    private Similarity() {
    }

    static double ratio(String a, String b) {
        int max = Math.max(a.length(), b.length());
        if (max == 0) {
            return 1.0;
        }
        if (Math.min(a.length(), b.length()) < max * 0.8 || max > MAX_LENGTH) {
            return 0.0; // cannot reach 0.8, or too long for quadratic work: treated as different
        }
        return 1.0 - (double) levenshtein(a, b) / max;
    }

    /** The edit distance of two strings: the fewest insertions, deletions and substitutions of chars. */
    public static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
