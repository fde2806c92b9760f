package org.itaminer.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A line rebuilt from the engine's symbols, written here as the engine's line text: symbols separated by '|', a
 * space before a symbol where the engine's text has one. Each symbol is 20 pixels wide, 2 apart.
 */
class LineTextTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {
        // Tesseract's Thai word level: a character a symbol, a space only between phrases
        "ม|า|ต|ร|ก|า|ร| ท|ี่| ๑                 ; มาตรการ ที่ ๑",
        // the tha model writes SARA AM as NIKHAHIT + SARA AA with no space: composed
        "ด|ํ|า|เ|น|ิ|น|ก|า|ร                     ; ดำเนินการ",
        // the Thai script model prints a space inside the split SARA AM: never a word break
        "ด|ํ| า|เ|น|ิ|น|ก|า|ร                    ; ดำเนินการ",
        "ค|ณ|ะ|ท|ํ| า|ง|า|น                      ; คณะทำงาน",
        // a tone mark between the halves (น้ำ)
        "น|้|ํ| า| ย|ื|น                          ; น้ำ ยืน",
        // a space before SARA AA that follows no NIKHAHIT stays a break
        "ก|ข| า                                  ; กข า",
    })
    void symbolsBecomeTheWordsOfTheLine(String symbols, String expected) {
        assertEquals(expected, LineText.text(LineText.words(line(symbols))));
    }

    private static List<Symbol> line(String symbols) {
        List<Symbol> line = new ArrayList<>();
        int x = 0;
        for (String part : symbols.strip().split("\\|")) {
            boolean space = part.startsWith(" ");
            line.add(new Symbol(part.strip(), new Box(x, 0, x + 20, 30), 90f, space && !line.isEmpty()));
            x += 22;
        }
        return line;
    }
}
