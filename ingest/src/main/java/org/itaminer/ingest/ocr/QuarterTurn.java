package org.itaminer.ingest.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/** Turns a page image by quarter turns, pixel for pixel (no resampling): 8-bit gray in, 8-bit gray out. */
final class QuarterTurn {

    private QuarterTurn() {
    }

    /** The image turned clockwise by {@code degrees}: 0, 90, 180 or 270. */
    static BufferedImage clockwise(BufferedImage image, int degrees) {
        int turn = Math.floorMod(degrees, 360);
        if (turn % 90 != 0) {
            throw new IllegalArgumentException("not a quarter turn: " + degrees);
        }
        BufferedImage gray = Tess4jEngine.gray(image);
        if (turn == 0) {
            return gray;
        }
        int w = gray.getWidth();
        int h = gray.getHeight();
        byte[] from = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        boolean across = turn != 180;
        int tw = across ? h : w;
        int th = across ? w : h;
        BufferedImage turned = new BufferedImage(tw, th, BufferedImage.TYPE_BYTE_GRAY);
        byte[] to = ((DataBufferByte) turned.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int x = 0; x < w; x++) {
                int at = switch (turn) {
                    case 90 -> x * tw + (h - 1 - y);
                    case 180 -> (h - 1 - y) * tw + (w - 1 - x);
                    default -> (w - 1 - x) * tw + y;
                };
                to[at] = from[row + x];
            }
        }
        return turned;
    }
}
