package org.itaminer.index.query;

import java.io.Closeable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.itaminer.index.analysis.AnalyzedText;
import org.itaminer.index.analysis.Segmenter;
import org.itaminer.index.analysis.ShortForms;
import org.itaminer.index.analysis.ThaiSearchAnalyzer;
import org.itaminer.index.analysis.WordPairs;
import org.itaminer.index.write.MeasureFields;

/**
 * The Lucene query of a {@link SearchRequest}: each word of its unquoted chunks ({@link QueryChunks}) required
 * anywhere, two of them side by side scoring higher; each quoted chunk a required phrase (a synonym's alternatives
 * each once); each filter a required term. Thread-safe; close when done.
 */
public final class MeasureQuery implements Closeable {

    /**
     * The most words (as the segmenter cuts them) a search takes. Every chunk of a query must occur, so a query of
     * more words than a measure has finds nothing; the longest measure titles are about 30 words, a pasted step some
     * 60. At 100 words and at most four spellings a word ({@code no gift policy}'s group), a query stays well under
     * Lucene's 1,024 clauses with its filters: the clause check in {@link #query} then only catches a run of
     * abbreviations in one unspaced chunk, whose spellings multiply.
     */
    public static final int MAX_WORDS = 100;

    private final ThaiSearchAnalyzer queryAnalyzer;
    /** The index chain: counts a query's words. */
    private final ThaiSearchAnalyzer words;
    private final ShortForms shortForms;

    public MeasureQuery(Segmenter segmenter) {
        this.queryAnalyzer = ThaiSearchAnalyzer.forQueries(segmenter);
        this.words = ThaiSearchAnalyzer.forIndexing(segmenter);
        this.shortForms = words.shortForms();
    }

    /**
     * The request's query, phrases read through the word pairs, abbreviations by their one-word form.
     *
     * @throws QueryTooLongException when the request has more than {@link #MAX_WORDS} words
     */
    public Query query(SearchRequest request) {
        return query(request, true, true);
    }

    /**
     * The request's query; with {@code pairs}, each exact phrase of the text, the alternatives of a synonym among
     * them, is a {@link PairPhraseQuery} (the same matches and scores, faster), else a {@link PhraseQuery} (which the
     * highlighter knows); with {@code shortForms}, a chunk that is an abbreviation or its long form alone is its
     * one-word form, which the index adds wherever a long form is ({@link ShortForms}: the same matches).
     */
    Query query(SearchRequest request, boolean pairs, boolean shortForms) {
        return query(request, chunks(request), pairs, shortForms);
    }

    /**
     * The clauses of the request's words ({@link QueryChunks}), a synonym's alternatives each once: a quoted chunk is
     * one required phrase; an unquoted chunk's words are each required, anywhere (a word that is a synonym's member,
     * of one word or several, required in any of its spellings), and each two words side by side in the query add
     * to the score where they are side by side in the text (their word pair, {@link MeasureFields#TEXT_PAIRS}), so
     * that the query's words together rank first. A search analyzes its words once: the search, the snippets and
     * the title boost are made from these.
     *
     * @throws QueryTooLongException when the request has more than {@link #MAX_WORDS} words
     */
    List<BooleanClause> chunks(SearchRequest request) {
        List<QueryChunks.Chunk> chunks = QueryChunks.split(request.query());
        int n = 0;
        for (QueryChunks.Chunk chunk : chunks) {
            n += AnalyzedText.of(words, MeasureFields.TEXT, chunk.text()).size();
        }
        if (n > MAX_WORDS) {
            throw QueryTooLongException.words(n, MAX_WORDS);
        }
        QueryBuilder qb = new QueryBuilder(queryAnalyzer);
        qb.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        Set<BooleanClause> out = new LinkedHashSet<>();
        for (QueryChunks.Chunk chunk : chunks) {
            try {
                if (chunk.quoted()) {
                    Query phrase = qb.createPhraseQuery(MeasureFields.TEXT, chunk.text());
                    if (phrase != null) {
                        out.add(new BooleanClause(withoutRepeats(phrase), Occur.MUST));
                    }
                } else {
                    words(qb.createBooleanQuery(MeasureFields.TEXT, chunk.text(), Occur.MUST), out);
                }
            } catch (IndexSearcher.TooManyClauses e) {
                // the spellings of several abbreviations in one chunk multiply into more phrases than a query holds
                throw QueryTooLongException.clauses(IndexSearcher.getMaxClauseCount() + 1,
                        IndexSearcher.getMaxClauseCount());
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * The words of an unquoted chunk, as Lucene's {@link QueryBuilder} made them (a required clause per word, or per
     * stretch of words a synonym covers): each a required clause, and the pair of each two plain words in a row an
     * optional one.
     */
    private static void words(Query chunk, Set<BooleanClause> out) {
        if (chunk == null) {
            return;
        }
        List<Query> units = new ArrayList<>();
        if (chunk instanceof BooleanQuery bool && !bool.clauses().isEmpty()
                && bool.clauses().stream().allMatch(c -> c.getOccur() == Occur.MUST)) {
            bool.clauses().forEach(c -> units.add(alternatives(c.getQuery())));
        } else {
            units.add(alternatives(chunk));
        }
        for (Query unit : units) {
            out.add(new BooleanClause(unit, Occur.MUST));
        }
        for (int i = 0; i + 1 < units.size(); i++) {
            if (units.get(i) instanceof TermQuery a && units.get(i + 1) instanceof TermQuery b) {
                out.add(new BooleanClause(new TermQuery(new Term(MeasureFields.TEXT_PAIRS,
                        WordPairs.pair(a.getTerm().text(), b.getTerm().text()))), Occur.SHOULD));
            }
        }
    }

    /** A word's query with its spellings as a choice of terms and phrases (a stacked {@link SynonymQuery} too). */
    private static Query alternatives(Query unit) {
        if (unit instanceof SynonymQuery syn) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            for (Term t : new LinkedHashSet<>(syn.getTerms())) {
                b.add(new TermQuery(t), Occur.SHOULD);
            }
            return b.build();
        }
        return withoutRepeats(unit);
    }

    /**
     * {@link #query(SearchRequest, boolean, boolean)} from the request's {@link #chunks}.
     *
     * @throws QueryTooLongException when the query has more clauses than Lucene searches
     */
    Query query(SearchRequest request, List<BooleanClause> chunks, boolean pairs, boolean shortForms) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (request.query().isEmpty()) {
            b.add(new MatchAllDocsQuery(), Occur.MUST);
        } else {
            BooleanQuery.Builder text = new BooleanQuery.Builder();
            boolean required = false;
            for (BooleanClause chunk : chunks) {
                Query q = chunk.getQuery();
                if (shortForms) {
                    q = shortForm(q);
                }
                if (pairs) {
                    q = PairPhraseQuery.within(q, MeasureFields.TEXT_PAIRS);
                }
                if (q != null) {
                    text.add(q, chunk.getOccur());
                    required |= chunk.getOccur() == Occur.MUST;
                }
            }
            if (!required) {
                return new MatchNoDocsQuery("the query has no words");
            }
            b.add(text.build(), Occur.MUST);
        }
        filter(b, MeasureFields.PROVINCE, request.province());
        filter(b, MeasureFields.DISTRICT, request.district());
        filter(b, MeasureFields.AGENCY_TYPE, request.agencyType() == null ? null : request.agencyType().value());
        filter(b, MeasureFields.KIND, request.kind() == null ? null : request.kind().value());
        filter(b, MeasureFields.INDICATOR, request.indicator());
        filter(b, MeasureFields.THEME, request.theme() == null ? null : request.theme().id());
        filter(b, MeasureFields.AGENCY_KEY, request.agency());
        filter(b, MeasureFields.REPORT_ID, request.document());
        if (request.fiscalYear() != null) {
            b.add(IntPoint.newExactQuery(MeasureFields.YEAR, request.fiscalYear()), Occur.FILTER);
        }
        Query query = b.build();
        int clauses = clauses(query);
        if (clauses > IndexSearcher.getMaxClauseCount()) {
            throw QueryTooLongException.clauses(clauses, IndexSearcher.getMaxClauseCount());
        }
        return query;
    }

    /** The clauses of a query as {@link IndexSearcher} counts them before it refuses a query: its leaves. */
    private static int clauses(Query query) {
        int[] n = {0};
        query.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return this;
            }

            @Override
            public void visitLeaf(Query q) {
                n[0]++;
            }

            @Override
            public void consumeTerms(Query q, Term... terms) {
                n[0]++;
            }
        });
        return n[0];
    }

    /** The one-word form that stands for a chunk of alternatives, or the chunk. */
    private Query shortForm(Query chunk) {
        if (!(chunk instanceof BooleanQuery bool) || !bool.clauses().stream().allMatch(c -> c.getOccur() == Occur.SHOULD
                && (c.getQuery() instanceof TermQuery || c.getQuery() instanceof PhraseQuery))) {
            return chunk;
        }
        List<List<String>> alternatives = TitleBoost.alternatives(chunk);
        String word = shortForms.shortFormOf(alternatives);
        return word == null ? chunk : new TermQuery(new Term(MeasureFields.TEXT, word));
    }

    /**
     * A synonym's alternatives each once: spellings that analyze alike (อบต. and อบต) made the same clause twice,
     * which counted its matches twice and cost a second walk of its postings.
     */
    static Query withoutRepeats(Query q) {
        if (!(q instanceof BooleanQuery bool) || bool.getMinimumNumberShouldMatch() != 0) {
            return q;
        }
        Set<BooleanClause> seen = new LinkedHashSet<>(bool.clauses());
        if (seen.size() == bool.clauses().size()) {
            return q;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        seen.forEach(b::add);
        return b.build();
    }

    private static void filter(BooleanQuery.Builder b, String field, String value) {
        if (value != null) {
            b.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }

    @Override
    public void close() {
        try (queryAnalyzer; words) {
            // both closed
        }
    }
}
