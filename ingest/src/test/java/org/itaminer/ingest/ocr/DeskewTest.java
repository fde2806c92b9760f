package org.itaminer.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Leptonica's skew estimate on pages the test draws askew, and the rotation that levels them. */
class DeskewTest {

    /** How close the estimate must come to the angle the page was drawn at, in degrees. */
    static final double TOLERANCE = 0.15;

    @BeforeAll
    static void leptonica() {
        LeptonicaFixtures.assumeLeptonica();
    }

    @ParameterizedTest(name = "{1} page drawn {0}° askew")
    @CsvSource(textBlock = """
            2.5,  ruled
            -1.5, ruled
            -3.0, ruled
            0.6,  ruled
            2.5,  text
            -1.5, text
            """)
    void theAngleAPageWasDrawnAtIsFound(double degrees, String kind) {
        BufferedImage page = ScanFixtures.skewed(ScanFixtures.page(kind.equals("ruled")), degrees);
        Skew skew = Deskew.estimate(page);
        assertEquals(-degrees, skew.degrees(), TOLERANCE, skew.toString()); // turned back by as much
        assertTrue(skew.confidence() >= Skew.MIN_CONFIDENCE, skew.toString());
        assertEquals(Math.abs(degrees) >= Skew.MIN_DEGREES, skew.worthStraightening(), skew.toString());
    }

    @Test
    void aLevelPageIsLeftAlone() {
        Skew skew = Deskew.estimate(ScanFixtures.page(true));
        assertEquals(0, skew.degrees(), TOLERANCE, skew.toString());
        assertFalse(skew.worthStraightening(), skew.toString());
    }

    @Test
    void aBlankPageHasNothingToGoBy() {
        BufferedImage blank = ScanFixtures.noisy(ScanFixtures.skewed(new BufferedImage(800, 600, BufferedImage.TYPE_BYTE_GRAY), 0),
                0.0, 1);
        assertFalse(Deskew.estimate(blank).worthStraightening(), Deskew.estimate(blank).toString());
    }

    @ParameterizedTest(name = "{0}°")
    @CsvSource({"2.5", "-1.5"})
    void rotatingByTheEstimateLevelsThePage(double degrees) {
        BufferedImage askew = ScanFixtures.noisy(ScanFixtures.skewed(ScanFixtures.page(true), degrees), 0.01, 7);
        BufferedImage level = Deskew.rotate(askew, Deskew.estimate(askew).degrees());
        assertEquals(askew.getWidth(), level.getWidth());
        assertEquals(askew.getHeight(), level.getHeight());
        assertEquals(0, Deskew.estimate(level).degrees(), TOLERANCE);
        // the table's rulings are found again: 4 horizontal lines across its 1,740 pixels
        long across = RulingFinder.find(level, ScanFixtures.DPI).stream()
                .filter(l -> l.horizontal() && l.length() > 1600).count();
        assertEquals(4, across, RulingFinder.find(level, ScanFixtures.DPI).toString());
    }

    @Test
    void pixelsSurviveTheTripThroughLeptonica() {
        BufferedImage page = ScanFixtures.noisy(ScanFixtures.page(false), 0.02, 3);
        var pix = LeptonicaImages.gray(page);
        try {
            BufferedImage back = LeptonicaImages.image(pix);
            for (int y = 0; y < page.getHeight(); y += 7) {
                for (int x = 0; x < page.getWidth(); x += 3) {
                    assertEquals(page.getRaster().getSample(x, y, 0), back.getRaster().getSample(x, y, 0), x + "," + y);
                }
            }
        } finally {
            LeptonicaImages.destroy(pix);
        }
    }
}
