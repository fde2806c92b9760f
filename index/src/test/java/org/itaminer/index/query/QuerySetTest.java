package org.itaminer.index.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.th.ThaiAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.itaminer.model.report.AgencyType;
import org.itaminer.model.report.DocumentKind;
import org.itaminer.model.report.Measure;
import org.itaminer.model.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.itaminer.index.MeasureIndex;
import org.itaminer.index.WritableIndex;
import org.itaminer.index.SampleReports;
import org.itaminer.index.analysis.Segmenter;
import org.itaminer.index.analysis.ThaiSearchAnalyzer;
import org.itaminer.index.write.MeasureDocuments;

/**
 * The query set ({@code queries.tsv}: Thai words and phrases, Thai and Arabic digits, abbreviations and full names,
 * English and Thai mixed, with and without filters) over the samples' measures ({@link SampleReports}).
 *
 * <p>Each query's expected measures are written out in the file, and {@link #expectationsFollowTheRule} checks them
 * against {@link Relevance} (every phrase of the query occurs in the measure's text, in any spelling), so they
 * cannot rot when the samples change. The analyzers are then scored on them (macro-averaged recall and precision;
 * a query expecting nothing scores precision 1 only when nothing is found):
 * <ul>
 *   <li>{@code ICU}: our chain ({@link ThaiSearchAnalyzer}) on Lucene's {@code ICUTokenizer};</li>
 *   <li>{@code THAI}: our chain on Lucene's {@code ThaiTokenizer} (the JDK's Thai dictionary);</li>
 *   <li>{@code lucene-ThaiAnalyzer}: Lucene's stock {@code ThaiAnalyzer} (ThaiTokenizer, stop words, no synonyms);</li>
 *   <li>{@code bigram}: white space removed, character bigrams, lower case, digits folded (no dictionary, no
 *       synonyms).</li>
 * </ul>
 * The last two are measured in a plain index of the measure texts, with the filters applied from the data.
 *
 * <p>Measured (Lucene 9.12.3, ICU 74.2, JDK 17) on 115 queries over the 62 measures of the 14 samples (the
 * three อบต.ห้วยยาง samples added after the queries were written, their expectations taken from the rule):
 * <pre>
 *   ICU                  recall 1.000  precision 1.000
 *   THAI                 recall 0.964  precision 0.991  (the JDK dictionary lacks เว็บไซต์; สขร.๑ found nothing)
 *   lucene-ThaiAnalyzer  recall 0.881  precision 0.913  (no synonyms; stop words)
 *   bigram               recall 0.917  precision 0.931  (no synonyms; a one-digit phrase has no bigram)
 * </pre>
 * History, for honesty about fitting: the first 69 queries were written over the first 5 samples (14 measures).
 * On them ICU first measured recall 0.966 precision 0.971 (ไตรมาสที่๑ found nothing, งบประมาณ missed
 * ตลอดปีงบประมาณ); {@link ThaiWordBreaks} was then made to split Thai letters from digits and
 * ปี|งบประมาณ, so those two fixes are a fit to that set. The next 46 queries were written after the 6 new samples
 * came, with the analyzer unchanged, and ICU found exactly the expected measures on all of them too.
 *
 * <p>Since issue 14 the words of an unquoted chunk are each required anywhere (only a quoted phrase must occur as
 * written): five lines' expectations were re-derived from the rule (ข้อมูลสาธารณะ, มีส่วนร่วม, ไตรมาสที่๑,
 * ข้อมูลเปิด, ไตรมาสที่ ๑-๔ now also find the measures holding their words apart) and the first four added again in
 * quotes with their old phrase expectations. On those 119 queries: ICU recall 1.000 precision 1.000; THAI 0.958 /
 * 0.986; lucene-ThaiAnalyzer 0.879 / 0.898; bigram 0.905 / 0.915 (the last two, in the plain index, with their
 * unquoted chunks' words required anywhere too).
 *
 * <p>The floors hold the default segmenter to its measured figures: a ratchet, raised when the analyzer gets
 * better, never lowered.
 */
public class QuerySetTest {

    static final double MIN_RECALL = 1.0;
    static final double MIN_PRECISION = 1.0;

    /** One line of the set: the request (query and filters) and the keys ({@link SearchHit#key()}) it must find. */
    public record Case(int line, SearchRequest request, Set<String> expected) {
        @Override
        public String toString() {
            return "line " + line + " \"" + request.query() + "\"" + filters(request);
        }
    }

    record Score(double recall, double precision, List<String> misses) {
    }

    private static final Pattern FILTER = Pattern.compile("(province|district|type|year|kind|indicator)=(\\S+)");

    public static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                QuerySetTest.class.getResourceAsStream("queries.tsv"), StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != 3) {
                    throw new IllegalStateException("queries.tsv line " + n + ": want 3 tab-separated columns: " + line);
                }
                Set<String> expected = new TreeSet<>();
                if (!cols[2].isBlank() && !cols[2].strip().equals("-")) {
                    expected.addAll(List.of(cols[2].strip().split(" +")));
                }
                out.add(new Case(n, request(cols[0], cols[1], n), expected));
            }
        }
        return out;
    }

    private static SearchRequest request(String query, String filters, int line) {
        Map<String, String> f = new LinkedHashMap<>();
        if (!filters.isBlank() && !filters.strip().equals("-")) {
            for (String part : filters.strip().split(" +")) {
                var m = FILTER.matcher(part);
                if (!m.matches()) {
                    throw new IllegalStateException("queries.tsv line " + line + ": unknown filter " + part);
                }
                f.put(m.group(1), m.group(2));
            }
        }
        return new SearchRequest(query, f.get("province"), f.get("district"),
                f.containsKey("type") ? AgencyType.fromValue(f.get("type")) : null,
                f.containsKey("year") ? Integer.valueOf(f.get("year")) : null,
                f.containsKey("kind") ? DocumentKind.fromValue(f.get("kind")) : null, f.get("indicator"), 1000);
    }

    private static String filters(SearchRequest q) {
        StringBuilder s = new StringBuilder();
        if (q.province() != null) s.append(" province=").append(q.province());
        if (q.district() != null) s.append(" district=").append(q.district());
        if (q.agencyType() != null) s.append(" type=").append(q.agencyType().value());
        if (q.fiscalYear() != null) s.append(" year=").append(q.fiscalYear());
        if (q.kind() != null) s.append(" kind=").append(q.kind().value());
        if (q.indicator() != null) s.append(" indicator=").append(q.indicator());
        return s.toString();
    }

    /** Scores what a search found against what each case expects. */
    static final class Scorer {
        private double recall;
        private double precision;
        private int n;
        private final List<String> misses = new ArrayList<>();

        void add(Case c, Set<String> found) {
            Set<String> good = new TreeSet<>(found);
            good.retainAll(c.expected());
            recall += c.expected().isEmpty() ? 1 : (double) good.size() / c.expected().size();
            precision += found.isEmpty() ? (c.expected().isEmpty() ? 1 : 0) : (double) good.size() / found.size();
            n++;
            if (!found.equals(c.expected())) {
                Set<String> missing = new TreeSet<>(c.expected());
                missing.removeAll(found);
                Set<String> extra = new TreeSet<>(found);
                extra.removeAll(c.expected());
                misses.add(c + " expected=" + c.expected().size() + " found=" + found.size() + " missing=" + missing
                        + " extra=" + extra);
            }
        }

        Score score() {
            return new Score(recall / n, precision / n, misses);
        }
    }

    /** Our analyzer chain on a segmenter, through the real {@link MeasureIndex} (filters, synonyms and all). */
    static Score measure(Segmenter segmenter, Path dir) throws IOException {
        Scorer scorer = new Scorer();
        try (WritableIndex index = WritableIndex.open(dir, segmenter)) {
            for (Report r : SampleReports.all()) {
                index.indexReport(r);
            }
            for (Case c : cases()) {
                Set<String> found = new TreeSet<>();
                for (SearchHit h : index.search(c.request()).hits()) {
                    found.add(h.key());
                }
                scorer.add(c, found);
            }
        }
        return scorer.score();
    }

    /**
     * Another analyzer in a plain index of the measure texts: each phrase of the query as a phrase query (as
     * {@link MeasureIndex} builds them), the filters applied from the data.
     */
    static Score measure(Analyzer analyzer) throws IOException {
        List<Report> reports = SampleReports.all();
        Scorer scorer = new Scorer();
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                for (Report r : reports) {
                    for (Measure m : r.measures()) {
                        Document d = new Document();
                        d.add(new StringField("key", Relevance.key(r, m), Field.Store.YES));
                        d.add(new TextField("text", MeasureDocuments.text(r, m), Field.Store.NO));
                        w.addDocument(d);
                    }
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                QueryBuilder qb = new QueryBuilder(analyzer);
                for (Case c : cases()) {
                    SearchRequest q = c.request();
                    Set<String> allowed = Relevance.relevant(reports, new SearchRequest("", q.province(),
                            q.district(), q.agencyType(), q.fiscalYear(), q.kind(), q.indicator(), 1000));
                    BooleanQuery.Builder b = new BooleanQuery.Builder();
                    for (QueryChunks.Chunk chunk : QueryChunks.split(q.query())) {
                        Query phrase = chunk.quoted() ? qb.createPhraseQuery("text", chunk.text())
                                : qb.createBooleanQuery("text", chunk.text(), Occur.MUST);
                        if (phrase != null) {
                            b.add(phrase, Occur.MUST);
                        }
                    }
                    BooleanQuery query = b.build();
                    Set<String> found = new TreeSet<>();
                    if (q.query().isEmpty()) {
                        found.addAll(allowed);
                    } else if (!query.clauses().isEmpty()) {
                        for (ScoreDoc sd : searcher.search(query, 1000).scoreDocs) {
                            String key = searcher.storedFields().document(sd.doc).get("key");
                            if (allowed.contains(key)) {
                                found.add(key);
                            }
                        }
                    }
                    scorer.add(c, found);
                }
            }
        }
        return scorer.score();
    }

    /** Character bigrams over the text without white space: no dictionary, every substring of 2+ letters found. */
    static final class BigramAnalyzer extends Analyzer {
        private static final Pattern SPACE = Pattern.compile("\\s+");

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new PatternReplaceCharFilter(SPACE, "", reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new NGramTokenizer(2, 2);
            TokenStream result = new DecimalDigitFilter(new LowerCaseFilter(source));
            return new TokenStreamComponents(source, result);
        }
    }

    @Test
    void querySetHasEnoughQueries() throws IOException {
        assertTrue(cases().size() >= 40, "at least 40 queries, was " + cases().size());
    }

    @Test
    void expectationsFollowTheRule() throws IOException {
        List<Report> reports = SampleReports.all();
        List<String> wrong = new ArrayList<>();
        for (Case c : cases()) {
            Set<String> rule = Relevance.relevant(reports, c.request());
            if (!rule.equals(c.expected())) {
                wrong.add(c + "\n    file: " + String.join(" ", c.expected()) + "\n    rule: " + String.join(" ", rule));
            }
        }
        assertEquals(List.of(), wrong, "queries.tsv disagrees with the relevance rule on the samples");
    }

    @Test
    void compareAnalyzersAndHoldTheDefaultToItsFloor(@TempDir Path tmp) throws IOException {
        Map<String, Score> scores = new LinkedHashMap<>();
        for (Segmenter s : Segmenter.values()) {
            scores.put(s.name(), measure(s, tmp.resolve(s.name())));
        }
        try (Analyzer stock = new ThaiAnalyzer(); Analyzer bigram = new BigramAnalyzer()) {
            scores.put("lucene-ThaiAnalyzer", measure(stock));
            scores.put("bigram", measure(bigram));
        }
        int n = cases().size();
        scores.forEach((name, score) -> {
            System.out.printf(Locale.ROOT, "analyzer %-19s recall %.3f precision %.3f (%d queries, %d measures)%n",
                    name, score.recall(), score.precision(), n, SampleReports.measureCount());
            score.misses().forEach(m -> System.out.println("  " + name + " " + m));
        });
        Score chosen = scores.get(ThaiSearchAnalyzer.DEFAULT_SEGMENTER.name());
        assertTrue(chosen.recall() >= MIN_RECALL, "recall " + chosen.recall() + " " + chosen.misses());
        assertTrue(chosen.precision() >= MIN_PRECISION, "precision " + chosen.precision() + " " + chosen.misses());
    }
}
