package org.itaminer.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which pages are turned and levelled, with a stand-in orientation detector: a quarter turn needs the text lines to
 * run down the page AND the detector to say so; upright pages are never turned, whatever a detector says.
 */
class StraightenerTest {

    @BeforeAll
    static void leptonica() {
        LeptonicaFixtures.assumeLeptonica();
    }

    /** A detector that always says {@code verdict} and counts how often it was asked. */
    private static final class Saying implements OrientationDetector {
        final AtomicInteger asked = new AtomicInteger();
        final Optional<Orientation> verdict;

        Saying(int degrees, double confidence) {
            verdict = Optional.of(new Orientation(degrees, confidence));
        }

        @Override
        public Optional<Orientation> detect(PageImage page) {
            asked.incrementAndGet();
            return verdict;
        }
    }

    private static PageImage scan(BufferedImage image) {
        return new PageImage(image, ScanFixtures.DPI);
    }

    @Test
    void anUprightLevelPageIsPassedOnAsItCameWithoutAskingTheDetector() throws Exception {
        Saying detector = new Saying(90, 40); // wrong, and never asked
        PageImage page = scan(ScanFixtures.noisy(ScanFixtures.page(true), 0.01, 5));
        Straightener.Straightened out = new Straightener(detector).straighten(page);
        assertSame(page, out.image());
        assertEquals(0, out.rotation());
        assertEquals(0, out.skew());
        assertEquals(0, detector.asked.get());
    }

    @ParameterizedTest(name = "content turned {0}° clockwise is turned back {1}° clockwise")
    @CsvSource({"90, 270", "270, 90"})
    void aPageTurnedAQuarterIsTurnedBack(int turned, int back) throws Exception {
        BufferedImage upright = ScanFixtures.page(true);
        Saying detector = new Saying(turned, 30);
        Straightener.Straightened out = new Straightener(detector).straighten(scan(ScanFixtures.turned(upright, turned)));
        assertEquals(1, detector.asked.get());
        assertEquals(back, out.rotation());
        assertEquals(upright.getWidth(), out.image().image().getWidth());
        assertEquals(upright.getHeight(), out.image().image().getHeight());
        long across = out.rulings().lines().stream().filter(l -> l.horizontal() && l.length() > 1600).count();
        assertEquals(4, across, "the table's rows are across the page again: " + out.rulings().lines());
    }

    @Test
    void anUnsureDetectorTurnsNothing() throws Exception {
        Saying detector = new Saying(90, Straightener.MIN_ORIENTATION_CONFIDENCE / 2);
        Straightener.Straightened out = new Straightener(detector)
                .straighten(scan(ScanFixtures.turned(ScanFixtures.page(true), 90)));
        assertEquals(1, detector.asked.get());
        assertEquals(0, out.rotation());
    }

    @ParameterizedTest(name = "the detector says {0}° at confidence {1}: turned half round {2}")
    @CsvSource({"180, 30, true", "180, 3, false", "90, 30, false", "0, 40, false"})
    void aPageReadBadlyIsTurnedHalfRoundOnlyWhenTheDetectorIsSureItIsUpsideDown(int says, double confidence,
            boolean turns) throws Exception {
        PageImage page = scan(ScanFixtures.turned(ScanFixtures.page(true), 180));
        Straightener straightener = new Straightener(new Saying(says, confidence));
        Optional<Straightener.Straightened> turned = straightener.upsideDown(straightener.straighten(page));
        assertEquals(turns, turned.isPresent());
        turned.ifPresent(t -> assertEquals(180, t.rotation()));
    }

    @Test
    void aPageAskewIsLevelledAndSaysByHowMuch() throws Exception {
        Straightener.Straightened out = new Straightener(OrientationDetector.NONE)
                .straighten(scan(ScanFixtures.noisy(ScanFixtures.skewed(ScanFixtures.page(true), 2.5), 0.01, 9)));
        assertEquals(0, out.rotation());
        assertEquals(-2.5, out.skew(), DeskewTest.TOLERANCE);
        long across = out.rulings().lines().stream().filter(l -> l.horizontal() && l.length() > 1600).count();
        assertEquals(4, across, out.rulings().lines().toString());
    }

    @ParameterizedTest(name = "turned {0}°")
    @CsvSource({"0, true", "90, false", "270, false"})
    void theLinesRunAcrossOnlyOnAnUprightPage(int turned, boolean across) {
        BufferedImage page = ScanFixtures.turned(ScanFixtures.page(true), turned);
        BufferedImage clean = RulingFinder.findAndErase(page, ScanFixtures.DPI).withoutRulings();
        double ratio = LineDirection.acrossOverDown(clean);
        assertEquals(across, ratio > 2 * LineDirection.MAY_RUN_DOWN, "across/down " + ratio);
        assertEquals(!across, LineDirection.mayRunDown(clean), "across/down " + ratio);
    }

    @Test
    void quarterTurnsMovePixelsWhereTheyBelong() {
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_BYTE_GRAY);
        image.getRaster().setSample(0, 0, 0, 200); // top left
        BufferedImage cw = QuarterTurn.clockwise(image, 90);
        assertEquals(2, cw.getWidth());
        assertEquals(200, cw.getRaster().getSample(1, 0, 0), "top left goes top right");
        assertEquals(200, QuarterTurn.clockwise(image, 180).getRaster().getSample(2, 1, 0), "to bottom right");
        assertEquals(200, QuarterTurn.clockwise(image, 270).getRaster().getSample(0, 2, 0), "to bottom left");
        assertTrue(QuarterTurn.clockwise(image, 0).getRaster().getSample(0, 0, 0) == 200);
    }
}
