package org.itaminer.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.itaminer.ingest.layout.TextLayer;
import org.junit.jupiter.api.Test;

class PageClassifierTest {

    @Test
    void goodThai() {
        assertEquals(TextLayer.GOOD, PageClassifier.classify(
                "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ องค์การบริหารส่วนตำบล", 0));
    }

    @Test
    void almostNoText() {
        assertEquals(TextLayer.Quality.NO_TEXT, PageClassifier.classify("  ๑  ", 0).quality());
        assertEquals(TextLayer.Quality.NO_TEXT, PageClassifier.classify("", 0).quality());
    }

    @Test
    void orphanMarks() {
        // marks with no base consonant in most words: text in impossible order
        String broken = "\u0E48ก \u0E49ข \u0E34ค \u0E31ง \u0E4Cจ \u0E38ฉ \u0E48ช \u0E49ซ";
        assertEquals(TextLayer.Quality.GARBAGE, PageClassifier.classify(broken + " " + broken, 0).quality());
    }

    @Test
    void invisibleLatinJunkOverScan() {
        assertEquals(TextLayer.Quality.GARBAGE,
                PageClassifier.classify("lIl1 rn~ ,;: Wlll %%a ooO nnm iii 111 lll ..,, ~~", 1.0).quality());
        assertEquals(TextLayer.GOOD,
                PageClassifier.classify("An English page with a visible text layer and enough words", 0.0));
    }
}
