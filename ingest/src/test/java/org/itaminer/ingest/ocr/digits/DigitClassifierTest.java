package org.itaminer.ingest.ocr.digits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each Thai digit drawn alone at the sizes of body text in scans (12 pt and 16 pt at 200 and 300 dpi), with
 * scanner noise, is taken for itself; the letters the engine confuses with digits are taken for none.
 */
class DigitClassifierTest {

    private static final DigitClassifier CLASSIFIER = new DigitClassifier(DigitTemplates.of(
            List.of(DigitFixtures.garuda(12), DigitFixtures.garuda(12).deriveFont(Font.BOLD))));

    /** The glyph of the one character of a line drawn alone. */
    private static DigitReading read(String character, float size, double noise, long seed) {
        DigitFixtures.Line line = DigitFixtures.line("น " + character, size, noise, seed);
        double xHeight = line.symbols().get(0).box().height();
        var box = line.symbols().get(1).box();
        Ink ink = Ink.of(line.image(), box.left() - 4, box.top() - 4, box.right() + 4, box.bottom() + 4);
        Ink.Blot glyph = ink.blots().stream().filter(b -> b.pixels() > 10).reduce(Ink.Blot::merge).orElseThrow();
        return CLASSIFIER.read(GlyphShape.of(ink, glyph, xHeight));
    }

    @ParameterizedTest(name = "{0} at {1}px, noise {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ๐ | 33 | 0.3
            ๑ | 33 | 0.3
            ๒ | 33 | 0.3
            ๓ | 33 | 0.3
            ๔ | 33 | 0.3
            ๕ | 33 | 0.3
            ๖ | 33 | 0.3
            ๗ | 33 | 0.3
            ๘ | 33 | 0.3
            ๙ | 33 | 0.3
            ๔ | 44 | 0.4
            ๖ | 44 | 0.4
            ๗ | 50 | 0.4
            ๘ | 67 | 0.4
            ๙ | 67 | 0.4
            ๔ | 67 | 0
            ๖ | 67 | 0
            """)
    void eachDigitIsTakenForItself(String digit, float size, double noise) {
        DigitReading r = read(digit, size, noise, 11);
        assertEquals(digit.charAt(0), r.digit(), () -> r.toString());
        assertTrue(r.isDigit(), () -> r.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ส
            ก
            ด
            ต
            ค
            """)
    void lettersAreNoDigits(String letter) {
        DigitReading r = read(letter, 44, 0.2, 5);
        assertFalse(r.isDigit(), () -> r.toString());
    }
}
