package org.itaminer.pipeline.eval;

import java.text.Normalizer;
import org.itaminer.extract.table.Similarity;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * The comparison form of a text value and the similarity of two, as {@code score.py} has them: NFC, private-use
 * Thai glyphs and Thai digits mapped, a decomposed SARA AM joined, HTML entities unescaped, markup replaced,
 * all white space removed; similarity is 1 − Levenshtein / the longer length (over UTF-16 units: Thai is in
 * the BMP, so they are the code points score.py counts).
 */
public final class TextCompare {

    /** A text value is right when its similarity to gold is at least this. */
    public static final double TEXT_THRESHOLD = 0.90;

    private static final char[] PUA = {0x0E10, 0x0E34, 0x0E35, 0x0E36, 0x0E37, 0x0E48, 0x0E49, 0x0E4A, 0x0E4B, 0x0E4C,
        0x0E48, 0x0E49, 0x0E4A, 0x0E4B, 0x0E4C, 0x0E0D, 0x0E31, 0x0E4D, 0x0E47, 0x0E48, 0x0E49, 0x0E4A, 0x0E4B, 0x0E4C,
        0x0E38, 0x0E39, 0x0E3A};
    private static final Pattern SARA_AM = Pattern.compile("\u0e4d([\u0e48-\u0e4c]*)\u0e32");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?/?>");
    /** Python's {@code \s} on str (Unicode white space and the separators U+001C–U+001F) and the zero-width marks. */
    private static final Pattern WS = Pattern.compile(
            "[\\s\\u001c-\\u001f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000"
                    + "\\u200b\\u200c\\u200d\\u2060\\ufeff]+");

    private TextCompare() {
    }

    /** The comparison form of a text: see the class comment. */
    public static String norm(String s) {
        if (s == null) {
            return "";
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= 0xF700 && c <= 0xF71A) {
                b.append(PUA[c - 0xF700]);
            } else if (c >= '\u0E50' && c <= '\u0E59') {
                b.append((char) ('0' + (c - '\u0E50')));
            } else {
                b.append(c);
            }
        }
        Matcher m = SARA_AM.matcher(b);
        t = m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + "\u0e33"));
        t = Parser.unescapeEntities(t, false);
        t = TAG.matcher(t).replaceAll(" ");
        t = WS.matcher(t).replaceAll("");
        return Normalizer.normalize(t, Normalizer.Form.NFC);
    }

    /** Edit distance of two strings. */
    static int levenshtein(String a, String b) {
        return Similarity.levenshtein(a, b);
    }

    /** 1 − lev / max(len) of two normalized strings; below {@code floor} it comes back as 0. */
    public static double similarity(String a, String b, double floor) {
        if (a.equals(b)) {
            return 1.0;
        }
        int m = Math.max(a.length(), b.length());
        if (m == 0) {
            return 1.0;
        }
        int maxD = (int) ((1.0 - floor) * m + 1e-9);
        if (Math.min(a.length(), b.length()) < m - maxD) {
            return 0.0;
        }
        int d = levenshtein(a, b);
        return d > maxD ? 0.0 : 1.0 - (double) d / m;
    }

    /** Whether two normalized texts count as the same value. */
    public static boolean textMatch(String a, String b) {
        return similarity(a, b, TEXT_THRESHOLD) >= TEXT_THRESHOLD - 1e-12;
    }
}
