package org.itaminer.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.itaminer.index.MeasureIndex;
import org.itaminer.index.query.SearchRequest;
import org.itaminer.model.report.AgencyType;
import org.itaminer.model.report.DocumentKind;

/**
 * Times search pages on an index: a page is what the web UI's search page asks of {@link MeasureIndex#search} — the
 * query, the facet counts of all its matches and the first {@value #PAGE} hits with highlighted snippets — in one
 * call, on the index opened read-only. The mix holds each kind of query an analyst types ({@link QueryClass}).
 */
public final class SearchPageBenchmark {

    /** Hits on the first page. */
    public static final int PAGE = 20;

    /** The kinds of query in the mix. */
    public enum QueryClass {
        /** Thai typed as written, without spaces: every word required, closeness ranked. */
        UNSPACED,
        /** Thai with spaces between ideas. */
        SPACED,
        /** A phrase in double quotes. */
        QUOTED,
        /** Words and filters. */
        WORDS_AND_FILTERS,
        /** Filters alone, or nothing (every measure): facet counts over many matches. */
        FILTERS_ONLY
    }

    /** One request of the mix and its kind. */
    public record Page(QueryClass kind, SearchRequest request) {
    }

    public static final List<Page> MIX = List.of(
            page(QueryClass.UNSPACED, "ช่องทางร้องเรียน"),
            page(QueryClass.UNSPACED, "เปิดเผยข้อมูลจัดซื้อจัดจ้าง"),
            page(QueryClass.UNSPACED, "ความเสี่ยงการทุจริต"),
            page(QueryClass.UNSPACED, "ประชาสัมพันธ์มาตรการไม่รับของขวัญ"),
            page(QueryClass.UNSPACED, "คู่มือการปฏิบัติงานร้องเรียน"),
            page(QueryClass.UNSPACED, "อบต.ร้องเรียนทุจริต"),
            page(QueryClass.SPACED, "คู่มือ การให้บริการ"),
            page(QueryClass.SPACED, "อบต. ร้องเรียน"),
            page(QueryClass.SPACED, "ไตรมาสที่ ๑ รายงาน"),
            page(QueryClass.SPACED, "No Gift Policy ประกาศ"),
            page(QueryClass.QUOTED, "\"ไม่รับของขวัญ\""),
            page(QueryClass.QUOTED, "\"จัดซื้อจัดจ้าง\" เว็บไซต์"),
            page(QueryClass.QUOTED, "\"ช่องทางร้องเรียน\""),
            new Page(QueryClass.WORDS_AND_FILTERS, new SearchRequest("ร้องเรียน", "นครนายก", null, null, null, null,
                    null, PAGE)),
            new Page(QueryClass.WORDS_AND_FILTERS, new SearchRequest("เปิดเผยข้อมูลสาธารณะ", null, null,
                    AgencyType.SUBDISTRICT_MUNICIPALITY, 2568, null, null, PAGE)),
            new Page(QueryClass.WORDS_AND_FILTERS, new SearchRequest("งบประมาณ", null, null, null, 2025,
                    DocumentKind.REPORT, null, PAGE)),
            new Page(QueryClass.FILTERS_ONLY, new SearchRequest("", "ขอนแก่น", null, null, null, null, null, PAGE)),
            new Page(QueryClass.FILTERS_ONLY, new SearchRequest("", null, null, AgencyType.PAO, 2566,
                    DocumentKind.PLAN, null, PAGE)),
            new Page(QueryClass.FILTERS_ONLY, new SearchRequest("", null, null, null, 2568, null, null, PAGE)),
            new Page(QueryClass.FILTERS_ONLY, new SearchRequest("", null, null, null, null, null, null, PAGE)));

    /**
     * What was measured.
     *
     * @param latenciesMs every timed page, in run order
     * @param byClass the timed pages of each kind
     * @param slowest the request of the mix with the highest median, and that median
     */
    public record Result(double[] latenciesMs, Map<QueryClass, double[]> byClass, String slowest) {

        /** The {@code p}-th percentile (0–100) of all pages, nearest rank. */
        public double percentileMs(double p) {
            return percentile(latenciesMs, p);
        }

        public static double percentile(double[] values, double p) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
        }
    }

    private SearchPageBenchmark() {
    }

    private static Page page(QueryClass kind, String query) {
        return new Page(kind, SearchRequest.of(query).withLimit(PAGE));
    }

    /** Runs the mix {@code warmup} times untimed, then {@code rounds} times timed, on the index in {@code folder}. */
    public static Result run(Path folder, int warmup, int rounds) throws IOException {
        Objects.requireNonNull(folder, "folder");
        if (rounds < 1 || warmup < 0) {
            throw new IllegalArgumentException("rounds must be >= 1 and warmup >= 0, were " + rounds + ", " + warmup);
        }
        double[] all = new double[MIX.size() * rounds];
        double[][] perPage = new double[MIX.size()][rounds];
        try (MeasureIndex index = MeasureIndex.openReadOnly(folder)) {
            for (int r = 0; r < warmup; r++) {
                for (Page p : MIX) {
                    index.search(p.request());
                }
            }
            int n = 0;
            for (int r = 0; r < rounds; r++) {
                for (int k = 0; k < MIX.size(); k++) {
                    long t = System.nanoTime();
                    index.search(MIX.get(k).request());
                    double ms = (System.nanoTime() - t) / 1e6;
                    all[n++] = ms;
                    perPage[k][r] = ms;
                }
            }
        }
        Map<QueryClass, double[]> byClass = new EnumMap<>(QueryClass.class);
        for (QueryClass c : QueryClass.values()) {
            List<Double> v = new ArrayList<>();
            for (int k = 0; k < MIX.size(); k++) {
                if (MIX.get(k).kind() == c) {
                    for (double ms : perPage[k]) {
                        v.add(ms);
                    }
                }
            }
            byClass.put(c, v.stream().mapToDouble(Double::doubleValue).toArray());
        }
        int worst = 0;
        for (int k = 0; k < MIX.size(); k++) {
            if (Result.percentile(perPage[k], 50) > Result.percentile(perPage[worst], 50)) {
                worst = k;
            }
        }
        String slowest = IndexBenchmark.describe(MIX.get(worst).request())
                + String.format(java.util.Locale.ROOT, " (median %.1f ms)", Result.percentile(perPage[worst], 50));
        return new Result(all, byClass, slowest);
    }
}
