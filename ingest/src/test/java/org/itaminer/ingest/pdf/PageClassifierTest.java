package org.itaminer.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.itaminer.model.layout.TextLayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageClassifierTest {

    @Test
    void goodThai() {
        assertEquals(TextLayer.GOOD, PageClassifier.classify(
                "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ องค์การบริหารส่วนตำบล", 0, 0));
    }

    /** Nothing but a page number is a page to OCR; a few words are a short page, kept as text. */
    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                          | NO_TEXT
            '  ๑  '                     | NO_TEXT
            '- ๒ -'                     | NO_TEXT
            '12/30'                     | NO_TEXT
            '(ต่อ) กองคลัง'              | GOOD
            'ลงชื่อ ผู้รายงาน'             | GOOD
            'See annex 2'               | GOOD
            """)
    void shortPages(String text, TextLayer.Quality quality) {
        assertEquals(quality, PageClassifier.classify(text, 0, 0.1).quality(), "a logo does not make a scan");
        assertEquals(quality, PageClassifier.classify(text, 0, 0).quality());
    }

    /** Over a page image, a few stamped characters are the scanner's, not the page's text. */
    @ParameterizedTest(name = "''{0}'' over {1} of the page -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            'Page 1 of 4'       | 0.95 | NO_TEXT
            'สแกนเมื่อ'          | 0.60 | NO_TEXT
            'See annex 2'       | 0.30 | GOOD
            'มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปี' | 0.95 | GOOD
            """)
    void scannedPageWithAStamp(String text, double coverage, TextLayer.Quality quality) {
        assertEquals(quality, PageClassifier.classify(text, 0, coverage).quality());
    }

    @Test
    void orphanMarks() {
        // marks with no base consonant in most words: text in impossible order
        String broken = "\u0E48ก \u0E49ข \u0E34ค \u0E31ง \u0E4Cจ \u0E38ฉ \u0E48ช \u0E49ซ";
        assertEquals(TextLayer.Quality.GARBAGE, PageClassifier.classify(broken + " " + broken, 0, 0).quality());
    }

    @Test
    void invisibleLatinJunkOverScan() {
        assertEquals(TextLayer.Quality.GARBAGE,
                PageClassifier.classify("lIl1 rn~ ,;: Wlll %%a ooO nnm iii 111 lll ..,, ~~", 1.0, 0).quality());
        assertEquals(TextLayer.GOOD,
                PageClassifier.classify("An English page with a visible text layer and enough words", 0.0, 0));
    }

    /**
     * A text layer turned to noise: glyph codes read without the font's Unicode map (Thai glyph ids land in
     * Latin Extended: "ŐĭĭĶŅĵĚ" is what a cut report's title read as), or control characters where text was.
     * Thai, English and Thai with a few foreign letters stay text.
     */
    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ŐĭĭĶŅĵĚŅĬįĸĔŅĶħņ ŏĬŇĬĚŅĬĨŅĴŐįĬĭĶŇľŅĶėĺŅĴŏĽňŗĵĚ                                   | GARBAGE
            ĭĸĳĬŅĶĬĩŅĻ ĚĢŅĬ ďĶĳ ŌĩŅĺ ŏĠĸŅĬįĸĔŅĶħņ ๒๕๖๗                                     | GARBAGE
            \\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\u0008\\u000e\\u000f\\u0010\\u0011 ab    | GARBAGE
            มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗                   | GOOD
            Integrity and Transparency Assessment (ITA) of the agency for fiscal year 2024   | GOOD
            รายงานผล ITA โดย Müller และ Đặng ผู้ตรวจ ปีงบประมาณ ๒๕๖๗ หน่วยงานราชการ          | GOOD
            """)
    void noiseIsGarbage(String text, TextLayer.Quality quality) {
        String unescaped = java.util.regex.Pattern.compile("\\\\u([0-9a-f]{4})").matcher(text)
                .replaceAll(m -> String.valueOf((char) Integer.parseInt(m.group(1), 16)));
        assertEquals(quality, PageClassifier.classify(unescaped, 0, 0).quality(), unescaped);
    }
}
