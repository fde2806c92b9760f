package org.itaminer.index.search;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PrimitiveIterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.LongValues;

/**
 * The facet counts of a search's matches, every dimension counted in one pass over each segment's matches (the
 * segments on the search threads): Lucene's per-dimension counting walks the matches once per dimension, six times.
 * The values are what {@code SortedSetDocValuesFacetCounts.getTopChildren} gives: most frequent first, equal counts
 * in label order, a dimension no match has left out.
 */
final class FacetCounts {

    private FacetCounts() {
    }

    /** @param states per dimension, in display order, its ordinal state (all of one reader) */
    static Map<String, List<FacetValue>> count(Map<String, SortedSetDocValuesReaderState> states, FacetsCollector fc,
                                               ExecutorService executor, int top) throws IOException {
        List<SortedSetDocValuesReaderState> dims = List.copyOf(states.values());
        List<FacetsCollector.MatchingDocs> segments = fc.getMatchingDocs();
        List<Future<int[][]>> tasks = new ArrayList<>();
        for (FacetsCollector.MatchingDocs md : segments) {
            tasks.add(executor.submit(() -> countSegment(dims, md)));
        }
        int[][] counts = new int[dims.size()][];
        OrdinalMap[] maps = new OrdinalMap[dims.size()];
        for (int d = 0; d < dims.size(); d++) {
            counts[d] = new int[dims.get(d).getSize()];
            maps[d] = dims.get(d).getDocValues() instanceof MultiDocValues.MultiSortedSetDocValues m ? m.mapping : null;
        }
        for (int s = 0; s < segments.size(); s++) {
            int[][] segCounts = get(tasks.get(s));
            int leaf = segments.get(s).context.ord;
            for (int d = 0; d < dims.size(); d++) {
                LongValues toGlobal = maps[d] == null ? LongValues.IDENTITY : maps[d].getGlobalOrds(leaf);
                for (int ord = 0; ord < segCounts[d].length; ord++) {
                    if (segCounts[d][ord] != 0) {
                        counts[d][(int) toGlobal.get(ord)] += segCounts[d][ord];
                    }
                }
            }
        }
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        int d = 0;
        for (Map.Entry<String, SortedSetDocValuesReaderState> e : states.entrySet()) {
            List<FacetValue> values = top(e.getKey(), e.getValue(), counts[d++], top);
            if (!values.isEmpty()) {
                out.put(e.getKey(), values);
            }
        }
        return out;
    }

    private static int[][] get(Future<int[][]> task) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while counting facets");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("counting facets failed", e.getCause());
        }
    }

    /** Per dimension, the count of each of the segment's ordinals among its matches. */
    private static int[][] countSegment(List<SortedSetDocValuesReaderState> dims, FacetsCollector.MatchingDocs md)
            throws IOException {
        LeafReader leaf = md.context.reader();
        int n = dims.size();
        SortedSetDocValues[] multi = new SortedSetDocValues[n];
        SortedDocValues[] single = new SortedDocValues[n];
        int[][] counts = new int[n][];
        for (int d = 0; d < n; d++) {
            multi[d] = DocValues.getSortedSet(leaf, dims.get(d).getField());
            single[d] = DocValues.unwrapSingleton(multi[d]);
            counts[d] = new int[(int) multi[d].getValueCount()];
        }
        if (md.totalHits == 0) {
            return counts;
        }
        DocIdSetIterator hits = md.bits.iterator();
        for (int doc = hits.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = hits.nextDoc()) {
            for (int d = 0; d < n; d++) {
                if (single[d] != null) {
                    if (single[d].advanceExact(doc)) {
                        counts[d][single[d].ordValue()]++;
                    }
                } else if (multi[d].advanceExact(doc)) {
                    for (int k = multi[d].docValueCount(); k > 0; k--) {
                        counts[d][(int) multi[d].nextOrd()]++;
                    }
                }
            }
        }
        return counts;
    }

    /** The dimension's {@code top} most frequent values, equal counts in ordinal (label) order. */
    private static List<FacetValue> top(String dim, SortedSetDocValuesReaderState state, int[] counts, int top)
            throws IOException {
        SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
        if (range == null) {
            return List.of();
        }
        List<int[]> nonZero = new ArrayList<>();
        for (PrimitiveIterator.OfInt it = range.iterator(); it.hasNext(); ) {
            int ord = it.nextInt();
            if (counts[ord] > 0) {
                nonZero.add(new int[] {ord, counts[ord]});
            }
        }
        nonZero.sort(Comparator.<int[]>comparingInt(a -> -a[1]).thenComparingInt(a -> a[0]));
        SortedSetDocValues labels = state.getDocValues();
        List<FacetValue> out = new ArrayList<>();
        for (int[] oc : nonZero.subList(0, Math.min(top, nonZero.size()))) {
            String[] path = FacetsConfig.stringToPath(labels.lookupOrd(oc[0]).utf8ToString());
            out.add(new FacetValue(path[path.length - 1], oc[1]));
        }
        return List.copyOf(out);
    }
}
