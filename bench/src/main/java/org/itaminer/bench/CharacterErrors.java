package org.itaminer.bench;

import org.itaminer.extract.table.Similarity;

/**
 * Character errors of a read text against the true one, white space ignored (the text layer and OCR break lines
 * and space Thai differently): the edit distance ({@link Similarity#levenshtein}) and the true length.
 */
final class CharacterErrors {

    private CharacterErrors() {
    }

    /** {errors, true length}. */
    static long[] count(String read, String truth) {
        String a = read.replaceAll("\\s+", "");
        String b = truth.replaceAll("\\s+", "");
        return new long[] {Similarity.levenshtein(a, b), b.length()};
    }
}
