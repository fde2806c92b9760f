package org.itaminer.index.query;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.itaminer.index.MeasureIndex;
import org.itaminer.index.analysis.ThaiSearchAnalyzer;
import org.itaminer.index.facet.FacetCounts;
import org.itaminer.index.write.MeasureFields;

/**
 * A diagnostic, not a test: times the phases of {@link MeasureIndex#search} (query building, top-k collected, title
 * rescoring, top-k collected with facets counted, snippets on one thread, stored fields), the whole search and a searcher
 * acquisition for each query of the bench mix, on an index
 * kept by {@code itaminer bench-index --keep --folder DIR}. Medians over rounds, in ms.
 *
 * <pre>java -cp index/target/test-classes:cli/target/itaminer.jar org.itaminer.index.query.SearchPhases DIR [rounds]</pre>
 */
public final class SearchPhases {

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try (FSDirectory dir = FSDirectory.open(folder);
             DirectoryReader reader = DirectoryReader.open(dir);
             MeasureIndex index = MeasureIndex.openReadOnly(folder);
             MeasureQuery queries = new MeasureQuery(ThaiSearchAnalyzer.DEFAULT_SEGMENTER);
             ThaiSearchAnalyzer analyzer = ThaiSearchAnalyzer.forIndexing(ThaiSearchAnalyzer.DEFAULT_SEGMENTER)) {
            IndexSearcher searcher = new IndexSearcher(reader, executor);
            FacetCounts.KeyCache keys = new FacetCounts.KeyCache();
            System.out.printf(Locale.ROOT, "%d docs, %d segments%n", reader.numDocs(), reader.leaves().size());
            String[] names = {"build", "collect", "rescore", "+facets", "snippets", "stored", "search()", "acquire"};
            System.out.printf(Locale.ROOT, "%-55s %8s", "query", "hits");
            for (String n : names) {
                System.out.printf(Locale.ROOT, " %8s", n);
            }
            System.out.println();
            for (SearchRequest request : PairPhraseQueryTest.requests().toList()) {
                double[][] t = new double[names.length][rounds];
                long hits = 0;
                for (int r = -5; r < rounds; r++) {
                    long t0 = System.nanoTime();
                    Query query = queries.query(request);
                    java.util.List<java.util.List<java.util.List<String>>> title = TitleBoost.chunks(query);
                    long t1 = System.nanoTime();
                    int window = title.isEmpty() ? request.limit() : Math.max(request.limit(), 100);
                    TopDocs top = searcher.search(query,
                            new TopScoreDocCollectorManager(window, null, Integer.MAX_VALUE));
                    hits = top.totalHits.value;
                    long t2 = System.nanoTime();
                    if (!title.isEmpty()) {
                        top = TitleBoost.rescore(searcher, top, title, 1f, request.limit());
                    }
                    long t3 = System.nanoTime();
                    // the same collection with the facets counted too: the difference is their cost
                    searcher.search(query, new MultiCollectorManager(
                            new TopScoreDocCollectorManager(window, null, Integer.MAX_VALUE), new FacetCounts(50, keys)));
                    long t4 = System.nanoTime();
                    if (!request.query().isEmpty()) {
                        UnifiedHighlighter h = UnifiedHighlighter.builder(searcher, analyzer)
                                .withBreakIterator(() -> new CustomSeparatorBreakIterator('\n')).build();
                        h.highlight(MeasureFields.TEXT, queries.query(request, false, false), top, 1);
                    }
                    long t5 = System.nanoTime();
                    for (ScoreDoc sd : top.scoreDocs) {
                        searcher.storedFields().document(sd.doc);
                    }
                    long t6 = System.nanoTime();
                    index.search(request);
                    long t7 = System.nanoTime();
                    index.size();
                    long t8 = System.nanoTime();
                    if (r >= 0) {
                        long[] ts = {t0, t1, t2, t3, t4, t5, t6};
                        for (int i = 0; i < 6; i++) {
                            t[i][r] = (ts[i + 1] - ts[i]) / 1e6;
                        }
                        t[6][r] = (t7 - t6) / 1e6;
                        t[7][r] = (t8 - t7) / 1e6;
                    }
                }
                System.out.printf(Locale.ROOT, "%-55s %8d", request.toString(), hits);
                for (double[] v : t) {
                    Arrays.sort(v);
                    System.out.printf(Locale.ROOT, " %8.2f", v[v.length / 2]);
                }
                System.out.println();
            }
        } finally {
            executor.shutdown();
        }
    }
}
