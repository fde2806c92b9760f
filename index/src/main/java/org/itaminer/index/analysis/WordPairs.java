package org.itaminer.index.analysis;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.analysis.TokenStream;

/**
 * The adjacent word pairs of a field's values: for every position p of the text field holding word a where position
 * p + 1 holds word b, the term {@code "a b"} at position p. The values are taken as one run of positions, as the
 * index lays out a field's values (no gap between them), so a pair exists exactly where a two-word phrase matches,
 * and a phrase of n words matches exactly where its n - 1 pairs follow each other ({@code index.query.PairPhraseQuery}).
 * Words never hold a space (the segmenter cuts there), so the space cannot be confused with a word's own.
 */
public final class WordPairs {

    private static final char SEPARATOR = ' ';

    private WordPairs() {
    }

    /** The pair term of two adjacent words. */
    public static String pair(String first, String second) {
        return first + SEPARATOR + second;
    }

    /** The pair term of two adjacent words, in UTF-8: their bytes joined, with no string made on the way. */
    public static BytesRef pair(BytesRef first, BytesRef second) {
        byte[] b = new byte[first.length + 1 + second.length];
        System.arraycopy(first.bytes, first.offset, b, 0, first.length);
        b[first.length] = (byte) SEPARATOR;
        System.arraycopy(second.bytes, second.offset, b, first.length + 1, second.length);
        return new BytesRef(b);
    }

    /** The pairs of these values, in order, as one stream. */
    public static TokenStream of(List<AnalyzedText> values) {
        List<BytesRef> terms = new ArrayList<>();
        List<Integer> increments = new ArrayList<>();
        BytesRef previous = null;
        int position = -1;
        int lastPair = -1;
        for (AnalyzedText v : values) {
            for (int i = 0; i < v.size(); i++) {
                int inc = v.increment(i);
                if (previous != null && inc == 1) {
                    // the pair sits at its first word's position (the index chain stacks no words: inc is never 0)
                    terms.add(pair(previous, v.bytes(i)));
                    increments.add(position - lastPair);
                    lastPair = position;
                }
                position += inc;
                previous = v.bytes(i);
            }
        }
        return AnalyzedText.replay(terms.toArray(BytesRef[]::new),
                increments.stream().mapToInt(Integer::intValue).toArray());
    }
}
