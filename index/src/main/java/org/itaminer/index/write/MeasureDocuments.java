package org.itaminer.index.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.itaminer.index.analysis.AnalyzedText;
import org.itaminer.index.analysis.ThaiSearchAnalyzer;
import org.itaminer.index.analysis.WordPairs;
import org.itaminer.model.report.Measure;
import org.itaminer.model.report.Report;
import org.itaminer.index.theme.Theme;
import org.itaminer.index.theme.ThemeClassifier;

/**
 * Turns a report into one Lucene document per measure, with the doc values facets are counted from ({@link FacetFields}). The
 * searchable text ({@link #text}) is stored whole for snippets and indexed in three parts so that no part is
 * segmented twice: the title (its words also kept as a doc value, {@link TitleWords}), the body, and the agency's
 * names (segmented once per report, not once per measure), and the text's adjacent word pairs for phrases. Each
 * document also carries its measure's themes and, for {@code similar}, its steps as a stored field.
 */
public final class MeasureDocuments {

    /** Word pairs: positions for phrases of three words or more; no norms (the text field's are used). */
    private static final FieldType PAIRS_TYPE = pairsType();

    /**
     * The text's words: no positions, as every phrase is read through the pairs ({@code index.query.PairPhraseQuery}); writing
     * them was a tenth of indexing, measured with {@code bench-index}. Norms and frequencies stay: they score.
     */
    public static final FieldType TEXT_TYPE = textType();

    private static FieldType textType() {
        FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        t.freeze();
        return t;
    }

    private static FieldType pairsType() {
        FieldType t = new FieldType();
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        t.setTokenized(true);
        t.setOmitNorms(true);
        t.freeze();
        return t;
    }

    private MeasureDocuments() {
    }

    public static List<Document> of(Report report, ThaiSearchAnalyzer analyzer) {
        return of(report, analyzer, TEXT_TYPE);
    }

    /**
     * The documents with the text's words indexed as {@code textType} says: tests index them with positions, to
     * check phrases read through the pairs against {@link org.apache.lucene.search.PhraseQuery}.
     */
    public static List<Document> of(Report report, ThaiSearchAnalyzer analyzer, FieldType textType) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(analyzer, "analyzer");
        List<Document> docs = new ArrayList<>();
        String agencyText = agencyText(report);
        AnalyzedText agency = AnalyzedText.of(analyzer, MeasureFields.TEXT, agencyText);
        BytesRef facetKey = FacetFields.reportKey(report);
        for (Measure m : report.measures()) {
            Document d = of(report, m, facetKey);
            String bodyText = bodyText(m);
            AnalyzedText title = AnalyzedText.of(analyzer, MeasureFields.TEXT, m.title());
            AnalyzedText body = AnalyzedText.of(analyzer, MeasureFields.TEXT, bodyText);
            d.add(new StoredField(MeasureFields.TEXT, text(m.title(), bodyText, agencyText)));
            d.add(new Field(MeasureFields.TEXT, title.stream(), textType));
            d.add(new Field(MeasureFields.TEXT, body.stream(), textType));
            d.add(new Field(MeasureFields.TEXT, agency.stream(), textType));
            List<String> shortForms = analyzer.shortForms().added(List.of(title, body, agency));
            if (!shortForms.isEmpty()) {
                // after the others: the pairs below are made of the text's own words only
                d.add(new Field(MeasureFields.TEXT, AnalyzedText.of(shortForms).stream(), textType));
            }
            // the same words as one run of positions, paired
            d.add(new Field(MeasureFields.TEXT_PAIRS, WordPairs.of(List.of(title, body, agency)), PAIRS_TYPE));
            d.add(TitleWords.field(title));
            // stored only: term vectors for similar cost a quarter of indexing; its query re-analyzes these
            d.add(new StoredField(MeasureFields.STEPS, stepsText(m)));
            docs.add(d);
        }
        return docs;
    }

    private static Document of(Report r, Measure m, BytesRef facetKey) {
        Document d = new Document();
        d.add(new StringField(MeasureFields.REPORT_ID, r.id(), Field.Store.YES));
        d.add(new SortedDocValuesField(MeasureFields.REPORT_ID, new BytesRef(r.id())));
        d.add(new StoredField(MeasureFields.FILE_NAME, r.source().fileName()));
        d.add(new StoredField(MeasureFields.URI, r.source().uri()));
        d.add(new StoredField(MeasureFields.PAGE, m.page()));
        d.add(new StoredField(MeasureFields.SEQ, m.seq()));
        d.add(new IntPoint(MeasureFields.SEQ, m.seq()));
        stored(d, MeasureFields.NUMBER, m.number());
        d.add(new StoredField(MeasureFields.TITLE, m.title()));
        d.add(new StoredField(MeasureFields.AGENCY, r.agency().name()));
        d.add(new StringField(MeasureFields.AGENCY_KEY, agencyKey(r), Field.Store.YES));
        keyword(d, MeasureFields.AGENCY_TYPE, r.agency().type().value());
        keyword(d, MeasureFields.DISTRICT, r.agency().district());
        keyword(d, MeasureFields.PROVINCE, r.agency().province());
        keyword(d, MeasureFields.KIND, r.kind().value());
        if (r.fiscalYear() != null) {
            d.add(new IntPoint(MeasureFields.YEAR, r.fiscalYear()));
            d.add(new StoredField(MeasureFields.YEAR, r.fiscalYear()));
        }
        if (r.assessment() != null) {
            stored(d, MeasureFields.GRADE, r.assessment().grade());
            if (r.assessment().score() != null) {
                d.add(new StoredField(MeasureFields.SCORE, r.assessment().score()));
            }
        }
        stored(d, MeasureFields.RESPONSIBLE, m.responsible());
        stored(d, MeasureFields.PERIOD_TEXT, m.period().text());
        stored(d, MeasureFields.PERIOD_START, m.period().start() == null ? null : m.period().start().toString());
        stored(d, MeasureFields.PERIOD_END, m.period().end() == null ? null : m.period().end().toString());
        for (String code : m.indicators()) {
            d.add(new StringField(MeasureFields.INDICATOR, code, Field.Store.YES));
        }
        List<Theme> themes = ThemeClassifier.standard().classify(m);
        for (Theme t : themes) {
            d.add(new StringField(MeasureFields.THEME, t.id(), Field.Store.YES));
        }
        FacetFields.addFields(d, facetKey, m.indicators(), themes);
        return d;
    }

    /** The searchable text: the measure first (snippets come from it), then its report's names. */
    public static String text(Report r, Measure m) {
        return text(m.title(), bodyText(m), agencyText(r));
    }

    private static String text(String title, String body, String agency) {
        return join(Stream.of(title, body, agency));
    }

    /** Everything of the measure but its title: its steps, then the rest. */
    static String bodyText(Measure m) {
        return join(Stream.of(stepsText(m), otherText(m)));
    }

    /** The measure's steps. */
    static String stepsText(Measure m) {
        return m.steps() == null ? "" : join(m.steps().stream());
    }

    /** The body but the steps: responsible, period, monitoring, results, outcome, recommendation, indicators. */
    static String otherText(Measure m) {
        return join(Stream.concat(Stream.of(m.responsible(), m.period().text(), m.monitoring(), m.result(),
                m.outcome(), m.recommendation()), m.indicators().stream()));
    }

    /** The agency's name, district and province. */
    static String agencyText(Report r) {
        return join(Stream.of(r.agency().name(), r.agency().district(), r.agency().province()));
    }

    private static String join(Stream<String> parts) {
        return parts.filter(s -> s != null && !s.isBlank()).collect(Collectors.joining("\n"));
    }

    /** One agency: its name, district and province (the same อบต. name recurs in other provinces). */
    static String agencyKey(Report r) {
        return MeasureFields.agencyKey(r.agency().name(), r.agency().district(), r.agency().province());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static void keyword(Document d, String field, String value) {
        if (value != null && !value.isBlank()) {
            d.add(new StringField(field, value, Field.Store.YES));
        }
    }

    private static void stored(Document d, String field, String value) {
        if (value != null) {
            d.add(new StoredField(field, value));
        }
    }
}
