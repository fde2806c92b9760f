package org.itaminer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A warning is its sentence in JSON (schema v1), and its kind and page come back from the sentence. */
class WarningTest {

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "page 3 needs OCR: no text layer (a scan)                       | NEEDS_OCR          | 3",
        "page 7: text layer unreadable (bad font), needs OCR            | NEEDS_OCR          | 7",
        "no page has a usable text layer (all 12 pages need OCR)        | NEEDS_OCR          | 0",
        "2 of 9 pages need OCR: [4, 5]                                  | NEEDS_OCR          | 0",
        "text encoding guessed as TIS-620                               | ENCODING_GUESSED   | 0",
        "assessment score differs: 83.59 (page 1) vs 83.99 (page 4)     | CONFLICTING_VALUES | 0",
        "indicator 3 score differs: 91.00 vs 92.50                      | CONFLICTING_VALUES | 0",
        "no measures found in a plan document                           | NO_MEASURES        | 0",
        "two measures are numbered 4 (seq 5)                            | DUPLICATE_NUMBER   | 0",
        "no agency name found                                           | NO_AGENCY          | 0",
        "damaged file: 3 objects could not be read                      | DAMAGED            | 0",
        "page 4: low OCR confidence (5 of 23 words below 60, mean 78)   | LOW_CONFIDENCE     | 4",
        "page 23: low OCR confidence in a cell (mean 32) read into measure 14, title: \"many\" | LOW_CONFIDENCE_CELL | 23",
        "low OCR confidence in 6 more cells read into measures (pages 2, 5) | LOW_CONFIDENCE_CELL | 0",
        "ตารางไม่สมบูรณ์                                                 | OTHER              | 0",
    })
    void kindAndPageAreReadBackFromTheSentence(String text, Warning.Kind kind, int page) throws Exception {
        Warning read = json.readValue(json.writeValueAsString(text), Warning.class);
        assertEquals(kind, read.kind());
        assertEquals(page == 0 ? OptionalInt.empty() : OptionalInt.of(page), read.page());
        assertEquals(text, read.text());
        assertEquals(json.writeValueAsString(text), json.writeValueAsString(read), "the JSON stays a string");
    }
}
