package org.itaminer.index.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConjunctionUtils;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafSimScorer;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;
import org.itaminer.index.analysis.WordPairs;

/**
 * An exact phrase of two or more words of the text field, found through the word-pair field ({@link WordPairs}) and
 * scored as {@link PhraseQuery} scores it: the same matches (the n - 1 pairs at consecutive positions), the same
 * frequency (the positions where the phrase starts), the same similarity over the words' own statistics and the text
 * field's norms. A phrase of common words (ร้อง เรียน in a third of the measures) reads one pair's postings instead of
 * intersecting two words' positions.
 */
final class PairPhraseQuery extends Query {

    private final String field;
    private final String pairField;
    private final Term[] words;

    PairPhraseQuery(String field, String pairField, List<String> words) {
        this.field = Objects.requireNonNull(field, "field");
        this.pairField = Objects.requireNonNull(pairField, "pairField");
        if (words.size() < 2) {
            throw new IllegalArgumentException("a phrase needs at least two words, was " + words);
        }
        this.words = words.stream().map(w -> new Term(field, w)).toArray(Term[]::new);
    }

    /** The pair query of an exact phrase ({@code slop} 0, consecutive positions), or the phrase itself. */
    static Query of(PhraseQuery phrase, String pairField) {
        int[] positions = phrase.getPositions();
        if (phrase.getSlop() != 0 || positions.length < 2) {
            return phrase;
        }
        for (int i = 1; i < positions.length; i++) {
            if (positions[i] != positions[i - 1] + 1) {
                return phrase;
            }
        }
        List<String> w = new ArrayList<>();
        for (Term t : phrase.getTerms()) {
            w.add(t.text());
        }
        return new PairPhraseQuery(phrase.getField(), pairField, w);
    }

    /**
     * {@code query} with each exact phrase in it made a pair query: the phrase itself, or the phrases among the
     * clauses of a boolean query (a synonym's alternatives: อบต. or องค์การ บริหาร ส่วน ตำบล), at any depth.
     */
    static Query within(Query query, String pairField) {
        if (query instanceof PhraseQuery phrase) {
            return of(phrase, pairField);
        }
        if (query instanceof BooleanQuery bool) {
            BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(
                    bool.getMinimumNumberShouldMatch());
            for (BooleanClause c : bool.clauses()) {
                b.add(within(c.getQuery(), pairField), c.getOccur());
            }
            return b.build();
        }
        return query;
    }

    /** The phrase's words, in order. */
    List<String> words() {
        return Arrays.stream(words).map(Term::text).toList();
    }

    private BytesRef pair(int i) {
        return new BytesRef(WordPairs.pair(words[i].text(), words[i + 1].text()));
    }

    /**
     * Where the pairs a phrase is checked by start, relative to the phrase: every other one, and the last. A pair
     * covers its two words, so pairs at 0 and 2 that sit 2 apart are four consecutive words; the pair at 1 between
     * them adds nothing (จัด ซื้อ จัด จ้าง: two pairs' postings read, not three).
     */
    static int[] pairOffsets(int words) {
        int[] out = new int[words / 2 + 1];
        int n = 0;
        for (int o = 0; o < words - 1; o += 2) {
            out[n++] = o;
        }
        if (out[n - 1] != words - 2) {
            out[n++] = words - 2;
        }
        return Arrays.copyOf(out, n);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        // PhraseQuery's statistics: every word with a document frequency, over the text field
        Similarity.SimScorer sim = null;
        if (scoreMode.needsScores()) {
            TermStatistics[] stats = new TermStatistics[words.length];
            int n = 0;
            for (Term t : words) {
                TermStates states = TermStates.build(searcher, t, true);
                if (states.docFreq() > 0) {
                    stats[n++] = searcher.termStatistics(t, states.docFreq(), states.totalTermFreq());
                }
            }
            if (n > 0) {
                sim = searcher.getSimilarity().scorer(boost, searcher.collectionStatistics(field),
                        Arrays.copyOf(stats, n));
            }
        }
        Similarity.SimScorer simScorer = sim;
        return new Weight(this) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                LeafReader reader = context.reader();
                Terms terms = reader.terms(pairField);
                if (terms == null) {
                    return null;
                }
                TermsEnum te = terms.iterator();
                int[] offsets = pairOffsets(words.length);
                PostingsEnum[] postings = new PostingsEnum[offsets.length];
                int flags = postings.length == 1 ? PostingsEnum.FREQS : PostingsEnum.POSITIONS;
                for (int i = 0; i < postings.length; i++) {
                    if (!te.seekExact(pair(offsets[i]))) {
                        return null;
                    }
                    postings[i] = te.postings(null, flags);
                }
                LeafSimScorer leafSim = simScorer == null ? null : new LeafSimScorer(simScorer, reader, field, true);
                return postings.length == 1 ? new PairScorer(this, postings[0], leafSim)
                        : new PairsScorer(this, postings, offsets, leafSim);
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return true;
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                Scorer s = scorer(context);
                if (s != null) {
                    TwoPhaseIterator two = s.twoPhaseIterator();
                    DocIdSetIterator it = two == null ? s.iterator() : two.approximation();
                    if (it.advance(doc) == doc && (two == null || two.matches())) {
                        return Explanation.match(s.score(), "phrase " + PairPhraseQuery.this + " through word pairs");
                    }
                }
                return Explanation.noMatch("no phrase " + PairPhraseQuery.this);
            }
        };
    }

    /** Two words: one pair's postings, its frequency the phrase's. */
    private static final class PairScorer extends Scorer {
        private final PostingsEnum postings;
        private final LeafSimScorer sim;

        PairScorer(Weight weight, PostingsEnum postings, LeafSimScorer sim) {
            super(weight);
            this.postings = postings;
            this.sim = sim;
        }

        @Override
        public int docID() {
            return postings.docID();
        }

        @Override
        public DocIdSetIterator iterator() {
            return postings;
        }

        @Override
        public float getMaxScore(int upTo) {
            return Float.MAX_VALUE;
        }

        @Override
        public float score() throws IOException {
            return sim == null ? 0f : sim.score(postings.docID(), postings.freq());
        }
    }

    /**
     * Three words or more: documents with every pair read, then the positions where pair i sits {@code offsets[i]}
     * after pair 0.
     */
    private static final class PairsScorer extends Scorer {
        private final PostingsEnum[] postings;
        private final int[] offsets;
        private final LeafSimScorer sim;
        private final DocIdSetIterator approximation;
        private final TwoPhaseIterator twoPhase;
        private int[][] positions = new int[0][];
        private int freq;

        PairsScorer(Weight weight, PostingsEnum[] postings, int[] offsets, LeafSimScorer sim) {
            super(weight);
            this.postings = postings;
            this.offsets = offsets;
            this.sim = sim;
            this.approximation = ConjunctionUtils.intersectIterators(List.of(postings));
            this.positions = new int[postings.length][];
            this.twoPhase = new TwoPhaseIterator(approximation) {
                @Override
                public boolean matches() throws IOException {
                    freq = countPhrases();
                    return freq > 0;
                }

                @Override
                public float matchCost() {
                    return postings.length * 4f;
                }
            };
        }

        private int countPhrases() throws IOException {
            for (int i = 0; i < postings.length; i++) {
                int f = postings[i].freq();
                int[] p = positions[i] == null || positions[i].length < f ? new int[Math.max(f, 8)] : positions[i];
                for (int k = 0; k < f; k++) {
                    p[k] = postings[i].nextPosition();
                }
                if (f < p.length) {
                    p[f] = Integer.MAX_VALUE;
                }
                positions[i] = p;
            }
            int count = 0;
            int f0 = postings[0].freq();
            int[] cursor = new int[postings.length];
            for (int k = 0; k < f0; k++) {
                int start = positions[0][k];
                boolean all = true;
                for (int i = 1; i < postings.length && all; i++) {
                    int want = start + offsets[i];
                    int fi = postings[i].freq();
                    while (cursor[i] < fi && positions[i][cursor[i]] < want) {
                        cursor[i]++;
                    }
                    all = cursor[i] < fi && positions[i][cursor[i]] == want;
                }
                if (all) {
                    count++;
                }
            }
            return count;
        }

        @Override
        public int docID() {
            return approximation.docID();
        }

        @Override
        public DocIdSetIterator iterator() {
            return TwoPhaseIterator.asDocIdSetIterator(twoPhase);
        }

        @Override
        public TwoPhaseIterator twoPhaseIterator() {
            return twoPhase;
        }

        @Override
        public float getMaxScore(int upTo) {
            return Float.MAX_VALUE;
        }

        @Override
        public float score() throws IOException {
            return sim == null ? 0f : sim.score(docID(), freq);
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(field)) {
            visitor.consumeTerms(this, words);
        }
    }

    @Override
    public String toString(String f) {
        StringBuilder s = new StringBuilder(field.equals(f) ? "" : field + ":").append("\"");
        for (int i = 0; i < words.length; i++) {
            s.append(i == 0 ? "" : " ").append(words[i].text());
        }
        return s.append("\"~pairs").toString();
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && field.equals(((PairPhraseQuery) other).field)
                && pairField.equals(((PairPhraseQuery) other).pairField)
                && Arrays.equals(words, ((PairPhraseQuery) other).words);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), field, pairField, Arrays.hashCode(words));
    }
}
