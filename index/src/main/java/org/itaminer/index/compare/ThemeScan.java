package org.itaminer.index.compare;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.itaminer.model.report.AgencyType;
import org.itaminer.index.write.FacetFields;
import org.itaminer.index.write.MeasureFields;
import org.itaminer.index.theme.Theme;

/**
 * Builds a {@link ThemeMatrix} from the measures a query matches. One pass over the matching documents reads
 * only doc values (report id, themes); stored fields are read once per report, not per measure, so the cost grows
 * with the matches and the number of reports, never with text size.
 */
public final class ThemeScan {

    private ThemeScan() {
    }

    /** Per report: its themes' measure counts and one of its documents (for the report's stored fields). */
    private static final class ReportTally {
        final String id;
        final int doc;
        int measures;
        final EnumMap<Theme, Integer> counts = new EnumMap<>(Theme.class);

        ReportTally(String id, int doc) {
            this.id = id;
            this.doc = doc;
        }
    }

    /** The matrix of the measures {@code query} matches in {@code searcher}'s index. */
    public static ThemeMatrix scan(IndexSearcher searcher, Query query) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        Map<String, ReportTally> reports = new LinkedHashMap<>();
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : reader.leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            SortedDocValues reportIds = DocValues.getSorted(leaf.reader(), MeasureFields.REPORT_ID);
            NumericDocValues themes = DocValues.getNumeric(leaf.reader(), FacetFields.THEME_BITS);
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue; // a scorer does not skip deleted documents by itself
                }
                if (!reportIds.advanceExact(doc)) {
                    throw new IllegalStateException("measure without a report id; rebuild the index (itaminer reindex)");
                }
                String reportId = reportIds.lookupOrd(reportIds.ordValue()).utf8ToString();
                int global = leaf.docBase + doc;
                ReportTally tally = reports.computeIfAbsent(reportId, k -> new ReportTally(k, global));
                tally.measures++;
                if (themes.advanceExact(doc)) {
                    for (Theme t : FacetFields.themes(themes.longValue())) {
                        tally.counts.merge(t, 1, Integer::sum);
                    }
                }
            }
        }
        return matrix(searcher, reports);
    }

    /** A row under construction: one agency in one fiscal year. */
    private static final class RowTally {
        final Document first;
        final TreeSet<String> kinds = new TreeSet<>();
        int documents;
        int measures;
        final EnumMap<Theme, Integer> counts = new EnumMap<>(Theme.class);
        final EnumMap<Theme, String> sources = new EnumMap<>(Theme.class);

        RowTally(Document first) {
            this.first = first;
        }
    }

    private static ThemeMatrix matrix(IndexSearcher searcher, Map<String, ReportTally> reports) throws IOException {
        Map<String, RowTally> rows = new LinkedHashMap<>();
        for (ReportTally report : reports.values()) {
            Document d = searcher.storedFields().document(report.doc);
            String key = d.get(MeasureFields.AGENCY_KEY) + "|" + Objects.toString(year(d), "");
            RowTally row = rows.computeIfAbsent(key, k -> new RowTally(d));
            row.documents++;
            if (d.get(MeasureFields.KIND) != null) {
                row.kinds.add(d.get(MeasureFields.KIND));
            }
            // a plan and its report list the same measures: the larger document, not the sum
            row.measures = Math.max(row.measures, report.measures);
            report.counts.forEach((t, n) -> {
                if (n > row.counts.getOrDefault(t, 0)) {
                    row.counts.put(t, n);
                    row.sources.put(t, report.id);
                }
            });
        }
        List<ThemeMatrix.Row> out = new ArrayList<>();
        for (RowTally r : rows.values()) {
            Document d = r.first;
            String type = d.get(MeasureFields.AGENCY_TYPE);
            out.add(new ThemeMatrix.Row(d.get(MeasureFields.AGENCY),
                    type == null ? AgencyType.OTHER : AgencyType.fromValue(type), d.get(MeasureFields.DISTRICT),
                    d.get(MeasureFields.PROVINCE), year(d), List.copyOf(r.kinds), r.documents, r.measures,
                    r.counts, r.sources));
        }
        Collator thai = Collator.getInstance(new ULocale("th", "TH"));
        Comparator<String> text = Comparator.nullsLast(thai::compare);
        out.sort(Comparator.comparing(ThemeMatrix.Row::province, text)
                .thenComparing(ThemeMatrix.Row::agency, text)
                .thenComparing(ThemeMatrix.Row::fiscalYear, Comparator.nullsLast(Comparator.naturalOrder())));
        return new ThemeMatrix(List.of(Theme.values()), out);
    }

    private static Integer year(Document d) {
        return d.getField(MeasureFields.YEAR) == null ? null : d.getField(MeasureFields.YEAR).numericValue().intValue();
    }
}
