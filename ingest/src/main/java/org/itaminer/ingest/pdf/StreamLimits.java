package org.itaminer.ingest.pdf;

import java.util.Locale;

/**
 * How much one PDF may make PDFBox decode and hold, so that a decompression bomb (a few hundred KB of
 * Flate that inflate to hundreds of MB of content, fonts or CMaps) fails alone as too large instead of
 * filling the heap that documents on other threads share. Images are not counted: the reader never
 * decodes them. The defaults are far above any real ITA document (a report's decoded content is a few MB;
 * the largest embedded font seen is about 25 MB).
 *
 * @param maxStreamBytes decoded bytes one stream (a page's content, a font, a CMap) may have
 * @param maxDocumentBytes decoded bytes all such streams of a document may have together
 * @param maxGlyphsPerPage characters one page may draw (a dense A4 page draws about 10,000)
 */
public record StreamLimits(long maxStreamBytes, long maxDocumentBytes, int maxGlyphsPerPage) {

    /** 64 MB a stream, 256 MB a document, 500,000 characters a page. */
    public static final StreamLimits DEFAULT = new StreamLimits(64L << 20, 256L << 20, 500_000);

    public StreamLimits {
        if (maxStreamBytes < 1 || maxDocumentBytes < 1 || maxGlyphsPerPage < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** A byte count as a person reads it: "64 MB", "300 KB". */
    static String size(long bytes) {
        if (bytes >= 1L << 20) {
            return String.format(Locale.ROOT, "%d MB", bytes >> 20);
        }
        if (bytes >= 1L << 10) {
            return String.format(Locale.ROOT, "%d KB", bytes >> 10);
        }
        return bytes + " bytes";
    }
}
