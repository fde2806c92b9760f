package org.itaminer.ingest.ocr;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Assumptions;

/** Tests of the Leptonica steps skip, saying so, where the library (Debian's liblept5, with Tesseract) is absent. */
final class LeptonicaFixtures {

    private LeptonicaFixtures() {
    }

    static void assumeLeptonica() {
        boolean loaded;
        try {
            LeptonicaImages.destroy(LeptonicaImages.gray(new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY)));
            loaded = true;
        } catch (LinkageError e) {
            loaded = false;
        }
        Assumptions.assumeTrue(loaded, "Leptonica (liblept5) is not installed here: " + Ocr.INSTALL);
    }
}
