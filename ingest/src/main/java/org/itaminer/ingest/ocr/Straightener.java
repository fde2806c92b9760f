package org.itaminer.ingest.ocr;

import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * Puts a page image upright and level before anything is read from it (จัดหน้าให้ตรง): a page whose text runs down
 * the image (a landscape table scanned on a portrait page) is turned a quarter back, and a page scanned a few
 * degrees askew is rotated level, so that its rulings are horizontal and vertical again. Upright pages must never be
 * turned, so a quarter turn needs two independent signs: the text lines run down the image ({@link LineDirection},
 * cheap, asked on every page) and the orientation detector, asked only then, says the content is turned a quarter.
 */
final class Straightener {

    /**
     * A quarter turn is taken only when the detector is at least this sure. Tesseract's OSD gave 8.7 to 46 on seed
     * pages turned a quarter (the lowest on a page of a few lines), 31 to 33 on a real scan turned a quarter.
     */
    static final double MIN_ORIENTATION_CONFIDENCE = 6.0;

    /**
     * A page made upright and level.
     *
     * @param image what the rest of OCR reads
     * @param rulings the rulings of {@code image}, and {@code image} without them
     * @param rotation how far the image was turned clockwise to stand upright: 0, 90, 180 or 270
     * @param skew how far it was then rotated clockwise to make its lines level, in degrees; 0 when it was not
     */
    record Straightened(PageImage image, RulingFinder.Found rulings, int rotation, double skew) {
    }

    /**
     * A page read at a mean symbol confidence below this may have been read upside down, and the detector is asked.
     * Measured here: 17 upright scans (seeds and real documents) were read at 91.7 to 94.6, the same pages upside down
     * at 60.1 to 71.3 (Thai-looking nonsense), and OSD said 180° on every one of those.
     */
    static final double UPSIDE_DOWN_SUSPECT = 80;

    private final OrientationDetector detector;
    private volatile boolean leptonicaMissing;

    Straightener(OrientationDetector detector) {
        this.detector = Objects.requireNonNull(detector, "detector");
    }

    Straightened straighten(PageImage page) throws OcrException {
        RulingFinder.Found first = RulingFinder.findAndErase(page.image(), page.dpi());
        try {
            return straighten(page, first);
        } catch (LinkageError e) {
            // no Leptonica (it comes with Tesseract; a stand-in engine runs without): the page is read as it lies
            if (!leptonicaMissing) {
                leptonicaMissing = true;
                LoggerFactory.getLogger(Straightener.class).warn("Leptonica not loadable, pages are not straightened: {}",
                        e.toString());
            }
            return new Straightened(page, first, 0, 0);
        }
    }

    private Straightened straighten(PageImage page, RulingFinder.Found first) throws OcrException {
        BufferedImage image = page.image();
        int rotation = 0;
        if (LineDirection.mayRunDown(first.withoutRulings())) {
            Optional<Orientation> orientation = detector.detect(page);
            if (orientation.isPresent() && orientation.get().quarterTurn()
                    && orientation.get().confidence() >= MIN_ORIENTATION_CONFIDENCE) {
                rotation = 360 - orientation.get().degrees();
                image = QuarterTurn.clockwise(image, rotation);
            }
        }
        Skew skew = Deskew.estimate(image);
        double levelled = 0;
        if (skew.worthStraightening()) {
            image = Deskew.rotate(image, skew.degrees());
            levelled = skew.degrees();
        }
        if (rotation == 0 && levelled == 0) {
            return new Straightened(page, first, 0, 0);
        }
        PageImage upright = new PageImage(image, page.dpi());
        return new Straightened(upright, RulingFinder.findAndErase(image, page.dpi()), rotation, levelled);
    }

    /** Whether a page the engine read this badly may have been read upside down. */
    static boolean mayBeUpsideDown(RecognizedPage read) {
        return meanConfidence(read) < UPSIDE_DOWN_SUSPECT;
    }

    /** The mean confidence of the symbols the engine read, 0 to 100; 0 when it read none. */
    static double meanConfidence(RecognizedPage read) {
        double sum = 0;
        int n = 0;
        for (var paragraph : read.paragraphs()) {
            for (var line : paragraph) {
                for (Symbol symbol : line) {
                    sum += symbol.confidence();
                    n++;
                }
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    /**
     * The page turned half round, when the detector is sure it stands upside down; empty otherwise, and for a page
     * already turned a quarter (the detector has had its say). The caller reads both and keeps the surer reading, so
     * an upright page is never turned on the detector's word alone.
     */
    Optional<Straightened> upsideDown(Straightened read) throws OcrException {
        if (read.rotation() != 0) {
            return Optional.empty();
        }
        Optional<Orientation> orientation = detector.detect(read.image());
        if (orientation.isEmpty() || orientation.get().degrees() != 180
                || orientation.get().confidence() < MIN_ORIENTATION_CONFIDENCE) {
            return Optional.empty();
        }
        BufferedImage turned = QuarterTurn.clockwise(read.image().image(), 180);
        int dpi = read.image().dpi();
        return Optional.of(new Straightened(new PageImage(turned, dpi), RulingFinder.findAndErase(turned, dpi), 180,
                read.skew()));
    }
}
