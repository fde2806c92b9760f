package org.itaminer.index.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.itaminer.extract.report.Report;
import org.itaminer.index.compare.ThemeMatrix;
import org.itaminer.index.theme.ThemeClassifier;

/**
 * The measure index in a folder (a workdir's {@code index/}): {@link #indexReport} replaces a report's measures,
 * {@link #search} finds measures with filters and facet counts, {@link #compare} sets agencies side by side by
 * theme, {@link #similar} finds other agencies' measures like one. Open once, use from any thread, close when done;
 * changes are committed on {@link #commit()} and {@link #close()}, and searches see them at once.
 */
public final class MeasureIndex implements Closeable {

    /** The indexed, unstored copy of the title, searched with a boost. */
    private static final String TITLE_TEXT = "titleText";
    private static final float TITLE_BOOST = 2f;
    private static final int SNIPPET_CHARS = 240;
    private static final int FACET_VALUES = 50;

    /** Commit user-data key naming the segmenter the index was built with. */
    private static final String SEGMENTER_KEY = "itaminer.segmenter";
    /** Commit user-data key naming the document layout (fields) and the theme rules the index was built with. */
    private static final String LAYOUT_KEY = "itaminer.layout";
    /** Version 2: themes, agency key, similarity text, report-id doc values, indexed seq. */
    private static final String LAYOUT = "2+themes-" + ThemeClassifier.standard().version();

    private final FSDirectory directory;
    private final IndexWriter writer;
    private final ThaiSearchAnalyzer indexAnalyzer;
    private final ThaiSearchAnalyzer queryAnalyzer;
    private final FacetsConfig facetsConfig;

    private MeasureIndex(Path folder, Segmenter segmenter, boolean writable, boolean create) throws IOException {
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
        if (!create) {
            checkSegmenter(folder, segmenter);
            checkLayout(folder);
        }
        this.writer = writable ? new IndexWriter(directory, new IndexWriterConfig(indexAnalyzer)
                .setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND))
                : null;
        if (writer != null) {
            writer.setLiveCommitData(Map.of(SEGMENTER_KEY, segmenter.name(), LAYOUT_KEY, LAYOUT).entrySet());
        }
        this.facetsConfig = new FacetsConfig();
        facetsConfig.setMultiValued(MeasureFields.INDICATOR, true);
        facetsConfig.setMultiValued(MeasureFields.THEME, true);
    }

    /** Opens (creating if needed) the index in {@code folder} with the default segmenter. */
    public static MeasureIndex open(Path folder) throws IOException {
        return open(folder, ThaiSearchAnalyzer.DEFAULT_SEGMENTER);
    }

    /** Opens (creating if needed) the index in {@code folder}; the segmenter must be the one it was built with. */
    public static MeasureIndex open(Path folder, Segmenter segmenter) throws IOException {
        return new MeasureIndex(Objects.requireNonNull(folder, "folder"), Objects.requireNonNull(segmenter, "segmenter"),
                true, false);
    }

    /**
     * Creates an empty index in {@code folder}, replacing whatever index is there (built by another segmenter,
     * an older field layout or other theme rules): for rebuilding.
     */
    public static MeasureIndex create(Path folder) throws IOException {
        return new MeasureIndex(Objects.requireNonNull(folder, "folder"), ThaiSearchAnalyzer.DEFAULT_SEGMENTER, true,
                true);
    }

    /**
     * Opens an existing index for searching only (no write lock, so a running {@code run} does not block it; it
     * sees the last commit).
     *
     * @throws IndexNotFoundException when {@code folder} holds no index
     */
    public static MeasureIndex openReadOnly(Path folder) throws IOException {
        return new MeasureIndex(Objects.requireNonNull(folder, "folder"), ThaiSearchAnalyzer.DEFAULT_SEGMENTER, false,
                false);
    }

    /** Terms from one segmenter do not match another's: refuse to mix them. */
    private void checkSegmenter(Path folder, Segmenter segmenter) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return;
        }
        String built = SegmentInfos.readLatestCommit(directory).getUserData().get(SEGMENTER_KEY);
        if (built != null && !built.equals(segmenter.name())) {
            directory.close();
            throw new IllegalStateException("the index in " + folder + " was built with the " + built
                    + " segmenter, not " + segmenter + "; rebuild it (itaminer reindex)");
        }
    }

    /** Fields or theme rules changed since the index was built: its documents lack fields or carry stale themes. */
    private void checkLayout(Path folder) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return;
        }
        String built = SegmentInfos.readLatestCommit(directory).getUserData().get(LAYOUT_KEY);
        if (!LAYOUT.equals(built)) {
            directory.close();
            throw new IllegalStateException("the index in " + folder + " was built by an older itaminer (fields or "
                    + "theme rules " + (built == null ? "before themes" : built) + ", now " + LAYOUT
                    + "); rebuild it (itaminer reindex)");
        }
    }

    private IndexWriter writer() {
        if (writer == null) {
            throw new IllegalStateException("this index was opened read-only");
        }
        return writer;
    }

    private DirectoryReader reader() throws IOException {
        return writer == null ? DirectoryReader.open(directory) : DirectoryReader.open(writer);
    }

    /** Replaces every measure of this report (by report id) with its current measures. */
    public void indexReport(Report report) throws IOException {
        Objects.requireNonNull(report, "report");
        List<Document> docs = new ArrayList<>();
        for (Document d : MeasureDocuments.of(report)) {
            d.add(new TextField(TITLE_TEXT, d.get(MeasureFields.TITLE), org.apache.lucene.document.Field.Store.NO));
            docs.add(facetsConfig.build(d));
        }
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
        try (DirectoryReader reader = reader()) {
            return reader.numDocs();
        }
    }

    public SearchResult search(SearchRequest request) throws IOException {
        Objects.requireNonNull(request, "request");
        try (DirectoryReader reader = reader()) {
            if (reader.numDocs() == 0) {
                return new SearchResult(0, List.of(), Map.of());
            }
            IndexSearcher searcher = new IndexSearcher(reader);
            Query query = query(request);
            FacetsCollector fc = new FacetsCollector();
            TopDocs top = FacetsCollector.search(searcher, query, request.limit(), fc);
            String[] snippets = snippets(searcher, query, top);
            List<SearchHit> hits = new ArrayList<>();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                hits.add(hit(searcher.storedFields().document(sd.doc), sd.score, snippets[i]));
            }
            return new SearchResult(top.totalHits.value, hits, facets(reader, fc));
        }
    }

    Query query(SearchRequest request) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (request.query().isEmpty()) {
            b.add(new MatchAllDocsQuery(), Occur.MUST);
        } else {
            QueryBuilder qb = new QueryBuilder(queryAnalyzer);
            qb.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
            BooleanQuery.Builder text = new BooleanQuery.Builder();
            BooleanQuery.Builder title = new BooleanQuery.Builder();
            for (String chunk : QueryChunks.split(request.query())) {
                Query q = qb.createPhraseQuery(MeasureFields.TEXT, chunk);
                if (q != null) {
                    text.add(q, Occur.MUST);
                }
                Query t = qb.createPhraseQuery(TITLE_TEXT, chunk);
                if (t != null) {
                    title.add(t, Occur.SHOULD);
                }
            }
            BooleanQuery textQuery = text.build();
            if (textQuery.clauses().isEmpty()) {
                return new MatchNoDocsQuery("the query has no words");
            }
            b.add(textQuery, Occur.MUST);
            b.add(new BoostQuery(title.build(), TITLE_BOOST), Occur.SHOULD);
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

    private static void filter(BooleanQuery.Builder b, String field, String value) {
        if (value != null) {
            b.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }

    private String[] snippets(IndexSearcher searcher, Query query, TopDocs top) throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withBreakIterator(() -> new CustomSeparatorBreakIterator('\n'))
                .build();
        String[] out = highlighter.highlight(MeasureFields.TEXT, query, top, 1);
        for (int i = 0; i < out.length; i++) {
            out[i] = out[i] == null ? null : shorten(out[i].strip());
        }
        return out;
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
        try (DirectoryReader reader = reader()) {
            return ThemeScan.scan(new IndexSearcher(reader), query(request));
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
        try (DirectoryReader reader = reader()) {
            return SimilarMeasures.find(new IndexSearcher(reader), indexAnalyzer, id, limit);
        }
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

    private Map<String, List<FacetValue>> facets(DirectoryReader reader, FacetsCollector fc) throws IOException {
        SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
        Facets facets = new SortedSetDocValuesFacetCounts(state, fc);
        Map<String, FacetResult> byDim = new LinkedHashMap<>();
        for (FacetResult r : facets.getAllDims(FACET_VALUES)) {
            byDim.put(r.dim, r);
        }
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        for (String dim : MeasureFields.FACETS) {
            FacetResult r = byDim.get(dim);
            if (r != null) {
                List<FacetValue> values = new ArrayList<>();
                for (LabelAndValue lv : r.labelValues) {
                    values.add(new FacetValue(lv.label, lv.value.intValue()));
                }
                out.put(dim, values);
            }
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        try (directory; indexAnalyzer; queryAnalyzer) {
            if (writer != null) {
                writer.close();
            }
        }
    }
}
