package org.itaminer.index.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.BytesRef;

/**
 * A text analyzed once, replayed as many token streams as needed. Thai segmentation is most of the indexing time,
 * so text that goes into several fields or documents is segmented once: a measure's title (searched in the text and
 * its words kept for the title boost) and its report's agency, district and province (in every measure of the
 * report).
 * Offsets are not kept: the index stores none (highlights re-analyze the stored text). The terms are replayed as
 * UTF-8 bytes, made once: as characters, the index converted them again at each replay.
 */
public final class AnalyzedText {

    private final String[] terms;
    private final BytesRef[] bytes;
    private final int[] increments;

    private AnalyzedText(String[] terms, BytesRef[] bytes, int[] increments) {
        this.terms = terms;
        this.bytes = bytes;
        this.increments = increments;
    }

    public static AnalyzedText of(Analyzer analyzer, String field, String text) {
        List<String> t = new ArrayList<>();
        List<Integer> inc = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                t.add(term.toString());
                inc.add(pos.getPositionIncrement());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analyzing a string cannot fail", e);
        }
        String[] terms = t.toArray(String[]::new);
        BytesRef[] bytes = new BytesRef[terms.length];
        for (int i = 0; i < terms.length; i++) {
            bytes[i] = new BytesRef(terms[i]);
        }
        return new AnalyzedText(terms, bytes, inc.stream().mapToInt(Integer::intValue).toArray());
    }

    /** These words, one after the other, as if analyzed. */
    public static AnalyzedText of(List<String> words) {
        String[] terms = words.toArray(String[]::new);
        BytesRef[] bytes = new BytesRef[terms.length];
        int[] increments = new int[terms.length];
        for (int i = 0; i < terms.length; i++) {
            bytes[i] = new BytesRef(terms[i]);
            increments[i] = 1;
        }
        return new AnalyzedText(terms, bytes, increments);
    }

    /** A stream of these terms (UTF-8) with these position increments. */
    static TokenStream replay(BytesRef[] terms, int[] increments) {
        return new AnalyzedText(null, terms, increments).stream();
    }

    public int size() {
        return bytes.length;
    }

    String term(int i) {
        return terms[i];
    }

    /** The terms, in order. */
    public List<String> terms() {
        return List.of(terms);
    }

    /** The term at {@code i} in UTF-8. */
    BytesRef bytes(int i) {
        return bytes[i];
    }

    int increment(int i) {
        return increments[i];
    }

    /** A new stream of the tokens. */
    public TokenStream stream() {
        return new Replay();
    }

    /** The terms as bytes: a {@link BytesTermAttribute}, which the index reads as it is. */
    private final class Replay extends TokenStream {
        private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
        private final PositionIncrementAttribute pos = addAttribute(PositionIncrementAttribute.class);
        private int next;

        @Override
        public boolean incrementToken() {
            if (next >= bytes.length) {
                return false;
            }
            clearAttributes();
            term.setBytesRef(bytes[next]);
            pos.setPositionIncrement(increments[next]);
            next++;
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }
}
