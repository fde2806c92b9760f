package org.itaminer.index.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.itaminer.model.report.Measure;
import org.itaminer.model.report.Report;
import org.itaminer.index.compare.ThemeMatrix;
import org.itaminer.index.theme.ThemeClassifier;

/**
 * The measure index in a folder (a workdir's {@code index/}): {@link #indexReport} replaces a report's measures,
 * {@link #search} finds measures with filters and facet counts, {@link #compare} sets agencies side by side by
 * theme, {@link #similar} finds other agencies' measures like one. Open once, use from any thread, close when done;
 * changes are committed on {@link #commit()} and {@link #close()}, and searches see them at once.
 */
public final class MeasureIndex implements Closeable {

    /** A match whose title holds all of the query counts this much more ({@link TitleBoost}). */
    private static final float TITLE_BOOST = 1f;
    /** How many of the best matches the title boost may reorder. */
    private static final int RESCORE_WINDOW = 100;
    private static final int SNIPPET_CHARS = 240;
    /** Fewer hits than this are highlighted on the calling thread alone. */
    private static final int SNIPPETS_PER_TASK = 3;
    private static final int FACET_VALUES = 50;
    /** The indexing buffer (public for the benchmark's baseline, which indexes with the same). */
    public static final double RAM_BUFFER_MB = 128;
    /** Segments stay small enough that a large index has several, which search in parallel. */
    private static final double MAX_SEGMENT_MB = 128;
    private static final int SEARCH_THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    /**
     * Commit user-data key recording what the index was built with: the field layout, the segmenter and the theme
     * rules. Terms of one segmenter do not match another's, nor fields of one layout another's, and themes stored
     * under other rules would be silently mixed: an index of another build must be rebuilt.
     */
    private static final String BUILD_KEY = "itaminer.index";
    /**
     * 4: one facet field per dimension; themes (stored, doc values, facet), agency key, stored steps. 5: the text's
     * word pairs. 6: facets as a report key, theme bits and indicators ({@link FacetCounts}); the text without
     * positions; the title's words as a doc value ({@link TitleBoost}), not a field. 7: the abbreviations' one-word
     * forms added to the text ({@link ShortForms}).
     */
    private static final int FORMAT = 7;

    private final FSDirectory directory;
    private final IndexWriter writer;
    private final ThaiSearchAnalyzer indexAnalyzer;
    private final ThaiSearchAnalyzer queryAnalyzer;
    /** Searches a large index's segments, and counts their facets, on all cores at once. */
    private final ExecutorService executor;
    /** Reopened only when the index changed: opening a reader per search costs more than the search at 1M measures. */
    private final SearcherManager searchers;
    /**
     * The facet counts of every document (a search with no words and no filters) of one reader, counted once: they
     * cannot change until the reader does.
     */
    private volatile Everything everything;
    /** The report keys of the open segments, spelled out once per segment for all searches. */
    private final FacetCounts.KeyCache facetKeys = new FacetCounts.KeyCache();

    private record Everything(IndexReader reader, Map<String, List<FacetValue>> facets) {
    }

    private MeasureIndex(Path folder, Segmenter segmenter, boolean writable) throws IOException {
        this.indexAnalyzer = ThaiSearchAnalyzer.forIndexing(segmenter);
        this.queryAnalyzer = ThaiSearchAnalyzer.forQueries(segmenter);
        if (writable) {
            Files.createDirectories(folder);
        }
        this.directory = FSDirectory.open(folder);
        if (!writable && !DirectoryReader.indexExists(directory)) {
            directory.close();
            throw new IndexNotFoundException("no index in " + folder);
        }
        checkBuild(folder, segmenter);
        this.writer = writable ? new IndexWriter(directory, writerConfig(indexAnalyzer)) : null;
        if (writer != null) {
            writer.setLiveCommitData(Map.of(BUILD_KEY, build(segmenter)).entrySet());
        }
        this.executor = Executors.newFixedThreadPool(SEARCH_THREADS, daemonThreads());
        SearcherFactory factory = new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
                return new IndexSearcher(reader, executor);
            }
        };
        this.searchers = writer != null ? new SearcherManager(writer, factory) : new SearcherManager(directory, factory);
    }

    /**
     * Bulk indexing (reindex, a first run over many files) flushes less often with a larger buffer, and files kept
     * apart (no compound file) are not copied once more at each flush; measured with {@code itaminer bench-index}.
     */
    private static IndexWriterConfig writerConfig(ThaiSearchAnalyzer analyzer) {
        return new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setUseCompoundFile(false)
                .setMergePolicy(mergePolicy());
    }

    private static TieredMergePolicy mergePolicy() {
        TieredMergePolicy policy = new TieredMergePolicy();
        policy.setMaxMergedSegmentMB(MAX_SEGMENT_MB);
        policy.setNoCFSRatio(0.0);
        return policy;
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "itaminer-search-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Opens (creating if needed) the index in {@code folder} with the default segmenter. */
    public static MeasureIndex open(Path folder) throws IOException {
        return open(folder, ThaiSearchAnalyzer.DEFAULT_SEGMENTER);
    }

    /**
     * Opens (creating if needed) the index in {@code folder}; it must have been built by this itaminer (the same
     * field layout and theme rules) with this segmenter. To rebuild one that was not, empty the folder first.
     *
     * @throws OutdatedIndexException when the index in {@code folder} was built otherwise
     */
    public static MeasureIndex open(Path folder, Segmenter segmenter) throws IOException {
        return new MeasureIndex(Objects.requireNonNull(folder, "folder"), Objects.requireNonNull(segmenter, "segmenter"),
                true);
    }

    /**
     * Opens an existing index for searching only (no write lock, so a running {@code run} does not block it; it
     * sees the last commit).
     *
     * @throws IndexNotFoundException when {@code folder} holds no index
     * @throws OutdatedIndexException when the index was built by another itaminer
     */
    public static MeasureIndex openReadOnly(Path folder) throws IOException {
        return new MeasureIndex(Objects.requireNonNull(folder, "folder"), ThaiSearchAnalyzer.DEFAULT_SEGMENTER, false);
    }

    /** What an index built now with {@code segmenter} records under {@link #BUILD_KEY}. */
    static String build(Segmenter segmenter) {
        return "format " + FORMAT + ", " + segmenter.name() + " segmenter, theme rules "
                + ThemeClassifier.standard().version() + ", " + FacetCounts.encoding();
    }

    /** Refuses an index with documents of another build: searching or adding to it would mix two kinds of terms. */
    private void checkBuild(Path folder, Segmenter segmenter) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return;
        }
        SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
        String built = commit.getUserData().get(BUILD_KEY);
        String wanted = build(segmenter);
        if (commit.size() > 0 && !wanted.equals(built)) {
            directory.close();
            throw new OutdatedIndexException("the index in " + folder + " was built "
                    + (built == null ? "by an older itaminer" : "with " + built) + ", not " + wanted);
        }
    }

    private IndexWriter writer() {
        if (writer == null) {
            throw new IllegalStateException("this index was opened read-only");
        }
        return writer;
    }

    /** A searcher on the latest changes (this writer's, or the last commit when read-only); release it after use. */
    private IndexSearcher acquire() throws IOException {
        if (writer != null || newerCommit()) {
            searchers.maybeRefreshBlocking();
        }
        return searchers.acquire();
    }

    /**
     * Read-only: whether a commit newer than the searcher's exists. A refresh reads the latest commit whole to find
     * out, 1–5 ms per search at a million measures; the commit generation in the file names is enough, and a commit
     * always raises it.
     */
    private boolean newerCommit() throws IOException {
        IndexSearcher current = searchers.acquire();
        try {
            long seen = ((DirectoryReader) current.getIndexReader()).getIndexCommit().getGeneration();
            return SegmentInfos.getLastCommitGeneration(directory) != seen;
        } finally {
            searchers.release(current);
        }
    }

    /** Replaces every measure of this report (by report id) with its current measures. */
    public void indexReport(Report report) throws IOException {
        Objects.requireNonNull(report, "report");
        List<Document> docs = MeasureDocuments.of(report, indexAnalyzer);
        Term id = new Term(MeasureFields.REPORT_ID, report.id());
        if (docs.isEmpty()) {
            writer().deleteDocuments(id);
        } else {
            writer().updateDocuments(id, docs);
        }
    }

    /** Removes every measure. */
    public void clear() throws IOException {
        writer().deleteAll();
    }

    public void commit() throws IOException {
        writer().commit();
    }

    /** The number of indexed measures. */
    public int size() throws IOException {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    public SearchResult search(SearchRequest request) throws IOException {
        Objects.requireNonNull(request, "request");
        IndexSearcher searcher = acquire();
        try {
            IndexReader reader = searcher.getIndexReader();
            if (reader.numDocs() == 0) {
                return new SearchResult(0, List.of(), Map.of());
            }
            // the words are analyzed once: the search, the snippets and the title boost are made from them
            List<Query> chunks = chunks(request);
            Query query = query(request, chunks, true, true);
            Query highlighted = query(request, chunks, false, false);
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
            String[] snippets = request.query().isEmpty() ? new String[top.scoreDocs.length]
                    : snippets(searcher, highlighted, top);
            List<SearchHit> hits = new ArrayList<>();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                hits.add(hit(searcher.storedFields().document(sd.doc), sd.score, snippets[i]));
            }
            return new SearchResult(total, hits, facets);
        } finally {
            searchers.release(searcher);
        }
    }

    /** The request's query, phrases read through the word pairs, abbreviations by their one-word form. */
    Query query(SearchRequest request) {
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
     * The phrase query of each chunk of the request's words ({@link QueryChunks}), a synonym's alternatives each
     * once; a chunk without words is null.
     */
    private List<Query> chunks(SearchRequest request) {
        QueryBuilder qb = new QueryBuilder(queryAnalyzer);
        qb.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        List<Query> out = new ArrayList<>();
        for (String chunk : QueryChunks.split(request.query())) {
            out.add(withoutRepeats(qb.createPhraseQuery(MeasureFields.TEXT, chunk)));
        }
        return out;
    }

    /** {@link #query(SearchRequest, boolean, boolean)} from the request's {@link #chunks}. */
    private Query query(SearchRequest request, List<Query> chunks, boolean pairs, boolean shortForms) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (request.query().isEmpty()) {
            b.add(new MatchAllDocsQuery(), Occur.MUST);
        } else {
            BooleanQuery.Builder text = new BooleanQuery.Builder();
            for (Query chunk : chunks) {
                Query q = chunk;
                if (shortForms) {
                    q = shortForm(q);
                }
                if (pairs) {
                    q = PairPhraseQuery.within(q, MeasureFields.TEXT_PAIRS);
                }
                if (q != null) {
                    text.add(q, Occur.MUST);
                }
            }
            BooleanQuery textQuery = text.build();
            if (textQuery.clauses().isEmpty()) {
                return new MatchNoDocsQuery("the query has no words");
            }
            b.add(textQuery, Occur.MUST);
        }
        filter(b, MeasureFields.PROVINCE, request.province());
        filter(b, MeasureFields.DISTRICT, request.district());
        filter(b, MeasureFields.AGENCY_TYPE, request.agencyType() == null ? null : request.agencyType().value());
        filter(b, MeasureFields.KIND, request.kind() == null ? null : request.kind().value());
        filter(b, MeasureFields.INDICATOR, request.indicator());
        if (request.fiscalYear() != null) {
            b.add(IntPoint.newExactQuery(MeasureFields.YEAR, request.fiscalYear()), Occur.FILTER);
        }
        return b.build();
    }

    /** The one-word form that stands for a chunk of alternatives, or the chunk. */
    private Query shortForm(Query chunk) {
        if (!(chunk instanceof BooleanQuery bool) || !bool.clauses().stream().allMatch(c -> c.getOccur() == Occur.SHOULD
                && (c.getQuery() instanceof TermQuery || c.getQuery() instanceof PhraseQuery))) {
            return chunk;
        }
        List<List<String>> alternatives = TitleBoost.alternatives(chunk);
        String word = indexAnalyzer.shortForms().shortFormOf(alternatives);
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
        java.util.Set<BooleanClause> seen = new java.util.LinkedHashSet<>(bool.clauses());
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

    /**
     * The best passage of each hit, the hits shared among the search threads: the highlighter segments each hit's
     * stored text again (the index keeps no offsets), a few milliseconds for ten hits on one core.
     */
    private String[] snippets(IndexSearcher searcher, Query query, TopDocs top) throws IOException {
        ScoreDoc[] docs = top.scoreDocs;
        int parts = Math.min(SEARCH_THREADS, docs.length / SNIPPETS_PER_TASK);
        String[] out = new String[docs.length];
        List<Future<String[]>> tasks = new ArrayList<>();
        int from = 0;
        for (int p = 0; p < parts - 1; p++) {
            int start = from;
            int end = from + docs.length / parts;
            tasks.add(executor.submit(() -> highlight(searcher, query, top, start, end)));
            from = end;
        }
        String[] last = highlight(searcher, query, top, from, docs.length);
        System.arraycopy(last, 0, out, from, last.length);
        int at = 0;
        for (Future<String[]> task : tasks) {
            String[] part;
            try {
                part = task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while highlighting");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw new IllegalStateException("highlighting failed", e.getCause());
            }
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = out[i] == null ? null : shorten(out[i].strip());
        }
        return out;
    }

    /** The snippets of the hits {@code from} (inclusive) to {@code to} of {@code top}. */
    private String[] highlight(IndexSearcher searcher, Query query, TopDocs top, int from, int to) throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withBreakIterator(() -> new CustomSeparatorBreakIterator('\n'))
                .build();
        TopDocs part = new TopDocs(top.totalHits, Arrays.copyOfRange(top.scoreDocs, from, to));
        return highlighter.highlight(MeasureFields.TEXT, query, part, 1);
    }

    private static String shorten(String s) {
        if (s.length() <= SNIPPET_CHARS) {
            return s;
        }
        int mark = s.indexOf("<b>");
        int from = Math.max(0, Math.min(mark - SNIPPET_CHARS / 3, s.length() - SNIPPET_CHARS));
        int to = Math.min(s.length(), from + SNIPPET_CHARS);
        // never cut inside a tag
        while (from > 0 && s.lastIndexOf('<', from) > s.lastIndexOf('>', from)) {
            from--;
        }
        while (to < s.length() && s.lastIndexOf('<', to - 1) > s.lastIndexOf('>', to - 1)) {
            to++;
        }
        return (from > 0 ? "…" : "") + s.substring(from, to) + (to < s.length() ? "…" : "");
    }

    /**
     * Agencies × themes for the measures the request matches (its query and filters; its limit is ignored): see
     * {@link ThemeMatrix} for how a plan and its report are counted.
     */
    public ThemeMatrix compare(SearchRequest request) throws IOException {
        Objects.requireNonNull(request, "request");
        IndexSearcher searcher = acquire();
        try {
            return ThemeScan.scan(searcher, query(request));
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * The measures of other agencies most like the measure with this id (as {@link SearchHit#id()} prints it):
     * those sharing most of its themes first, then by closeness of the title and steps.
     *
     * @param measureId an id like {@code 3f9a0c12be47#4}
     * @param limit the most measures to return (at least 1)
     * @return empty when no measure has this id
     * @throws IllegalArgumentException when {@code measureId} is not an id, or its report prefix is ambiguous
     */
    public Optional<SimilarResult> similar(String measureId, int limit) throws IOException {
        MeasureId id = MeasureId.parse(Objects.requireNonNull(measureId, "measureId"));
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, was " + limit);
        }
        IndexSearcher searcher = acquire();
        try {
            return SimilarMeasures.find(searcher, indexAnalyzer, id, limit);
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * The text a measure is searched by and its snippets cut from: its title, steps and other columns, then its
     * agency's name, district and province.
     */
    public static String searchableText(Report report, Measure measure) {
        return MeasureDocuments.text(Objects.requireNonNull(report, "report"), Objects.requireNonNull(measure,
                "measure"));
    }

    static SearchHit hit(Document d, float score, String snippet) {
        Number year = d.getField(MeasureFields.YEAR) == null ? null
                : d.getField(MeasureFields.YEAR).numericValue();
        String title = d.get(MeasureFields.TITLE);
        return new SearchHit(score, d.get(MeasureFields.REPORT_ID), d.get(MeasureFields.FILE_NAME),
                d.getField(MeasureFields.SEQ).numericValue().intValue(),
                d.getField(MeasureFields.PAGE).numericValue().intValue(), title, d.get(MeasureFields.AGENCY),
                year == null ? null : year.intValue(), d.get(MeasureFields.PROVINCE), d.get(MeasureFields.KIND),
                List.of(d.getValues(MeasureFields.INDICATOR)), List.of(d.getValues(MeasureFields.THEME)),
                snippet == null ? title : snippet);
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

    @Override
    public void close() throws IOException {
        try (directory; indexAnalyzer; queryAnalyzer) {
            everything = null;
            searchers.close();
            executor.shutdown();
            if (writer != null) {
                writer.close();
            }
        }
    }
}
