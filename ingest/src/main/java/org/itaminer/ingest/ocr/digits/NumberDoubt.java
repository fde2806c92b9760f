package org.itaminer.ingest.ocr.digits;

/**
 * A number on a scanned page whose digits cannot be trusted (ตัวเลขที่ไม่แน่ใจ).
 *
 * @param read what the engine read
 * @param written what the page's text now says
 * @param why why it is in doubt ("๗ or ๓", "a year far from the others")
 */
public record NumberDoubt(String read, String written, String why) {

    /** The sentence for a report's warnings. */
    public String sentence() {
        return read.equals(written) ? "\"" + written + "\" (" + why + ")"
                : "\"" + written + "\" read as \"" + read + "\" by the engine (" + why + ")";
    }
}
