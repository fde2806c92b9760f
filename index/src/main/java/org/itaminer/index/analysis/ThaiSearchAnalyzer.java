package org.itaminer.index.analysis;

import java.io.Reader;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The search chain: a character filter that puts a space where a Thai word surely ends ({@link ThaiWordBreaks}), a
 * Thai word segmenter → lower case ({@code Locale}-free) → {@link DecimalDigitFilter} (Thai digits ๐–๙ and every
 * other Unicode decimal digit become 0–9), and, for queries only, a {@link SynonymGraphFilter} with
 * {@link AbbreviationSynonyms}. No stop words: short Thai function words carry meaning in measure titles (ไม่รับ).
 */
public final class ThaiSearchAnalyzer extends Analyzer {

    /** The segmenter measured best on the query set ({@code QuerySetTest}). */
    public static final Segmenter DEFAULT_SEGMENTER = Segmenter.ICU;

    private final Segmenter segmenter;
    private final SynonymMap synonyms;
    /** Made on first use, from the index chain. */
    private volatile ShortForms shortForms;

    private ThaiSearchAnalyzer(Segmenter segmenter, SynonymMap synonyms) {
        this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
        this.synonyms = synonyms;
    }

    /** The index-time chain (no synonyms). */
    public static ThaiSearchAnalyzer forIndexing(Segmenter segmenter) {
        return new ThaiSearchAnalyzer(segmenter, null);
    }

    /** The query-time chain: the index chain plus abbreviation synonyms. */
    public static ThaiSearchAnalyzer forQueries(Segmenter segmenter) {
        try (ThaiSearchAnalyzer plain = forIndexing(segmenter)) {
            return new ThaiSearchAnalyzer(segmenter, AbbreviationSynonyms.build(plain));
        }
    }

    public Segmenter segmenter() {
        return segmenter;
    }

    /** The abbreviations' one-word forms, their groups analyzed by the index chain of this segmenter. */
    public ShortForms shortForms() {
        ShortForms s = shortForms;
        if (s == null) {
            try (ThaiSearchAnalyzer plain = forIndexing(segmenter)) {
                s = ShortForms.of(plain);
            }
            shortForms = s;
        }
        return s;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new ThaiWordBreakCharFilter(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = segmenter.newTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        result = new DecimalDigitFilter(result);
        if (synonyms != null) {
            result = new SynonymGraphFilter(result, synonyms, true);
        }
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new DecimalDigitFilter(new LowerCaseFilter(in));
    }

}
