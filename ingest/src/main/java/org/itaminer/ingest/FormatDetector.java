package org.itaminer.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Tells a file's format from its first bytes (magic numbers), never from its name. */
public final class FormatDetector {

    private FormatDetector() {
    }

    /**
     * @param head the first bytes of the file (1 KiB is plenty)
     * @return the detected format; {@link Format#TEXT} for anything that looks like text,
     *     {@link Format#UNKNOWN} for binary data
     */
    public static Format detect(byte[] head) {
        if (startsWith(head, "%PDF")) {
            return Format.PDF;
        }
        if (startsWith(head, "PK\u0003\u0004")) {
            return Format.OFFICE_ZIP;
        }
        if (head.length >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF
                && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0) {
            return Format.OFFICE_OLE2;
        }
        if (startsWith(head, "{\\rtf")) {
            return Format.RTF;
        }
        if (startsWith(head, "\u0089PNG") || (head.length > 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8)
                || startsWith(head, "II*\u0000") || startsWith(head, "MM\u0000*")) {
            return Format.IMAGE;
        }
        if (head.length >= 2 && (((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)
                || ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE))) {
            return Format.TEXT; // UTF-16 with a byte-order mark
        }
        if (looksBinary(head)) {
            return Format.UNKNOWN;
        }
        String start = new String(head, 0, Math.min(head.length, 512), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("\u00ef\u00bb\u00bf")) {
            start = start.substring(3).stripLeading();
        }
        if (start.startsWith("<!doctype html") || start.startsWith("<html")) {
            return Format.HTML;
        }
        if (start.startsWith("{\\rtf")) {
            return Format.RTF; // after a byte-order mark or a blank line that some exporters put first
        }
        return Format.TEXT;
    }

    private static boolean startsWith(byte[] head, String magic) {
        if (head.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if ((head[i] & 0xFF) != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Control bytes other than tab, CR, LF, FF and ESC mark binary data; text encodings never need them. */
    private static boolean looksBinary(byte[] head) {
        int control = 0;
        for (byte b : head) {
            int c = b & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) {
                control++;
            }
        }
        return head.length > 0 && control * 20 > head.length;
    }
}
