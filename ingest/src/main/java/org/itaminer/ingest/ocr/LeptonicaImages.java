package org.itaminer.ingest.ocr;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import net.sourceforge.lept4j.Leptonica1;
import net.sourceforge.lept4j.Pix;

/**
 * Page images to and from Leptonica's {@code Pix} (through lept4j, which Tess4J brings), for the library's skew
 * finder and rotation. A Pix is native memory: whoever makes one destroys it ({@link #destroy}).
 */
final class LeptonicaImages {

    static {
        // a blank page makes the skew finder complain on stderr, between the run's lines; its answer says as much
        Leptonica1.setMsgSeverity(net.sourceforge.lept4j.ILeptonica.L_SEVERITY_NONE);
    }

    private LeptonicaImages() {
    }

    /** An 8-bit gray Pix of the image (a gray copy is made first when it is not gray). */
    static Pix gray(BufferedImage image) {
        BufferedImage gray = Tess4jEngine.gray(image);
        int w = gray.getWidth();
        int h = gray.getHeight();
        byte[] px = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        Pix pix = Leptonica1.pixCreate(w, h, 8);
        if (pix == null) {
            throw new IllegalStateException("Leptonica could not allocate a " + w + "x" + h + " image");
        }
        int wpl = Leptonica1.pixGetWpl(pix);
        int[] words = new int[wpl * h];
        // Leptonica keeps 4 pixels in each 32-bit word, the leftmost in the most significant byte
        for (int y = 0; y < h; y++) {
            int row = y * w;
            int out = y * wpl;
            for (int x = 0; x < w; x++) {
                words[out + (x >> 2)] |= (px[row + x] & 0xFF) << (24 - ((x & 3) << 3));
            }
        }
        Leptonica1.pixGetData(pix).getPointer().write(0, words, 0, words.length);
        return pix;
    }

    /** Ink as 1, paper as 0: gray levels at or below {@link RulingFinder#INK} are ink. */
    static Pix binary(Pix gray) {
        return Leptonica1.pixConvertTo1(gray, RulingFinder.INK + 1);
    }

    /** An 8-bit gray Pix back into an image. */
    static BufferedImage image(Pix gray) {
        int w = Leptonica1.pixGetWidth(gray);
        int h = Leptonica1.pixGetHeight(gray);
        int wpl = Leptonica1.pixGetWpl(gray);
        Pointer data = Leptonica1.pixGetData(gray).getPointer();
        int[] words = data.getIntArray(0, wpl * h);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] px = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < h; y++) {
            int row = y * w;
            int in = y * wpl;
            for (int x = 0; x < w; x++) {
                px[row + x] = (byte) (words[in + (x >> 2)] >>> (24 - ((x & 3) << 3)));
            }
        }
        return image;
    }

    static void destroy(Pix pix) {
        if (pix != null) {
            Leptonica1.pixDestroy(new PointerByReference(pix.getPointer()));
        }
    }
}
