package org.itaminer.ingest.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.itaminer.ingest.DocumentReader;
import org.itaminer.ingest.Format;
import org.itaminer.ingest.IngestException;
import org.itaminer.model.Warning;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.TextLayer;
import org.itaminer.model.layout.TextSource;

/**
 * Reads an image file (PNG, JPEG, TIFF, a multi-page TIFF a page per frame) by OCR: each frame is a page.
 * The resolution comes from the file's metadata; a file without one is taken for an A4 scan.
 */
public final class ScanImageReader implements DocumentReader {

    /** Why an image's pages were OCR'd: they never had a text layer. */
    static final TextLayer IMAGE_PAGE = new TextLayer(TextLayer.Quality.NO_TEXT, "an image file");

    private final Ocr ocr;

    /** With the shared Tesseract ({@link Ocr#shared()}). */
    public ScanImageReader() {
        this(null);
    }

    /** @param ocr the OCR to use; null for {@link Ocr#shared()}, looked up on the first image */
    public ScanImageReader(Ocr ocr) {
        this.ocr = ocr;
    }

    @Override
    public ScanImageReader withOcr(Ocr given) {
        return new ScanImageReader(given);
    }

    @Override
    public Set<Format> formats() {
        return Set.of(Format.IMAGE);
    }

    @Override
    public LayoutDocument read(Path file) throws IngestException {
        Ocr engine = ocr == null ? Ocr.shared() : ocr;
        if (engine.unavailable().isPresent()) {
            throw new IngestException.OcrUnavailableException(engine.cannotRun("an image file needs OCR"));
        }
        List<Page> pages = new ArrayList<>();
        String mediaType;
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new IngestException.UnsupportedFormatException("an image of a kind Java cannot decode");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                mediaType = "image/" + reader.getFormatName().toLowerCase(Locale.ROOT);
                int frames = reader.getNumImages(true);
                for (int i = 0; i < frames; i++) {
                    BufferedImage image = reader.read(i);
                    PageImage page = new PageImage(image, dpi(reader.getImageMetadata(i), image));
                    pages.add(engine.read(i + 1, page, IMAGE_PAGE));
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new IngestException.CorruptDocumentException("not a readable image: " + e.getMessage(), e);
        } catch (OcrException e) {
            throw new IngestException("OCR failed: " + e.getMessage(), e);
        }
        if (pages.isEmpty()) {
            throw new IngestException.EmptyDocumentException("the image file holds no image");
        }
        List<Warning> warnings = new ArrayList<>();
        if (pages.stream().allMatch(p -> p.blocks().isEmpty())) {
            warnings.add(Warning.of(Warning.Kind.OTHER, "OCR found no text in the image"));
        }
        return new LayoutDocument(mediaType, TextSource.OCR, pages, warnings);
    }

    /** Dots per inch from the standard metadata (millimetres per pixel), else as if the image were an A4 page. */
    static int dpi(IIOMetadata metadata, BufferedImage image) {
        if (metadata != null && metadata.isStandardMetadataFormatSupported()) {
            IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree("javax_imageio_1.0");
            var nodes = root.getElementsByTagName("HorizontalPixelSize");
            if (nodes.getLength() > 0) {
                try {
                    double mmPerPixel = Double.parseDouble(((IIOMetadataNode) nodes.item(0)).getAttribute("value"));
                    int dpi = (int) Math.round(25.4 / mmPerPixel);
                    if (dpi >= 70 && dpi <= 1200) {
                        return dpi;
                    }
                } catch (NumberFormatException e) {
                    // no usable resolution: guess below
                }
            }
        }
        int longSide = Math.max(image.getWidth(), image.getHeight());
        return Math.max(70, Math.min(1200, (int) Math.round(longSide / 11.69))); // A4 is 11.69 inches long
    }
}
