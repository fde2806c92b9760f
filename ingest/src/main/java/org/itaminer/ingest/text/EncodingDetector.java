package org.itaminer.ingest.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.itaminer.ingest.IngestException;
import org.itaminer.thai.ThaiChars;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes the bytes of a text file, detecting the encoding. Thai agencies still publish
 * TIS-620/windows-874 text, so after a byte-order mark and a strict UTF-8 check the bytes go to
 * juniversalchardet (Mozilla's detector, which knows TIS-620), and a Thai decoding is confirmed by
 * checking that the non-ASCII characters it yields are Thai.
 */
public final class EncodingDetector {

    /** windows-874 is a superset of TIS-620 (adds a few punctuation marks in 0x80–0x9F). */
    static final Charset WINDOWS_874 = Charset.forName("x-windows-874");

    /** Share of non-ASCII characters that must be Thai for a Thai single-byte decoding to be believed. */
    private static final double THAI_SHARE = 0.9;

    private EncodingDetector() {
    }

    /** The decoded text and the charset it was decoded with. */
    public record Decoded(String text, Charset charset, boolean guessed) {
    }

    /**
     * @throws IngestException.UnreadableEncodingException when no encoding explains the bytes
     */
    public static Decoded decode(byte[] bytes) throws IngestException {
        if (hasPrefix(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, false);
        }
        if (hasPrefix(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, false);
        }
        if (hasPrefix(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, false);
        }
        String utf8 = strictDecode(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8, false);
        }
        String guessedName = guess(bytes);
        String thai = strictDecode(bytes, WINDOWS_874);
        if (thai != null && thaiShare(thai) >= THAI_SHARE && plausibleThai(thai)) {
            return new Decoded(thai, WINDOWS_874, false);
        }
        if (guessedName != null && !isThai(guessedName) && Charset.isSupported(guessedName)) {
            Charset charset = Charset.forName(guessedName);
            String text = strictDecode(bytes, charset);
            if (text != null) {
                return new Decoded(text, charset, true);
            }
        }
        throw new IngestException.UnreadableEncodingException(
                "cannot tell the text encoding: not UTF-8, and not Thai TIS-620/windows-874"
                        + (guessedName == null ? "" : " (detector guessed " + guessedName + ")"));
    }

    private static String guess(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector(null);
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        return detector.getDetectedCharset();
    }

    private static boolean isThai(String charsetName) {
        String n = charsetName.toUpperCase(Locale.ROOT);
        return n.contains("TIS") || n.contains("874");
    }

    static double thaiShare(String text) {
        int nonAscii = 0;
        int thai = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                nonAscii++;
                if (ThaiChars.isInThaiBlock(c)) {
                    thai++;
                }
            }
        }
        return nonAscii == 0 ? 0 : (double) thai / nonAscii;
    }

    /**
     * Any byte 0xA1–0xFB decodes to some Thai character, so Latin-1 "café" would pass the share test as
     * "caf้". Real Thai puts its vowel and tone marks after a Thai letter; text whose marks mostly
     * follow something else was not Thai.
     */
    static boolean plausibleThai(String text) {
        int thai = 0;
        int strayMarks = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ThaiChars.isInThaiBlock(c)) {
                thai++;
                boolean mark = ThaiChars.isCombiningMark(c);
                if (mark && (i == 0 || text.charAt(i - 1) < '\u0E01' || text.charAt(i - 1) > '\u0E4E')) {
                    strayMarks++;
                }
            }
        }
        return thai > 0 && strayMarks * 50 <= thai;
    }

    private static String strictDecode(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean hasPrefix(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
