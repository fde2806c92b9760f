package org.itaminer.thai;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Removes SPACEs U+0020 that line wrapping left inside a Thai word, and keeps every space it cannot
 * prove wrong (a wrongly removed space merges two words, which is worse than one kept).
 *
 * <p>A candidate is a single SPACE whose neighbours are both Thai letters or marks (U+0E01–U+0E2E,
 * U+0E30–U+0E3A, U+0E40–U+0E45, U+0E47–U+0E4E; so never next to a digit, PAIYANNOI ฯ U+0E2F or
 * MAIYAMOK ๆ U+0E46, as in "ต่าง ๆ"). Let L be the run of Thai (U+0E01–U+0E5B) before the space
 * and R the run after it (each cut to {@value #CONTEXT} characters). The space is removed when:
 *
 * <ol type="a">
 * <li>R starts with a character that cannot begin a syllable (U+0E30–U+0E3A, U+0E45,
 *     U+0E47–U+0E4E): "ท ี่" → "ที่", "ค า" → "คา"; or</li>
 * <li>L ends with a leading vowel U+0E40–U+0E44 (เ แ โ ใ ไ): "เ ป็น" → "เป็น"; or</li>
 * <li>ICU's Thai dictionary word break iterator, run over L+R, finds no boundary at the join, the
 *     segment spanning the join has a word rule status (200–499) and also stands alone as one
 *     segment, and it covers both the last segment of L alone and the first segment of R alone:
 *     "ประชา สัมพันธ์" → "ประชาสัมพันธ์", "กำหน ด" → "กำหนด".</li>
 * </ol>
 *
 * Exception: a space between NIKHAHIT U+0E4D (and tone marks) and SARA AA U+0E32 is never removed,
 * as {@link SaraAmComposer} would otherwise have to guess across it.
 *
 * <p>Rule (c) removes a space exactly where ICU, given the text without it, would see one word;
 * so it also merges compounds the dictionary lists ("ไม่ มี" → "ไม่มี", "ที่ ดิน" → "ที่ดิน")
 * but keeps a space between two words the dictionary lists separately ("สำนักปลัด
 * ทุกส่วนราชการ", "บ้าน โคก", and also "องค์การบริหาร ส่วนตำบล").
 *
 * <p>Every pass decides on the text as it was before the pass, and passes repeat until no space is
 * removed, so the result is the same whichever order the spaces are looked at and a second
 * application changes nothing. ICU break iterators are not thread-safe: each thread uses its own.
 */
public final class LineWrapSpaceJoiner implements TextFilter {

    /** How many characters of L and of R the dictionary sees at most. */
    static final int CONTEXT = 64;

    private static final ULocale THAI = new ULocale("th");
    private static final int WORD_STATUS_MIN = BreakIterator.WORD_LETTER; // 200
    private static final int WORD_STATUS_LIMIT = BreakIterator.WORD_IDEO_LIMIT; // 500

    private static final ThreadLocal<BreakIterator> WORDS =
            ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(THAI));

    @Override
    public String apply(String text) {
        if (text.indexOf(' ') < 0 || !ThaiChars.containsThai(text)) {
            return text;
        }
        String current = text;
        while (true) {
            String next = joinOnce(current);
            if (next == current) {
                return current;
            }
            current = next;
        }
    }

    /** One pass: every candidate space judged on {@code text}; returns {@code text} if none goes. */
    private static String joinOnce(String text) {
        StringBuilder out = null;
        int copied = 0;
        for (int space = text.indexOf(' ', 1); space > 0 && space + 1 < text.length();
                space = text.indexOf(' ', space + 1)) {
            if (shouldJoin(text, space)) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, space);
                copied = space + 1;
            }
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, text.length()).toString();
    }

    private static boolean shouldJoin(String text, int space) {
        char left = text.charAt(space - 1);
        char right = text.charAt(space + 1);
        if (!ThaiChars.isThaiLetterOrMark(left) || !ThaiChars.isThaiLetterOrMark(right)) {
            return false;
        }
        if (right == ThaiChars.SARA_AA && endsWithNikhahit(text, space)) {
            return false;
        }
        if (ThaiChars.cannotBeginSyllable(right) || ThaiChars.isLeadingVowel(left)) {
            return true;
        }
        int start = space;
        while (start > 0 && space - start < CONTEXT && ThaiChars.isThai(text.charAt(start - 1))) {
            start--;
        }
        int end = space + 1;
        while (end < text.length() && end - space - 1 < CONTEXT && ThaiChars.isThai(text.charAt(end))) {
            end++;
        }
        return dictionaryJoins(text.substring(start, space), text.substring(space + 1, end));
    }

    /** Whether NIKHAHIT, then only tone marks, come right before {@code space}. */
    private static boolean endsWithNikhahit(String text, int space) {
        int k = space - 1;
        while (k >= 0 && ThaiChars.isToneMark(text.charAt(k))) {
            k--;
        }
        return k >= 0 && text.charAt(k) == ThaiChars.NIKHAHIT;
    }

    /** Rule (c): whether the dictionary reads {@code left + right} as one word across the join. */
    static boolean dictionaryJoins(String left, String right) {
        BreakIterator words = WORDS.get();
        String joined = left + right;
        int join = left.length();
        words.setText(joined);
        if (words.isBoundary(join)) {
            return false;
        }
        int segmentEnd = words.following(join);
        int status = words.getRuleStatus();
        int segmentStart = words.preceding(join);
        if (status < WORD_STATUS_MIN || status >= WORD_STATUS_LIMIT) {
            return false;
        }
        String segment = joined.substring(segmentStart, segmentEnd);
        words.setText(segment);
        if (words.next() != segment.length()) {
            return false; // one segment only in context, not on its own
        }
        words.setText(left);
        words.last();
        int lastOfLeft = words.previous();
        words.setText(right);
        words.first();
        int endOfFirstOfRight = join + words.next();
        return segmentStart <= lastOfLeft && segmentEnd >= endOfFirstOfRight;
    }
}
