package org.itaminer.ingest.ocr;

import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.Optional;

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

    private final OrientationDetector detector;

    Straightener(OrientationDetector detector) {
        this.detector = Objects.requireNonNull(detector, "detector");
    }

    Straightened straighten(PageImage page) throws OcrException {
        RulingFinder.Found first = RulingFinder.findAndErase(page.image(), page.dpi());
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
}
