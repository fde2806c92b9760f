package org.itaminer.extract.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.itaminer.model.layout.Cell;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TickMarksTest {

    @ParameterizedTest(name = "''{0}'' ticked: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ✓           | true
            ✔           | true
            /           | true
            X           | true
            x           | true
            ●           | true
            *           | true
            ■           | true
            █           | true
            <------>    | true
            ------>     | true
            ◄──►        | true
            ทุกเดือน     | true
            2           | true
            ""          | false
            -           | false
            –           | false
            .           | false
            0           | false
            """)
    void aMarkOfAnyKindTicksButAPlaceholderDoesNot(String text, boolean ticked) {
        assertEquals(ticked, TickMarks.ticked(Cell.of(text)));
    }
}
