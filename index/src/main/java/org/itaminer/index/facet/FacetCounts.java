package org.itaminer.index.facet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.itaminer.index.write.FacetFields;
import org.itaminer.index.write.MeasureFields;
import org.itaminer.index.theme.Theme;

/**
 * The facet counts of a search's matches (province, agency type, fiscal year, kind, indicator, theme), counted as the
 * matches are collected, each segment on its search thread.
 *
 * <p>Three single-valued doc values a measure, not one per dimension: the four dimensions a measure takes from its
 * report are one {@linkplain FacetFields#REPORT_KEY key} (an index holds a few thousand distinct keys), its indicator
 * codes one {@linkplain FacetFields#INDICATOR_KEY key}, its themes one {@linkplain FacetFields#THEME_BITS bit set}.
 * Each match adds one to the count of its keys' ordinals and of its bit set; a segment's keys are spelled out into
 * values once, on its first search ({@link KeyCache}), and the counts of the ordinals added up by value at the end. Measured at a million measures:
 * six per-dimension doc values took 25 ms for a common word's third of a million matches, and the multi-valued
 * indicators alone most of what was left after the others became keys.
 *
 * <p>The values are listed most frequent first, equal counts in label order; a dimension no match has is left out.
 */
public final class FacetCounts implements CollectorManager<FacetCounts.Tally, Map<String, List<FacetValue>>> {

    private static final List<String> REPORT_DIMENSIONS = FacetFields.REPORT_DIMENSIONS;
    private static final char SEP = FacetFields.SEP;

    private final int top;
    private final KeyCache keys;

    /**
     * @param top the most values to list per dimension
     * @param keys the keys of the segments searched, spelled out (one cache for all searches of an index)
     */
    public FacetCounts(int top, KeyCache keys) {
        this.top = top;
        this.keys = keys;
    }

    @Override
    public Tally newCollector() {
        return new Tally(keys);
    }

    @Override
    public Map<String, List<FacetValue>> reduce(Collection<Tally> tallies) throws IOException {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (String dim : MeasureFields.FACETS) {
            counts.put(dim, new HashMap<>());
        }
        for (Tally t : tallies) {
            for (Segment s : t.segments) {
                s.addTo(counts);
            }
        }
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        counts.forEach((dim, values) -> {
            if (!values.isEmpty()) {
                out.put(dim, top(values, top));
            }
        });
        return out;
    }

    /** The {@code top} most frequent values, equal counts in label order. */
    static List<FacetValue> top(Map<String, Integer> values, int top) {
        List<FacetValue> all = new ArrayList<>();
        values.forEach((v, n) -> all.add(new FacetValue(v, n)));
        // String order is UTF-8 byte order for the BMP, which Thai and Latin names are in
        all.sort(Comparator.comparingInt(FacetValue::count).reversed().thenComparing(FacetValue::value));
        return List.copyOf(all.subList(0, Math.min(top, all.size())));
    }

    /** The counts of one collector: a slice of the segments, searched on one thread. */
    public static final class Tally implements Collector {
        private final List<Segment> segments = new ArrayList<>();
        private final KeyCache keys;

        Tally(KeyCache keys) {
            this.keys = keys;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            Segment s = new Segment(context.reader(), keys.of(context.reader()));
            segments.add(s);
            return s;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /** One segment's counts by its own ordinals, added up by value in {@link #addTo}. */
    private static final class Segment implements LeafCollector {
        private final SpelledKeys spelled;
        private final SortedDocValues reportKeys;
        private final SortedDocValues indicatorKeys;
        private final NumericDocValues themeBits;
        private final int[] reportCounts;
        private final int[] indicatorCounts;
        private final int[] bitsCounts = new int[FacetFields.themeSets()];

        Segment(LeafReader reader, SpelledKeys spelled) throws IOException {
            this.spelled = spelled;
            reportKeys = DocValues.getSorted(reader, FacetFields.REPORT_KEY);
            indicatorKeys = DocValues.getSorted(reader, FacetFields.INDICATOR_KEY);
            themeBits = DocValues.getNumeric(reader, FacetFields.THEME_BITS);
            reportCounts = new int[reportKeys.getValueCount()];
            indicatorCounts = new int[indicatorKeys.getValueCount()];
        }

        @Override
        public void setScorer(Scorable scorer) {
        }

        @Override
        public void collect(int doc) throws IOException {
            if (reportKeys.advanceExact(doc)) {
                reportCounts[reportKeys.ordValue()]++;
            }
            if (indicatorKeys.advanceExact(doc)) {
                indicatorCounts[indicatorKeys.ordValue()]++;
            }
            if (themeBits.advanceExact(doc)) {
                bitsCounts[(int) themeBits.longValue()]++;
            }
        }

        void addTo(Map<String, Map<String, Integer>> counts) {
            spelled.reports().addTo(reportCounts, counts);
            spelled.indicators().addTo(indicatorCounts, counts);
            Map<String, Integer> themes = counts.get(MeasureFields.THEME);
            for (int bits = 1; bits < bitsCounts.length; bits++) {
                if (bitsCounts[bits] != 0) {
                    for (Theme t : FacetFields.themes(bits)) {
                        themes.merge(t.id(), bitsCounts[bits], Integer::sum);
                    }
                }
            }
        }
    }

    /**
     * The values of one segment's keys of one field: the dimension and value of each label, and the labels of each
     * key ordinal.
     */
    private static final class Spelled {
        private final String[] dimensions;
        private final String[] values;
        private final int[][] labelsOf;

        /** @param dimension the dimension of a key's n-th part */
        Spelled(SortedDocValues keys, IntFunction<String> dimension) throws IOException {
            Map<String, Integer> ids = new LinkedHashMap<>();
            List<String> dims = new ArrayList<>();
            List<String> vals = new ArrayList<>();
            labelsOf = new int[keys.getValueCount()][];
            for (int ord = 0; ord < labelsOf.length; ord++) {
                String key = keys.lookupOrd(ord).utf8ToString();
                List<Integer> labels = new ArrayList<>();
                int part = 0;
                for (int from = 0; from <= key.length(); part++) {
                    int to = key.indexOf(SEP, from);
                    to = to < 0 ? key.length() : to;
                    String value = key.substring(from, to);
                    if (!value.isEmpty()) {
                        String dim = dimension.apply(part);
                        labels.add(ids.computeIfAbsent(dim + SEP + value, k -> {
                            dims.add(dim);
                            vals.add(value);
                            return ids.size();
                        }));
                    }
                    from = to + 1;
                }
                labelsOf[ord] = labels.stream().mapToInt(Integer::intValue).toArray();
            }
            dimensions = dims.toArray(String[]::new);
            values = vals.toArray(String[]::new);
        }

        /** Adds the counts of key ordinals to the counts of their values. */
        void addTo(int[] ordCounts, Map<String, Map<String, Integer>> counts) {
            int[] perLabel = new int[values.length];
            for (int ord = 0; ord < ordCounts.length; ord++) {
                if (ordCounts[ord] != 0) {
                    for (int label : labelsOf[ord]) {
                        perLabel[label] += ordCounts[ord];
                    }
                }
            }
            for (int l = 0; l < perLabel.length; l++) {
                if (perLabel[l] != 0) {
                    counts.get(dimensions[l]).merge(values[l], perLabel[l], Integer::sum);
                }
            }
        }
    }

    /** A segment's report keys and indicator keys, spelled out. */
    private record SpelledKeys(Spelled reports, Spelled indicators) {

        static SpelledKeys of(LeafReader reader) throws IOException {
            return new SpelledKeys(
                    new Spelled(DocValues.getSorted(reader, FacetFields.REPORT_KEY), REPORT_DIMENSIONS::get),
                    new Spelled(DocValues.getSorted(reader, FacetFields.INDICATOR_KEY),
                            part -> MeasureFields.INDICATOR));
        }
    }

    /**
     * The spelled-out keys of each segment, kept while the segment is open: reading and splitting every key at each
     * search cost more than counting the matches. Thread-safe.
     */
    public static final class KeyCache {
        private final Map<IndexReader.CacheKey, SpelledKeys> bySegment = new ConcurrentHashMap<>();

        SpelledKeys of(LeafReader reader) throws IOException {
            IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
            if (helper == null) {
                return SpelledKeys.of(reader);
            }
            SpelledKeys keys = bySegment.get(helper.getKey());
            if (keys == null) {
                keys = SpelledKeys.of(reader);
                if (bySegment.putIfAbsent(helper.getKey(), keys) == null) {
                    helper.addClosedListener(bySegment::remove);
                }
            }
            return keys;
        }
    }
}
