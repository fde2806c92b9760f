package org.itaminer.index.similar;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.itaminer.index.query.MeasureId;
import org.itaminer.index.query.SearchHit;
import org.itaminer.index.query.StoredMeasure;
import org.itaminer.index.write.MeasureFields;

/**
 * The measures of other agencies closest to one measure. Closeness is Lucene's {@link MoreLikeThis}: the query
 * measure's title (counted twice: a title names what a measure is, steps how) and steps, analyzed again from its
 * stored fields, against the searchable text of the others (no term vectors: they cost a quarter of indexing); a measure
 * sharing a theme also matches when its wording differs. The answer is ordered by the number of themes shared
 * with the query measure, then by score, so a measure on the same topic comes before one that only shares words.
 */
public final class SimilarMeasures {

    /** Candidates fetched before re-ordering by shared themes: enough that a same-theme measure is not cut off. */
    private static final int CANDIDATES = 200;
    private static final float THEME_BOOST = 0.5f;

    private SimilarMeasures() {
    }

    /**
     * The measures of other agencies most like the measure with this id: those sharing most of its themes first,
     * then by closeness of the title and steps.
     *
     * @param analyzer the index chain
     * @return empty when no measure has this id
     * @throws IllegalArgumentException when the id's report prefix names several reports
     */
    public static Optional<SimilarResult> find(IndexSearcher searcher, Analyzer analyzer, MeasureId id, int limit)
            throws IOException {
        BooleanQuery byId = new BooleanQuery.Builder()
                .add(new PrefixQuery(new Term(MeasureFields.REPORT_ID, id.reportPrefix())), Occur.FILTER)
                .add(IntPoint.newExactQuery(MeasureFields.SEQ, id.seq()), Occur.FILTER)
                .build();
        TopDocs found = searcher.search(byId, 2);
        if (found.scoreDocs.length == 0) {
            return Optional.empty();
        }
        if (found.scoreDocs.length > 1) {
            throw new IllegalArgumentException("measure id '" + id + "' names measures of several reports; give more "
                    + "of the report id");
        }
        int doc = found.scoreDocs[0].doc;
        Document measure = searcher.storedFields().document(doc);
        List<String> themes = List.of(measure.getValues(MeasureFields.THEME));

        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(new String[] {MeasureFields.TEXT});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(1);
        mlt.setMinWordLen(2);
        mlt.setMaxQueryTerms(30);
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        String title = measure.get(MeasureFields.TITLE);
        String steps = measure.get(MeasureFields.STEPS);
        q.add(mlt.like(MeasureFields.TEXT, new StringReader(title), new StringReader(title),
                new StringReader(steps == null ? "" : steps)), Occur.SHOULD);
        for (String theme : themes) {
            q.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(MeasureFields.THEME, theme))),
                    THEME_BOOST), Occur.SHOULD);
        }
        q.setMinimumNumberShouldMatch(1);
        // never the measure itself nor anything else of its agency
        q.add(new TermQuery(new Term(MeasureFields.AGENCY_KEY, measure.get(MeasureFields.AGENCY_KEY))), Occur.MUST_NOT);

        TopDocs top = searcher.search(q.build(), Math.max(CANDIDATES, limit));
        Set<String> own = new HashSet<>(themes);
        List<SearchHit> hits = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            hits.add(StoredMeasure.hit(searcher.storedFields().document(sd.doc), sd.score, null));
        }
        hits.sort(Comparator.comparingLong((SearchHit h) -> h.themes().stream().filter(own::contains).count())
                .reversed().thenComparing(Comparator.comparingDouble(SearchHit::score).reversed()));
        return Optional.of(new SimilarResult(StoredMeasure.hit(measure, 0f, null),
                hits.subList(0, Math.min(limit, hits.size()))));
    }
}
