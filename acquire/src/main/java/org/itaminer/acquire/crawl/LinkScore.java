package org.itaminer.acquire.crawl;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * How strongly a link points to an ITA document (คะแนนลิงก์): words of the genre in its anchor text and in its
 * address, read in Thai whether written out or percent-encoded ({@code %E0%B8%A1…}). The words are the genre's own —
 * the assessment's name and its indicators (O36 the measures, O37 their report) — never one site's wording.
 */
public final class LinkScore {

    /** A word and what it is worth where it is found. */
    private record Sign(String word, int weight) {
    }

    private static final List<Sign> SIGNS = List.of(
            new Sign("มาตรการ", 5),
            new Sign("คุณธรรม", 4),
            new Sign("ความโปร่งใส", 4),
            new Sign("โปร่งใส", 2),
            new Sign("ป้องกันการทุจริต", 3),
            new Sign("ทุจริต", 2),
            new Sign("ประพฤติมิชอบ", 2),
            new Sign("ita", 4),
            new Sign("o36", 5),
            new Sign("o37", 5),
            new Sign("oit", 2),
            new Sign("การเปิดเผยข้อมูล", 2),
            new Sign("ผลการดำเนินการ", 2),
            new Sign("รายงานผล", 1),
            new Sign("ผลการประเมิน", 1),
            new Sign("integrity", 2),
            new Sign("transparency", 2));

    private LinkScore() {
    }

    /** The score of a link: anchor words count in full, address words (decoded) count too. */
    public static int of(String anchor, String url) {
        return of(anchor) + of(decoded(url));
    }

    /** The score of a text alone: a page's title, an anchor. */
    public static int of(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        int score = 0;
        for (Sign s : SIGNS) {
            if (contains(t, s.word())) {
                score += s.weight();
            }
        }
        return score;
    }

    /** Latin words must stand alone ({@code ita} not inside {@code capital}); Thai words have no spaces to test. */
    private static boolean contains(String text, String word) {
        if (word.charAt(0) >= 0x0E00) {
            return text.contains(word);
        }
        int from = 0;
        while (true) {
            int i = text.indexOf(word, from);
            if (i < 0) {
                return false;
            }
            int end = i + word.length();
            boolean startOk = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            boolean endOk = end == text.length() || !Character.isLetter(text.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            from = i + 1;
        }
    }

    static String decoded(String url) {
        try {
            return URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
