package org.itaminer.ingest.pdf;

import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.itaminer.ingest.ocr.PageImage;

/**
 * A PDF page as an image for OCR. A scanned page is one image covering the page: that image is taken as it
 * is, at its own resolution (on the scanned seeds some 700 times faster than rendering the page again, and
 * no less accurate). Any other page (text drawn as many small images, vector outlines, a scan with a
 * stamp drawn over it) is rendered by PDFBox in gray: at {@value #RENDER_DPI} dpi, or at {@value #IMAGE_RENDER_DPI}
 * where images cover much of the page (a scan cut into strips, a scan a little smaller than its page).
 */
final class PdfPageImage {

    /**
     * The rendering resolution. Measured with {@code bench-ocr --render} on pages rendered from text-layer PDFs: see
     * the README's OCR section for the figures behind the choice.
     */
    static final int RENDER_DPI = 200;
    /**
     * The resolution of a page that images cover: scans are 200–300 dpi, and reading such a page at 200 or at its
     * images' own resolution (e.g. 305 or 317) changed what the engine found on real scans both ways (a letterhead's
     * emblem read as a table at 305), while 300 is what those pages were measured at.
     */
    static final int IMAGE_RENDER_DPI = 300;
    /** Images that cover this share of a page make its text. */
    static final double IMAGE_PAGE = 0.3;
    /** An embedded image is the page when its aspect ratio is within this share of the page's. */
    static final double ASPECT_TOLERANCE = 0.05;

    private PdfPageImage() {
    }

    /** @param imageCoverage the share of the page its images cover */
    static PageImage of(PDDocument document, int index, double imageCoverage) throws IOException {
        PDPage page = document.getPage(index);
        if (imageCoverage >= 0.8) {
            PDImageXObject scan = onlyImage(page.getResources());
            if (scan != null && fits(scan, page)) {
                BufferedImage image = scan.getImage();
                PDRectangle box = page.getCropBox();
                double inches = (quarterTurn(page) ? box.getHeight() : box.getWidth()) / 72.0;
                int dpi = (int) Math.round(image.getWidth() / inches);
                if (dpi >= 70 && dpi <= 1200) {
                    return new PageImage(rotate(image, page.getRotation()), dpi);
                }
            }
        }
        return rendered(document, index, renderDpi(imageCoverage));
    }

    /** The resolution a page that is not one scanned image is rendered at. */
    static int renderDpi(double imageCoverage) {
        return imageCoverage >= IMAGE_PAGE ? IMAGE_RENDER_DPI : RENDER_DPI;
    }

    /** The page rendered by PDFBox in gray at {@code dpi}. */
    static PageImage rendered(PDDocument document, int index, int dpi) throws IOException {
        return new PageImage(new PDFRenderer(document).renderImageWithDPI(index, dpi, ImageType.GRAY), dpi);
    }

    /** The page's one image XObject, or null when it has none or several (or forms that may hold more). */
    private static PDImageXObject onlyImage(PDResources resources) throws IOException {
        if (resources == null) {
            return null;
        }
        List<PDImageXObject> images = new ArrayList<>();
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject image) {
                images.add(image);
            } else if (x != null) {
                return null;
            }
        }
        return images.size() == 1 ? images.get(0) : null;
    }

    /** Whether the image has the page's shape (so it is drawn over the whole page, unrotated in its content). */
    private static boolean fits(PDImageXObject image, PDPage page) {
        PDRectangle box = page.getCropBox();
        double pageAspect = quarterTurn(page) ? box.getHeight() / box.getWidth() : box.getWidth() / box.getHeight();
        double imageAspect = image.getWidth() / (double) image.getHeight();
        return Math.abs(imageAspect - pageAspect) <= ASPECT_TOLERANCE * pageAspect;
    }

    private static boolean quarterTurn(PDPage page) {
        return Math.floorMod(page.getRotation(), 180) == 90;
    }

    /** The image turned as the page's /Rotate turns it for display. */
    private static BufferedImage rotate(BufferedImage image, int rotation) {
        int turns = Math.floorMod(rotation, 360) / 90;
        if (turns == 0) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform t = new AffineTransform();
        switch (turns) {
            case 1 -> {
                t.translate(h, 0);
                t.rotate(Math.PI / 2);
            }
            case 2 -> {
                t.translate(w, h);
                t.rotate(Math.PI);
            }
            default -> {
                t.translate(0, w);
                t.rotate(-Math.PI / 2);
            }
        }
        return new AffineTransformOp(t, AffineTransformOp.TYPE_NEAREST_NEIGHBOR).filter(image, null);
    }
}
