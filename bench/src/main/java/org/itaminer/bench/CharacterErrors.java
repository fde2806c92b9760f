package org.itaminer.bench;

/**
 * Character errors of a read text against the true one, white space ignored (the text layer and OCR break lines
 * and space Thai differently): the edit distance (insertions, deletions, substitutions) and the true length.
 */
final class CharacterErrors {

    private CharacterErrors() {
    }

    /** {errors, true length}. */
    static long[] count(String read, String truth) {
        int[] a = read.codePoints().filter(c -> !Character.isWhitespace(c)).toArray();
        int[] b = truth.codePoints().filter(c -> !Character.isWhitespace(c)).toArray();
        int[] previous = new int[b.length + 1];
        int[] current = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            current[0] = i;
            for (int j = 1; j <= b.length; j++) {
                int substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return new long[] {previous[b.length], b.length};
    }
}
