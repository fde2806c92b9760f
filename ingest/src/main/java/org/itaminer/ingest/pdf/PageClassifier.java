package org.itaminer.ingest.pdf;

import java.util.List;
import java.util.Locale;
import org.itaminer.model.layout.TextLayer;
import org.itaminer.thai.ThaiChars;

/**
 * Decides whether a page's text layer is usable: NO_TEXT when there is none, or nothing but a few digits
 * and dashes (a page number over a scan: "- ๒ -"); GARBAGE when it is mostly private-use, replacement or
 * control characters, when most letters are of neither Thai nor Latin script (glyph codes read as text:
 * "ŐĭĭĶŅĵĚ", what a damaged file's lost font leaves), when most Thai words carry a mark with no base character, or when an invisible text layer
 * (an OCR layer over a scan) has no Thai at all. A page of a few words is GOOD, however short: the last
 * page of a plan may hold only "(ต่อ) กองคลัง" or a signature line, and its text must not be lost.
 */
final class PageClassifier {

    /** Word breaks: every page read is split into words, so the pattern is compiled once. */
    private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");

    /** Pages with fewer visible characters than this and no letter have no usable text layer. */
    static final int MIN_CHARS = 20;

    private PageClassifier() {
    }

    /** Images covering at least this share of a page make it a scan unless it has a real text layer. */
    static final double SCAN_COVERAGE = 0.5;

    static TextLayer classify(PageContent content) {
        StringBuilder sb = new StringBuilder();
        for (Glyph g : content.glyphs()) {
            sb.append(g.space() ? " " : g.text());
        }
        return classify(sb.toString(), content.invisibleShare(), content.imageCoverage());
    }

    /**
     * @param text the page's text
     * @param invisibleShare share of its characters drawn invisibly
     * @param imageCoverage share of the page that images cover
     */
    static TextLayer classify(String text, double invisibleShare, double imageCoverage) {
        int chars = 0;
        int bad = 0;
        int thai = 0;
        int letters = 0;
        int foreign = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            chars++;
            if (ThaiChars.isPrivateUse(c) || c == 0xFFFD || Character.isISOControl(c) || Character.isSurrogate((char) c)) {
                bad++;
            }
            if (ThaiChars.isThai(c)) {
                thai++;
            }
            if (Character.isLetter(c)) {
                letters++;
                if (!ThaiChars.isThai(c) && c > 0xFF) {
                    foreign++;
                }
            }
        }
        if (chars == 0) {
            return new TextLayer(TextLayer.Quality.NO_TEXT, "no text layer");
        }
        if (chars < MIN_CHARS && letters == 0) {
            return new TextLayer(TextLayer.Quality.NO_TEXT, "almost no text (" + chars + " characters, no words)");
        }
        if (chars < MIN_CHARS && imageCoverage >= SCAN_COVERAGE) {
            // a scanner's or printer driver's stamp ("Page 1") over a page image: the page is the image
            return new TextLayer(TextLayer.Quality.NO_TEXT, "a page image with almost no text (" + chars
                    + " characters over " + percent((int) Math.round(imageCoverage * 100), 100) + " of the page)");
        }
        if (bad * 10 >= chars * 4) {
            return new TextLayer(TextLayer.Quality.GARBAGE,
                    percent(bad, chars) + " private-use, replacement or control characters");
        }
        if (letters >= MIN_CHARS && foreign * 2 > letters) {
            // glyph codes read without the font's Unicode map ("ŐĭĭĶŅĵĚ"): what a lost font object leaves
            return new TextLayer(TextLayer.Quality.GARBAGE,
                    percent(foreign, letters) + " of letters are neither Thai nor Latin (noise, not text)");
        }
        int thaiWords = 0;
        int orphanWords = 0;
        for (String word : WHITE_SPACE.split(text)) {
            if (word.codePoints().noneMatch(ThaiChars::isThai)) {
                continue;
            }
            thaiWords++;
            if (hasOrphanMark(word)) {
                orphanWords++;
            }
        }
        if (thaiWords >= 5 && orphanWords * 2 > thaiWords) {
            return new TextLayer(TextLayer.Quality.GARBAGE,
                    percent(orphanWords, thaiWords) + " of Thai words have marks without a base character");
        }
        if (thai == 0 && invisibleShare > 0.9) {
            return new TextLayer(TextLayer.Quality.GARBAGE, "invisible (OCR) text layer without Thai characters");
        }
        return TextLayer.GOOD;
    }

    /** A Thai combining mark at the start of the word or after a character that cannot carry it. */
    static boolean hasOrphanMark(String word) {
        int prev = -1;
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            i += Character.charCount(c);
            if (c >= 0x0E31 && ThaiChars.isCombiningGlyph(c) && c <= 0x0E4E) {
                if (prev < 0 || !(ThaiChars.isConsonant(prev) || ThaiChars.isCombiningGlyph(prev)
                        || ThaiChars.isPrivateUse(prev))) {
                    return true;
                }
            }
            prev = c;
        }
        return false;
    }

    private static String percent(int part, int whole) {
        return String.format(Locale.ROOT, "%d%%", Math.round(100.0 * part / whole));
    }
}
