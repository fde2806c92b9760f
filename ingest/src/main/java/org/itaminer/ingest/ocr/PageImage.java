package org.itaminer.ingest.ocr;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * A page as an image, with the resolution it has on paper.
 *
 * @param image the pixels
 * @param dpi dots per inch; Tesseract sizes its expectations of text height by it
 */
public record PageImage(BufferedImage image, int dpi) {

    public PageImage {
        Objects.requireNonNull(image, "image");
        if (dpi < 30 || dpi > 2400) {
            throw new IllegalArgumentException("implausible resolution " + dpi + " dpi");
        }
    }
}
