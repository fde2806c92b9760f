package org.itaminer.index.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThaiSearchAnalyzerTest {

    static List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // empty
        "''|''",
        // Thai digits fold: ๒๕๖๘ → 2568
        "๒๕๖๘|2568",
        "2568|2568",
        // Latin is lower-cased
        "No Gift Policy|no gift policy",
        // ข้อมูลข่าวสาร: two words
        "ข้อมูลข่าวสาร|ข้อมูล ข่าวสาร",
        // อบต.บ่อหิน: the abbreviation's dot splits
        "อบต.บ่อหิน|อบต บ่อ หิน"})
    void indexChain(String text, String expected) {
        for (Segmenter s : Segmenter.values()) {
            try (Analyzer a = ThaiSearchAnalyzer.forIndexing(s)) {
                List<String> want = expected.isEmpty() ? List.of() : List.of(expected.split(" "));
                if (s == Segmenter.ICU || !text.contains("บ่อหิน")) {
                    assertEquals(want, terms(a, text), s + " " + text);
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // อบต. → also องค์การ บริหาร ส่วน ตำบล
        "อบต.|องค์การ",
        "ทต.|เทศบาล",
        "no gift policy|ขวัญ",
        "ไม่รับของขวัญ|gift",
        "ป.ป.ช.|ปราบ"})
    void queryChainAddsSynonyms(String query, String expectedTerm) {
        try (Analyzer a = ThaiSearchAnalyzer.forQueries(ThaiSearchAnalyzer.DEFAULT_SEGMENTER)) {
            List<String> terms = terms(a, query);
            assertEquals(true, terms.contains(expectedTerm), query + " → " + terms);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // ไตรมาสที่๑ (first quarter, no space): ICU alone keeps ที่๑ whole
        "ไตรมาสที่๑|ไตรมาส ที่ 1",
        "ไตรมาสที่1|ไตรมาส ที่ 1",
        "ไตรมาสที่ 1|ไตรมาส ที่ 1",
        // รอบ๖เดือน (every six months)
        "รอบ๖เดือน|รอบ 6 เดือน",
        // ตลอดปีงบประมาณ (all fiscal year): ICU alone keeps ปีงบประมาณ whole
        "ตลอดปีงบประมาณ|ตลอด ปี งบ ประมาณ",
        "งบประมาณ|งบ ประมาณ",
        // O36 and 2568 keep their letters and digits together
        "O36 2568|o36 2568"})
    void breaksBeforeSegmenting(String text, String expected) {
        try (Analyzer a = ThaiSearchAnalyzer.forIndexing(Segmenter.ICU)) {
            assertEquals(List.of(expected.split(" ")), terms(a, text), text);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the inserted spaces must not shift offsets: highlights point at the original text
        "ไตรมาสที่๑|๑",
        "ตลอดปีงบประมาณ|ประมาณ",
        "อบต.บ่อหิน|หิน"})
    void offsetsPointAtTheOriginalText(String text, String last) {
        try (Analyzer a = ThaiSearchAnalyzer.forIndexing(Segmenter.ICU);
             TokenStream ts = a.tokenStream("text", text)) {
            var offsets = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
            ts.reset();
            int start = -1;
            int end = -1;
            while (ts.incrementToken()) {
                start = offsets.startOffset();
                end = offsets.endOffset();
            }
            ts.end();
            assertEquals(last, text.substring(start, end));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
