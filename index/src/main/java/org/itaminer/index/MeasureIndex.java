package org.itaminer.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.itaminer.index.analysis.Segmenter;
import org.itaminer.index.analysis.ThaiSearchAnalyzer;
import org.itaminer.index.compare.ThemeMatrix;
import org.itaminer.index.compare.ThemeScan;
import org.itaminer.index.query.MeasureId;
import org.itaminer.index.query.MeasureQuery;
import org.itaminer.index.query.MeasureSearch;
import org.itaminer.index.query.QueryTooLongException;
import org.itaminer.index.query.SearchHit;
import org.itaminer.index.query.SearchRequest;
import org.itaminer.index.query.SearchResult;
import org.itaminer.index.similar.SimilarMeasures;
import org.itaminer.index.similar.SimilarResult;
import org.itaminer.index.write.IndexFormat;
import org.itaminer.index.write.MeasureIndexWriter;
import org.itaminer.index.write.OutdatedIndexException;

/**
 * The measure index opened for reading: {@link #search} finds measures with filters and facet counts
 * ({@code index.query}), {@link #compare} sets agencies side by side by theme ({@code index.compare}),
 * {@link #similar} finds other agencies' measures like one ({@code index.similar}). Opened on a folder's last commit
 * ({@link #openReadOnly}, no write lock: a running {@code run} does not block it) or on a
 * {@link MeasureIndexWriter}'s changes as they are made ({@link #of}). Open once, use from any thread, close when
 * done. Writing is {@link MeasureIndexWriter}'s.
 */
public final class MeasureIndex implements Closeable {

    private static final int SEARCH_THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    /** The folder, when read-only (its last commit is watched); null on a writer. */
    private final Directory directory;
    private final ThaiSearchAnalyzer analyzer;
    private final MeasureQuery queries;
    private final MeasureSearch search;
    /** Searches a large index's segments, and counts their facets, on all cores at once. */
    private final ExecutorService executor;
    /** Reopened only when the index changed: opening a reader per search costs more than the search at 1M measures. */
    private final SearcherManager searchers;

    private MeasureIndex(Directory directory, Segmenter segmenter, DirectoryReader onWriter) throws IOException {
        this.directory = directory;
        this.analyzer = ThaiSearchAnalyzer.forIndexing(segmenter);
        this.queries = new MeasureQuery(segmenter);
        this.executor = Executors.newFixedThreadPool(SEARCH_THREADS, daemonThreads());
        this.search = new MeasureSearch(queries, analyzer, executor, SEARCH_THREADS);
        SearcherFactory factory = new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
                return new IndexSearcher(reader, executor);
            }
        };
        this.searchers = onWriter != null ? new SearcherManager(onWriter, factory)
                : new SearcherManager(directory, factory);
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "itaminer-search-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Opens an existing index for searching only (no write lock, so a running {@code run} does not block it; it
     * sees the last commit).
     *
     * @throws IndexNotFoundException when {@code folder} holds no index
     * @throws OutdatedIndexException when the index was built by another itaminer
     */
    public static MeasureIndex openReadOnly(Path folder) throws IOException {
        Objects.requireNonNull(folder, "folder");
        FSDirectory directory = FSDirectory.open(folder);
        try {
            if (!DirectoryReader.indexExists(directory)) {
                throw new IndexNotFoundException("no index in " + folder);
            }
            IndexFormat.check(directory, folder, ThaiSearchAnalyzer.DEFAULT_SEGMENTER);
            return new MeasureIndex(directory, ThaiSearchAnalyzer.DEFAULT_SEGMENTER, null);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /**
     * The index {@code writer} writes, with its changes as they are made, committed or not. Close this before the
     * writer.
     */
    public static MeasureIndex of(MeasureIndexWriter writer) throws IOException {
        DirectoryReader reader = Objects.requireNonNull(writer, "writer").openReader();
        try {
            return new MeasureIndex(null, writer.segmenter(), reader);
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** A searcher on the latest changes (the writer's, or the last commit when read-only); release it after use. */
    private IndexSearcher acquire() throws IOException {
        if (directory == null || newerCommit()) {
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

    /** The number of indexed measures. */
    public int size() throws IOException {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    /**
     * The best measures for {@code request}, their snippets and the facet counts of all matches.
     *
     * @throws QueryTooLongException when the request has more than {@link MeasureQuery#MAX_WORDS} words
     */
    public SearchResult search(SearchRequest request) throws IOException {
        Objects.requireNonNull(request, "request");
        return withSearcher(searcher -> search.search(searcher, request));
    }

    /**
     * Agencies × themes for the measures the request matches (its query and filters; its limit is ignored): see
     * {@link ThemeMatrix} for how a plan and its report are counted.
     *
     * @throws QueryTooLongException when the request has more than {@link MeasureQuery#MAX_WORDS} words
     */
    public ThemeMatrix compare(SearchRequest request) throws IOException {
        Objects.requireNonNull(request, "request");
        return withSearcher(searcher -> ThemeScan.scan(searcher, queries.query(request)));
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
        return withSearcher(searcher -> SimilarMeasures.find(searcher, analyzer, id, limit));
    }

    /** What a search of the current searcher computes. */
    @FunctionalInterface
    private interface Work<T> {
        T on(IndexSearcher searcher) throws IOException;
    }

    /** Runs {@code work} on an acquired searcher and releases it, whatever happens. */
    private <T> T withSearcher(Work<T> work) throws IOException {
        IndexSearcher searcher = acquire();
        try {
            return work.on(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public void close() throws IOException {
        try (analyzer; queries) {
            search.forget();
            searchers.close();
            executor.shutdown();
        } finally {
            if (directory != null) {
                directory.close();
            }
        }
    }
}
