package org.itaminer.index.reconcile;

import java.text.Normalizer;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.itaminer.index.analysis.AnalyzedText;
import org.itaminer.index.analysis.ThaiSearchAnalyzer;
import org.itaminer.index.theme.Theme;
import org.itaminer.index.theme.ThemeClassifier;
import org.itaminer.model.report.Measure;
import org.itaminer.model.report.Report;

/**
 * How alike two measures are, 0–1, in wording and in theme. A plan's measure and the report's account of it rarely
 * share a sentence: the report rewords the title (มาตรการเผยแพร่ข้อมูลการจัดซื้อจัดจ้าง… → ประกาศแผนและสรุปผลการ
 * จัดซื้อจัดจ้าง…), renumbers, drops or adds steps. So the wording is compared as bags of words cut by the index's
 * Thai analysis chain (Thai and Arabic digits alike, lower case), weighted by how rare a word is among the measures
 * compared (a word every measure has, such as การ, tells nothing), the title's words counting twice a step's; the
 * cosine of the two bags is blended with the overlap (Jaccard) of their ITA themes. The printed number is left out on
 * purpose: renumbering must not move a pair.
 */
public final class MeasureSimilarity {

    /** How much the theme overlap weighs beside the wording. */
    static final double THEME_WEIGHT = 0.3;
    private static final double TITLE_WEIGHT = 2.0;

    /**
     * Words of the genre that every measure may carry and that do not say what it is about (มาตรการ "measure",
     * ดำเนินการ "carry out", the agency-type words). Rarity weighting alone cannot learn them from two documents.
     */
    private static final Set<String> GENRE_WORDS = Set.of("มาตรการ", "การ", "ดำเนิน", "ดำเนินการ", "และ", "ของ",
            "ให้", "ใน", "ที่", "เพื่อ", "ต่อ", "โดย", "จาก", "กับ", "เป็น", "ทุก", "องค์การ", "บริหาร", "ส่วน", "ตำบล",
            "เทศบาล", "อบต", "ทต", "ทม", "ทน", "อบจ", "ประจำปี", "ปี", "พ.ศ", "โครงการ", "กิจกรรม");

    private final ThaiSearchAnalyzer analyzer;
    private final ThemeClassifier themes;
    private final Map<String, Double> idf;
    private final double unseenIdf;

    private MeasureSimilarity(ThaiSearchAnalyzer analyzer, ThemeClassifier themes, Map<String, Double> idf,
                              double unseenIdf) {
        this.analyzer = analyzer;
        this.themes = themes;
        this.idf = idf;
        this.unseenIdf = unseenIdf;
    }

    /** Word rarity learnt from the measures of {@code corpus} (all reports at hand: the more, the better). */
    public static MeasureSimilarity over(Collection<Report> corpus) {
        return over(corpus, ThemeClassifier.standard());
    }

    /** As {@link #over(Collection)} with these theme rules. */
    public static MeasureSimilarity over(Collection<Report> corpus, ThemeClassifier themes) {
        Objects.requireNonNull(corpus, "corpus");
        ThaiSearchAnalyzer analyzer = ThaiSearchAnalyzer.forIndexing(ThaiSearchAnalyzer.DEFAULT_SEGMENTER);
        Map<String, Integer> df = new HashMap<>();
        int n = 0;
        for (Report r : corpus) {
            for (Measure m : r.measures()) {
                n++;
                for (String w : words(analyzer, m).keySet()) {
                    df.merge(w, 1, Integer::sum);
                }
            }
        }
        Map<String, Double> idf = new HashMap<>();
        final int total = n;
        df.forEach((w, d) -> idf.put(w, Math.log(1.0 + (total + 1.0) / d)));
        return new MeasureSimilarity(analyzer, themes, idf, Math.log(1.0 + (total + 1.0)));
    }

    /** A measure made ready for comparing: its weighted words and its themes. */
    public Profile profile(Measure m) {
        Map<String, Double> vector = new HashMap<>();
        words(analyzer, m).forEach((w, tf) -> vector.put(w, (1 + Math.log(tf)) * idf.getOrDefault(w, unseenIdf)));
        double norm = Math.sqrt(vector.values().stream().mapToDouble(v -> v * v).sum());
        Set<Theme> t = EnumSet.noneOf(Theme.class);
        t.addAll(themes.classify(m));
        return new Profile(m, vector, norm, t);
    }

    /** The similarity of two measures, 0–1. */
    public double score(Measure a, Measure b) {
        return score(profile(a), profile(b));
    }

    /** The similarity of two profiled measures, 0–1. */
    public static double score(Profile a, Profile b) {
        double words = cosine(a, b);
        if (a.themes.isEmpty() && b.themes.isEmpty()) {
            return words;
        }
        return (1 - THEME_WEIGHT) * words + THEME_WEIGHT * jaccard(a.themes, b.themes);
    }

    private static double cosine(Profile a, Profile b) {
        if (a.norm == 0 || b.norm == 0) {
            return 0;
        }
        Map<String, Double> small = a.vector.size() <= b.vector.size() ? a.vector : b.vector;
        Map<String, Double> large = small == a.vector ? b.vector : a.vector;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double o = large.get(e.getKey());
            if (o != null) {
                dot += e.getValue() * o;
            }
        }
        return dot / (a.norm * b.norm);
    }

    private static double jaccard(Set<Theme> a, Set<Theme> b) {
        EnumSet<Theme> union = EnumSet.noneOf(Theme.class);
        union.addAll(a);
        union.addAll(b);
        if (union.isEmpty()) {
            return 0;
        }
        long both = a.stream().filter(b::contains).count();
        return (double) both / union.size();
    }

    /** The measure's words with their weighted counts: title words count {@value #TITLE_WEIGHT}, step words 1. */
    private static Map<String, Double> words(ThaiSearchAnalyzer analyzer, Measure m) {
        Map<String, Double> tf = new HashMap<>();
        add(tf, analyzer, m.title(), TITLE_WEIGHT);
        for (String step : m.steps() == null ? List.<String>of() : m.steps()) {
            add(tf, analyzer, step, 1.0);
        }
        return tf;
    }

    private static void add(Map<String, Double> tf, ThaiSearchAnalyzer analyzer, String text, double weight) {
        if (text == null || text.isBlank()) {
            return;
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        for (String w : AnalyzedText.of(analyzer, "text", nfc).terms()) {
            if (w.isEmpty() || GENRE_WORDS.contains(w) || w.chars().allMatch(Character::isDigit)) {
                continue; // numbers are printed numbers, years, amounts: renumbering must not count
            }
            tf.merge(w, weight, Double::sum);
        }
    }

    /**
     * A measure ready for comparing.
     *
     * @param measure the measure
     * @param vector its words with their weights
     * @param norm the vector's length
     * @param themes its ITA themes
     */
    public record Profile(Measure measure, Map<String, Double> vector, double norm, Set<Theme> themes) {

        public Profile {
            Objects.requireNonNull(measure, "measure");
            vector = Map.copyOf(vector);
            themes = Set.copyOf(themes);
        }
    }
}
