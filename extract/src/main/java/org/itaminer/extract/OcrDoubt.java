package org.itaminer.extract;

import java.util.Locale;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Recognition;

/** When a page read by OCR is doubtful enough for the report to say so in its warnings. */
final class OcrDoubt {

    /** A page where more than this share of the words is of low confidence is reported. */
    static final double DOUBTFUL_SHARE = 0.25;
    /**
     * A page whose words' mean confidence is below this is reported too, however few of its words are under
     * {@link Recognition#LOW_CONFIDENCE}: on the scanned seeds pages read at 80 to 93, and 2 of 81 below
     * (75 and 78, table pages of about 25 words with a fifth of them doubtful).
     */
    static final double LOW_MEAN = 80;

    private OcrDoubt() {
    }

    static boolean doubtful(Recognition recognition) {
        return recognition.recognised() && recognition.words() > 0
                && (recognition.lowConfidenceWords() > DOUBTFUL_SHARE * recognition.words()
                    || recognition.meanConfidence() < LOW_MEAN);
    }

    static String sentence(Page page) {
        Recognition r = page.recognition();
        return String.format(Locale.ROOT, "page %d: low OCR confidence (%d of %d words below %d, mean %.0f)",
                page.number(), r.lowConfidenceWords(), r.words(), Recognition.LOW_CONFIDENCE, r.meanConfidence());
    }

    /** At most this many numbers are named in one page's warning; the rest are counted. */
    static final int NAMED_NUMBERS = 8;

    static String digitsSentence(Page page) {
        java.util.List<String> numbers = page.recognition().doubtfulNumbers();
        String named = String.join("; ", numbers.subList(0, Math.min(NAMED_NUMBERS, numbers.size())));
        int more = numbers.size() - NAMED_NUMBERS;
        return "page " + page.number() + ": unsure Thai digits in OCR: " + named + (more > 0 ? "; and " + more + " more" : "");
    }
}
