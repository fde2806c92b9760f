package org.itaminer.index.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.itaminer.index.analysis.ThaiSearchAnalyzer;
import org.itaminer.index.facet.FacetCounts;
import org.itaminer.index.facet.FacetValue;

/**
 * Runs a {@link SearchRequest} on a searcher: the best matches (title matches raised by {@link TitleBoost}), their
 * snippets ({@link Snippets}) and the facet counts of all matches ({@link FacetCounts}). Keeps what may be reused
 * from one search to the next of an index: the facet counts of every document, and the segments' spelled-out facet
 * keys. Thread-safe.
 */
public final class MeasureSearch {

    /** A match whose title holds all of the query counts this much more ({@link TitleBoost}). */
    private static final float TITLE_BOOST = 1f;
    /** How many of the best matches the title boost may reorder. */
    private static final int RESCORE_WINDOW = 100;
    private static final int FACET_VALUES = 50;

    private final MeasureQuery queries;
    private final Snippets snippets;
    /**
     * The facet counts of every document (a search with no words and no filters) of one reader, counted once: they
     * cannot change until the reader does.
     */
    private volatile Everything everything;
    /** The report keys of the open segments, spelled out once per segment for all searches. */
    private final FacetCounts.KeyCache facetKeys = new FacetCounts.KeyCache();

    private record Everything(IndexReader reader, Map<String, List<FacetValue>> facets) {
    }

    /**
     * @param queries makes the requests' queries
     * @param analyzer the index chain, for the snippets
     * @param executor the search threads, which also highlight
     * @param threads how many they are
     */
    public MeasureSearch(MeasureQuery queries, ThaiSearchAnalyzer analyzer, ExecutorService executor, int threads) {
        this.queries = Objects.requireNonNull(queries, "queries");
        this.snippets = new Snippets(analyzer, executor, threads);
    }

    /**
     * The answer to {@code request} from {@code searcher}.
     *
     * @throws QueryTooLongException when the request has too many words
     */
    public SearchResult search(IndexSearcher searcher, SearchRequest request) throws IOException {
        Objects.requireNonNull(request, "request");
        IndexReader reader = searcher.getIndexReader();
        // too long a query is refused even on an empty index
        List<BooleanClause> chunks = queries.chunks(request);
        if (reader.numDocs() == 0) {
            return new SearchResult(0, List.of(), Map.of());
        }
        Query query = queries.query(request, chunks, true, true);
        Query highlighted = queries.query(request, chunks, false, false);
        // the title is searched for every spelling: the one-word form stands for the others in the text only
        List<List<List<String>>> titleChunks = TitleBoost.chunks(highlighted);
        TopDocs top;
        Map<String, List<FacetValue>> facets;
        long total;
        if (request.query().isEmpty() && !request.hasFilters()) {
            // everything: the first hits need no scoring, and the facets of all documents are counted once
            top = searcher.search(query, request.limit());
            facets = everything(searcher);
            total = reader.numDocs();
        } else {
            int window = titleChunks.isEmpty() ? request.limit() : Math.max(request.limit(), RESCORE_WINDOW);
            Object[] collected = searcher.search(query, new MultiCollectorManager(
                    new TopScoreDocCollectorManager(window, null, Integer.MAX_VALUE),
                    new FacetCounts(FACET_VALUES, facetKeys)));
            top = (TopDocs) collected[0];
            @SuppressWarnings("unchecked")
            Map<String, List<FacetValue>> counted = (Map<String, List<FacetValue>>) collected[1];
            facets = counted;
            total = top.totalHits.value;
        }
        if (!titleChunks.isEmpty()) {
            // the title boost only reorders the best matches: as a clause it was checked on every match, which
            // cost a third of a common word's search at a million measures
            top = TitleBoost.rescore(searcher, top, titleChunks, TITLE_BOOST, request.limit());
        }
        // without words there is nothing to highlight: the title stands in
        String[] found = request.query().isEmpty() ? new String[top.scoreDocs.length]
                : snippets.of(searcher, highlighted, top);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            hits.add(StoredMeasure.hit(searcher.storedFields().document(sd.doc), sd.score, found[i]));
        }
        return new SearchResult(total, hits, facets);
    }

    /** The facet counts of every document of the searcher's reader. */
    private Map<String, List<FacetValue>> everything(IndexSearcher searcher) throws IOException {
        Everything e = everything;
        if (e == null || e.reader() != searcher.getIndexReader()) {
            e = new Everything(searcher.getIndexReader(),
                    searcher.search(new MatchAllDocsQuery(), new FacetCounts(FACET_VALUES, facetKeys)));
            everything = e;
        }
        return e.facets();
    }

    /** Forgets the facet counts kept: the reader they were counted on is being closed. */
    public void forget() {
        everything = null;
    }
}
