package org.itaminer.ingest.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What the engine read from page images, kept by the image's content (ผลการอ่านภาพหน้ากระดาษ): a page read once is
 * never given to Tesseract again, whether the document is run again, its report is made again by a changed
 * extractor, or the same scan arrives under another name. The result is cached before the Thai digits are read
 * again and the layout is built, so changes there take effect without OCR.
 */
public interface OcrCache {

    /** Bump when {@link RecognizedPage} or what the engine is asked changes shape. */
    int FORMAT = 1;

    /** No cache: every page goes to the engine. */
    OcrCache NONE = new OcrCache() {
        @Override
        public Optional<RecognizedPage> get(String key) {
            return Optional.empty();
        }

        @Override
        public void put(String key, RecognizedPage page) {
        }
    };

    /** The page read under this key, if kept; a damaged entry reads as absent. */
    Optional<RecognizedPage> get(String key);

    /** Keeps a page's result; a failure to keep it costs only a later OCR, so it is never thrown. */
    void put(String key, RecognizedPage page);

    /**
     * The key of a page image for an engine set up as {@code settings}: SHA-256 of the format, the settings'
     * {@link OcrSettings#signature()}, the resolution, the size and every pixel.
     */
    static String key(PageImage page, OcrSettings settings) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        BufferedImage image = page.image();
        sha.update(("itaminer-ocr/" + FORMAT + '\n' + settings.signature() + '\n').getBytes(StandardCharsets.UTF_8));
        sha.update(ByteBuffer.allocate(12).putInt(page.dpi()).putInt(image.getWidth()).putInt(image.getHeight()).array());
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY && image.getRaster().getDataBuffer() instanceof DataBufferByte b
                && b.getNumBanks() == 1 && image.getRaster().getParent() == null) {
            sha.update(b.getData());
        } else {
            int[] row = new int[image.getWidth()];
            ByteBuffer bytes = ByteBuffer.allocate(row.length * 4);
            for (int y = 0; y < image.getHeight(); y++) {
                image.getRGB(0, y, row.length, 1, row, 0, row.length);
                bytes.clear();
                bytes.asIntBuffer().put(row);
                sha.update(bytes.array());
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
