package org.itaminer.index.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.itaminer.index.write.MeasureFields;

class WordPairsTest {

    /** The pairs of the values (separated by '|' in the table) as "term@position". */
    static List<String> pairs(Analyzer analyzer, String values) {
        List<AnalyzedText> texts = new ArrayList<>();
        for (String v : values.split("\\|", -1)) {
            texts.add(AnalyzedText.of(analyzer, MeasureFields.TEXT, v));
        }
        List<String> out = new ArrayList<>();
        try (TokenStream ts = WordPairs.of(texts)) {
            TermToBytesRefAttribute term = ts.addAttribute(TermToBytesRefAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += inc.getPositionIncrement();
                out.add(term.getBytesRef().utf8ToString() + "@" + position);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        // empty; one word has no pair
        "'';''",
        "ร้องเรียน|'';ร้อง เรียน@0",
        "เว็บไซต์;''",
        // ร้องเรียน (complain): one pair at the first word's position
        "ร้องเรียน;ร้อง เรียน@0",
        // จัดซื้อจัดจ้าง (procurement): three pairs, จัด twice
        "จัดซื้อจัดจ้าง;จัด ซื้อ@0,ซื้อ จัด@1,จัด จ้าง@2",
        // ไตรมาสที่ ๑ (first quarter): digits folded first
        "ไตรมาสที่ ๑;ไตรมาส ที่@0,ที่ 1@1",
        // No Gift Policy: lower-cased
        "No Gift Policy;no gift@0,gift policy@1",
        // title | steps: the values are one run of positions, so a pair spans them (as a phrase does)
        "ร้องเรียน|ช่องทาง;ร้อง เรียน@0,เรียน ช่อง@1,ช่อง ทาง@2",
        // an empty value in between changes nothing
        "ร้องเรียน||ทุจริต;ร้อง เรียน@0,เรียน ทุจริต@1"})
    void pairsOfAdjacentWords(String values, String expected) {
        try (Analyzer a = ThaiSearchAnalyzer.forIndexing(ThaiSearchAnalyzer.DEFAULT_SEGMENTER)) {
            List<String> want = expected.isEmpty() ? List.of() : Arrays.asList(expected.split(","));
            assertEquals(want, pairs(a, values), values);
        }
    }
}
