package org.itaminer.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The repair's dictionary: words found as written, and a word's SARA AA / SARA AM spellings at one node. */
class FoldedDictionaryTest {

    private final FoldedDictionary dict = new FoldedDictionary(
            List.of("การ", "กำ", "กำหนด", "ความ", "โปร่งใส", "สำนักงาน", "สานักงาน", "นำ", "นา", "ดำเนินการ"));

    @ParameterizedTest
    @CsvSource({"การ, true", "กำหนด, true", "กาหนด, false", "สำนักงาน, true", "สานักงาน, true", "ความโปร่งใส, false",
        "กา, false", "นำ, true", "นา, true", "ดาเนินการ, false", "ก, false"})
    void aWordIsFoundOnlyAsWritten(String text, boolean word) {
        assertEquals(word, dict.contains(text), text);
    }

    @Test
    void spellingsThatDifferInSaraAaAndSaraAmMeetAtOneNode() {
        assertArrayEquals(new String[] {"สำนักงาน", "สานักงาน"}, sorted(dict.wordsAt(walk("สานักงาน"))));
        assertArrayEquals(new String[] {"นำ", "นา"}, sorted(dict.wordsAt(walk("นำ"))));
        assertArrayEquals(new String[] {"กำหนด"}, dict.wordsAt(walk("กาหนด")), "the folded form finds the word");
        assertNull(dict.wordsAt(walk("กาห")), "a prefix is no word");
        assertEquals(FoldedDictionary.NONE, walk("กาหนดx"));
        assertEquals(10, dict.size());
    }

    @Test
    void aWalkStopsWhereNoWordGoesOn() {
        int node = FoldedDictionary.ROOT;
        for (char c : "ความx".toCharArray()) {
            assertTrue(node != FoldedDictionary.NONE);
            node = dict.child(node, c);
        }
        assertEquals(FoldedDictionary.NONE, node);
        assertFalse(new FoldedDictionary(List.of()).contains("การ"));
    }

    private int walk(String s) {
        int node = FoldedDictionary.ROOT;
        for (int i = 0; i < s.length() && node != FoldedDictionary.NONE; i++) {
            node = dict.child(node, s.charAt(i));
        }
        return node;
    }

    private static String[] sorted(String[] words) {
        String[] copy = words.clone();
        java.util.Arrays.sort(copy, java.util.Comparator.reverseOrder());
        return copy;
    }
}
