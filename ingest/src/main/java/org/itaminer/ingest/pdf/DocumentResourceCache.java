package org.itaminer.ingest.pdf;

import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDAbstractPattern;
import org.apache.pdfbox.pdmodel.graphics.shading.PDShading;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;

/**
 * PDFBox's resource cache, kept for the whole document. PDFBox's text stripper drops a page's resources from
 * the cache when it finishes the page, so a font used on every page (the document's one Thai font, as a rule)
 * was built again on every page: its embedded TrueType parsed, its CMaps read, some 5% of reading a page.
 * Entries are still soft references, so a document with more fonts than memory lets them go under pressure.
 */
final class DocumentResourceCache extends DefaultResourceCache {

    @Override
    public PDFont removeFont(COSObject indirect) {
        return null;
    }

    @Override
    public PDColorSpace removeColorSpace(COSObject indirect) {
        return null;
    }

    @Override
    public PDExtendedGraphicsState removeExtState(COSObject indirect) {
        return null;
    }

    @Override
    public PDShading removeShading(COSObject indirect) {
        return null;
    }

    @Override
    public PDAbstractPattern removePattern(COSObject indirect) {
        return null;
    }

    @Override
    public PDPropertyList removeProperties(COSObject indirect) {
        return null;
    }

    @Override
    public PDXObject removeXObject(COSObject indirect) {
        return null;
    }
}
