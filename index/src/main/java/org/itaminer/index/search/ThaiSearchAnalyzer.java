package org.itaminer.index.search;

import java.io.Reader;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The search chain: a character filter that puts a space where a Thai word surely ends (see {@link #BREAKS}), a
 * Thai word segmenter → lower case ({@code Locale}-free) → {@link DecimalDigitFilter} (Thai digits ๐–๙ and every
 * other Unicode decimal digit become 0–9), and, for queries only, a {@link SynonymGraphFilter} with
 * {@link AbbreviationSynonyms}. No stop words: short Thai function words carry meaning in measure titles (ไม่รับ).
 */
public final class ThaiSearchAnalyzer extends Analyzer {

    /** The segmenter measured best on the query set ({@code QuerySetTest}). */
    public static final Segmenter DEFAULT_SEGMENTER = Segmenter.ICU;

    private final Segmenter segmenter;
    private final SynonymMap synonyms;

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

    /**
     * Places where a space goes before segmenting, because the dictionary segmenters read them wrong:
     * <ul>
     *   <li>a full stop between Thai letters ends an abbreviation (อบต.บ่อหิน → อบต บ่อหิน);</li>
     *   <li>a Thai letter next to a digit (ไตรมาสที่๑, ไตรมาสที่1, ๖เดือน): ICU would keep ที่๑ as one word, so
     *       ไตรมาสที่ ๑ and ไตรมาสที่๑ would not find each other;</li>
     *   <li>inside {@link #COMPOUNDS}: words the dictionary keeps whole although documents write their parts alone
     *       too (ตลอดปีงบประมาณ is ตลอด|ปีงบประมาณ, so งบประมาณ would not find it).</li>
     * </ul>
     */
    static final Pattern BREAKS;

    /** Compounds split at the bar: each part is also searched for on its own. */
    static final List<String> COMPOUNDS = List.of("ปี|งบประมาณ");

    static {
        String thaiLetter = "[\\p{IsThai}&&[^\\p{Nd}]]";
        StringBuilder re = new StringBuilder()
                .append("(?<=\\p{IsThai})\\.(?=\\p{IsThai})")
                .append("|(?<=").append(thaiLetter).append(")(?=\\p{Nd})")
                .append("|(?<=\\p{Nd})(?=").append(thaiLetter).append(")");
        for (String c : COMPOUNDS) {
            int bar = c.indexOf('|');
            re.append("|(?<=").append(Pattern.quote(c.substring(0, bar))).append(")(?=")
                    .append(Pattern.quote(c.substring(bar + 1))).append(")");
        }
        BREAKS = Pattern.compile(re.toString());
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new PatternReplaceCharFilter(BREAKS, " ", reader);
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
