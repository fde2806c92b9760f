package org.itaminer.index.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.itaminer.model.report.Measure;
import org.itaminer.model.report.Report;
import org.itaminer.index.analysis.AbbreviationSynonyms;
import org.itaminer.index.analysis.AnalyzedText;
import org.itaminer.index.analysis.ThaiSearchAnalyzer;
import org.itaminer.index.write.MeasureFields;
import org.itaminer.index.write.MeasureDocuments;

/**
 * The query set's definition of a relevant measure, written without Lucene so that the expectations in
 * {@code queries.tsv} can be checked against the sample texts: a measure is relevant to a request when its report
 * passes every filter and its searchable text ({@link MeasureDocuments#text}) contains every word of the query's
 * unquoted chunks and every quoted phrase ({@link QueryChunks}, {@link #words}), where
 * <ul>
 *   <li>case does not count, nor a space where the script changes (ไตรมาสที่๑ = ไตรมาสที่ 1) or where the phrase
 *       has one; Thai digits (๐–๙) equal Arabic ones;</li>
 *   <li>a member of an {@link AbbreviationSynonyms} group may stand for any other (อบต. = องค์การบริหารส่วนตำบล,
 *       ป.ป.ช. = ปปช, No Gift Policy = ไม่รับของขวัญ);</li>
 *   <li>a phrase that begins or ends with a Latin letter or a digit matches only where the text has no Latin letter or
 *       digit right beside it (O1 is not in O12, 6 is not in 67, 92 is not in 92.40): Latin words and numbers
 *       stand apart; Thai
 *       words do not, so a Thai phrase is a plain substring.</li>
 * </ul>
 */
public final class Relevance {

    private static final String EDGE = "[\\p{IsLatin}\\p{Nd}]";
    /** Before a phrase: no Latin letter or digit, nor a digit and a decimal point or comma (the 40 of 92.40). */
    private static final String APART_BEFORE = "(?<!" + EDGE + "|\\p{Nd}[.,])";
    /** After a phrase: no Latin letter or digit, nor a decimal point or comma and a digit (the 92 of 92.40). */
    private static final String APART_AFTER = "(?!" + EDGE + "|[.,]\\p{Nd})";
    private static final List<List<String>> GROUPS = AbbreviationSynonyms.GROUPS.stream()
            .map(line -> List.of(line.split(",")).stream().map(Relevance::fold).toList()).toList();

    /** In folded text: 1 a dotted abbreviation, 2 a run of Thai letters, 3 a run of anything else but space. */
    private static final Pattern PIECE = Pattern.compile(
            "((?:\\p{IsThai}+\\.)+\\p{IsThai}*)|(\\p{IsThai}+)|([^\\p{IsThai}\\s]+)");
    private static final ThaiSearchAnalyzer SEGMENTER =
            ThaiSearchAnalyzer.forIndexing(ThaiSearchAnalyzer.DEFAULT_SEGMENTER);

    private Relevance() {
    }

    /** The keys ({@link SearchHit#key()}) of the measures relevant to {@code request}, sorted. */
    public static Set<String> relevant(List<Report> reports, SearchRequest request) {
        List<List<Pattern>> phrases = new ArrayList<>();
        for (QueryChunks.Chunk chunk : QueryChunks.split(request.query())) {
            List<String> required = chunk.quoted() ? List.of(fold(chunk.text())) : words(fold(chunk.text()));
            for (String phrase : required) {
                phrases.add(variants(phrase).stream().map(Relevance::pattern).toList());
            }
        }
        Set<String> out = new TreeSet<>();
        for (Report r : reports) {
            if (!passes(r, request)) {
                continue;
            }
            for (Measure m : r.measures()) {
                if (request.indicator() != null && !m.indicators().contains(request.indicator())) {
                    continue;
                }
                String text = fold(MeasureDocuments.text(r, m));
                if (phrases.stream().allMatch(alternatives -> alternatives.stream()
                        .anyMatch(p -> p.matcher(text).find()))) {
                    out.add(key(r, m));
                }
            }
        }
        return out;
    }

    /**
     * The words of an unquoted chunk, each required on its own: a synonym-group member found in it (leftmost,
     * longest first, as {@link #variants}) stays whole, in any of its group's spellings; the text between members is
     * cut into words by the segmenter of the index chain ({@link ThaiSearchAnalyzer}, the default segmenter) — the
     * one thing the rule takes from the system it checks, since a word is what that segmenter says it is.
     */
    static List<String> words(String chunk) {
        List<String> out = new ArrayList<>();
        StringBuilder between = new StringBuilder();
        int i = 0;
        while (i < chunk.length()) {
            String member = null;
            for (List<String> g : GROUPS) {
                for (String candidate : g) {
                    if (chunk.startsWith(candidate, i) && (member == null || candidate.length() > member.length())
                            && standsApart(chunk, i, candidate)) {
                        member = candidate;
                    }
                }
            }
            if (member == null) {
                between.append(chunk.charAt(i));
                i++;
            } else {
                segment(between.toString(), out);
                between.setLength(0);
                out.add(member);
                i += member.length();
            }
        }
        segment(between.toString(), out);
        return out;
    }

    /**
     * Thai letters, digits and Latin letters cut into words by the segmenter (๑-๔ is 1 and 4); a dotted abbreviation
     * (ต.ค.) kept whole, as before; white space only separates.
     */
    private static void segment(String text, List<String> out) {
        Matcher m = PIECE.matcher(text);
        while (m.find()) {
            if (m.group(1) == null) {
                out.addAll(AnalyzedText.of(SEGMENTER, MeasureFields.TEXT, m.group()).terms());
            } else {
                out.add(m.group());
            }
        }
    }

    public static String key(Report r, Measure m) {
        String name = r.source().fileName();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + "#" + m.seq();
    }

    private static boolean passes(Report r, SearchRequest q) {
        return (q.province() == null || q.province().equals(r.agency().province()))
                && (q.district() == null || q.district().equals(r.agency().district()))
                && (q.agencyType() == null || q.agencyType() == r.agency().type())
                && (q.fiscalYear() == null || q.fiscalYear().equals(r.fiscalYear()))
                && (q.kind() == null || q.kind() == r.kind());
    }

    /** Lower case, Thai (and every other Unicode) decimal digit as 0–9, runs of white space as one space. */
    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.strip().toLowerCase(Locale.ROOT).codePoints().forEach(cp -> {
            if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                b.append((char) ('0' + Character.digit(cp, 10)));
            } else if (Character.isWhitespace(cp)) {
                if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                    b.append(' ');
                }
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }

    /** The phrase with each synonym-group member (leftmost, longest first) replaced by every member of its group. */
    static Set<String> variants(String phrase) {
        Set<String> out = new LinkedHashSet<>();
        out.add("");
        int i = 0;
        while (i < phrase.length()) {
            List<String> group = null;
            String member = null;
            for (List<String> g : GROUPS) {
                for (String candidate : g) {
                    if (phrase.startsWith(candidate, i) && (member == null || candidate.length() > member.length())
                            && standsApart(phrase, i, candidate)) {
                        group = g;
                        member = candidate;
                    }
                }
            }
            List<String> pieces = group == null ? List.of(phrase.substring(i, i + 1)) : group;
            Set<String> next = new LinkedHashSet<>();
            for (String prefix : out) {
                for (String piece : pieces) {
                    next.add(prefix + piece);
                }
            }
            out = next;
            i += member == null ? 1 : member.length();
        }
        return out;
    }

    /** A Latin member (no gift) must not be part of a longer Latin word (no giftx). */
    private static boolean standsApart(String s, int from, String member) {
        int end = from + member.length();
        return !(isEdge(member.charAt(0)) && from > 0 && isEdge(s.charAt(from - 1)))
                && !(isEdge(member.charAt(member.length() - 1)) && end < s.length() && isEdge(s.charAt(end)));
    }

    private static boolean isEdge(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN || Character.isDigit(c);
    }

    /**
     * A folded phrase as a pattern over folded text. A space may be there or not where the phrase has one, and
     * where the script changes (ไตรมาสที่๑ = ไตรมาสที่ 1, ทต.พนมทวน = ทต. พนมทวน); not between two Thai letters,
     * where a space in the text ends a word (มิชอบ จัดทำ does not hold อบจ). Latin and digit edges stand apart.
     */
    private static Pattern pattern(String phrase) {
        String compact = phrase.replace(" ", "");
        Objects.checkIndex(0, compact.length());
        StringBuilder re = new StringBuilder();
        if (isEdge(compact.charAt(0))) {
            re.append(APART_BEFORE);
        }
        boolean spaceBefore = false;
        char previous = 0;
        int n = 0;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (c == ' ') {
                spaceBefore = true;
                continue;
            }
            if (n > 0 && (spaceBefore || kind(previous) != kind(c))) {
                re.append(" ?");
            }
            re.append(Pattern.quote(String.valueOf(c)));
            spaceBefore = false;
            previous = c;
            n++;
        }
        if (isEdge(compact.charAt(compact.length() - 1))) {
            re.append(APART_AFTER);
        }
        return Pattern.compile(re.toString());
    }

    /** 0 a Thai letter or mark, 1 a digit, 2 a Latin letter, 3 anything else (punctuation). */
    private static int kind(char c) {
        if (Character.isDigit(c)) {
            return 1;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.THAI ? 0 : script == Character.UnicodeScript.LATIN ? 2 : 3;
    }
}
