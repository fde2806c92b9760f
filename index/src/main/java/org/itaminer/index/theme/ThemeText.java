package org.itaminer.index.theme;

import java.util.Locale;
import org.itaminer.thai.DecimalDigits;
import org.itaminer.thai.ThaiChars;
import org.itaminer.thai.ThaiTextNormalizer;

/**
 * The matching key of a text: what theme phrases are looked for in. Both the phrases of the rules table and
 * the measure text go through it, so they meet halfway:
 *
 * <ol>
 *   <li>NFC, zero-width characters removed, PDF private-use glyphs mapped, SARA AM composed (ด ํา → ดำ)
 *       — the first steps of the extraction chain ({@link ThaiTextNormalizer#glyphs()});
 *   <li>lower case ({@link Locale#ROOT});
 *   <li>every decimal digit (Thai ๐–๙ U+0E50–U+0E59 and any other script's) becomes 0–9;
 *   <li>the marks MAITAIKHU, the tone marks and THANTHAKHAT (U+0E47–U+0E4C) are dropped: they are the usual
 *       difference between spelling variants (ผลประโยชน์ทับซ้อน / ผลประโยชน์ทับซอน, คู่มือ / คู่มื่อ);
 *   <li>everything that is neither a letter, a digit nor a vowel mark is dropped — spaces, hyphens, full stops,
 *       brackets — so "ช่องทาง ร้องเรียน", "จัดซื้อ-จัดจ้าง" and "e-GP" match "ช่องทางร้องเรียน",
 *       "จัดซื้อจัดจ้าง" and "egp".
 * </ol>
 *
 * The result is for matching only, never shown.
 */
final class ThemeText {

    private static final ThaiTextNormalizer GLYPHS = ThaiTextNormalizer.glyphs();

    private ThemeText() {
    }

    /** The first character of the Thai block, and one past its last. */
    private static final char THAI_FIRST = ThaiChars.BLOCK_FIRST;
    private static final char THAI_END = ThaiChars.BLOCK_END;
    /** NIKHAHIT and PHINTHU: the two Thai marks the glyph steps (SARA AM, NFC order) may change. */
    private static final char NIKHAHIT = ThaiChars.NIKHAHIT;
    private static final char PHINTHU = ThaiChars.PHINTHU;

    /**
     * What the last steps make of each ASCII and Thai character of a text the first steps leave alone: itself,
     * lower-cased or as an ASCII digit, or {@code 0} when it is dropped. Computed from the same {@link Character}
     * properties {@link #foldSlowly} uses, so the two cannot disagree.
     */
    private static final char[] ASCII_AND_THAI = new char[THAI_END];

    static {
        for (char c = 0; c < THAI_END; c++) {
            if (c < 0x80 || c >= THAI_FIRST) {
                String folded = foldSlowly(String.valueOf(c));
                ASCII_AND_THAI[c] = folded.length() == 1 ? folded.charAt(0) : 0;
            }
        }
    }

    /** The matching key of {@code text}; "" for null. */
    static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        // measure text comes out of extraction already normalized, and nearly all of it is Thai and ASCII: one
        // pass over the characters does what the chain of steps does, which was a third of classifying a measure
        char[] out = new char[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= THAI_END || c >= 0x80 && c < THAI_FIRST || c == NIKHAHIT || c == PHINTHU) {
                return foldSlowly(text);
            }
            char f = ASCII_AND_THAI[c];
            if (f != 0) {
                out[n++] = f;
            }
        }
        return new String(out, 0, n);
    }

    /** {@link #fold} through every step: for text with characters the one-pass table does not cover. */
    static String foldSlowly(String text) {
        String s = GLYPHS.apply(text).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (ThaiChars.isSpellingVariantMark(c)) {
                continue; // MAITAIKHU, tone marks, THANTHAKHAT
            }
            int type = Character.getType(c);
            if (DecimalDigits.isDecimalDigit(c)) {
                b.append(DecimalDigits.toAscii(c));
            } else if (Character.isLetter(c) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                b.appendCodePoint(c);
            }
        }
        return b.toString();
    }
}
