package org.itaminer.ingest.ocr;

import java.awt.image.BufferedImage;
import java.nio.FloatBuffer;
import net.sourceforge.lept4j.ILeptonica;
import net.sourceforge.lept4j.Leptonica1;
import net.sourceforge.lept4j.Pix;

/**
 * Straightens a page scanned a few degrees askew (แก้ภาพเอียง), with Leptonica: {@code pixFindSkew} (a sweep and
 * binary search for the angle at which the rows' ink profile is sharpest, on a reduced binary image, over ±7°)
 * and {@code pixRotate} by area mapping, white brought in at the corners. The image keeps its size.
 */
final class Deskew {

    private Deskew() {
    }

    /** The lean of the image's lines. */
    static Skew estimate(BufferedImage image) {
        Pix gray = LeptonicaImages.gray(image);
        try {
            return estimate(gray);
        } finally {
            LeptonicaImages.destroy(gray);
        }
    }

    /** The lean of a gray Pix's lines. */
    static Skew estimate(Pix gray) {
        Pix binary = LeptonicaImages.binary(gray);
        try {
            return find(binary);
        } finally {
            LeptonicaImages.destroy(binary);
        }
    }

    /** The lean of a binary Pix's lines; {@link Skew#NONE} when the finder gives up (a blank page). */
    static Skew find(Pix binary) {
        FloatBuffer angle = FloatBuffer.allocate(1);
        FloatBuffer confidence = FloatBuffer.allocate(1);
        if (Leptonica1.pixFindSkew(binary, angle, confidence) != 0) {
            return Skew.NONE;
        }
        return new Skew(angle.get(0), Math.max(0, confidence.get(0)));
    }

    /** The image turned clockwise by {@code degrees} about its centre, as 8-bit gray of the same size. */
    static BufferedImage rotate(BufferedImage image, double degrees) {
        Pix gray = LeptonicaImages.gray(image);
        Pix turned = null;
        try {
            turned = Leptonica1.pixRotate(gray, (float) Math.toRadians(degrees), ILeptonica.L_ROTATE_AREA_MAP,
                    ILeptonica.L_BRING_IN_WHITE, 0, 0);
            if (turned == null) {
                throw new IllegalStateException("Leptonica could not rotate the page image");
            }
            return LeptonicaImages.image(turned);
        } finally {
            LeptonicaImages.destroy(turned);
            LeptonicaImages.destroy(gray);
        }
    }
}
