package org.itaminer.ingest.rtf;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The character sets RTF names by number: a font's {@code \fcharsetN} and a code page's
 * {@code \ansicpgN} or {@code \cpgN}. They decode the {@code \'hh} bytes written by programs that do
 * not write <code>&#92;uN</code> (Thai text: {@code \fcharset222}, code page 874).
 */
final class RtfCharsets {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private RtfCharsets() {
    }

    /** The code page a {@code \fcharsetN} stands for; empty for ANSI and default, which use {@code \ansicpg}. */
    static Optional<Charset> forFontCharset(int fcharset) {
        int codePage = switch (fcharset) {
            case 77 -> 10000;
            case 128 -> 932;
            case 129 -> 949;
            case 130 -> 1361;
            case 134 -> 936;
            case 136 -> 950;
            case 161 -> 1253;
            case 162 -> 1254;
            case 163 -> 1258;
            case 177 -> 1255;
            case 178 -> 1256;
            case 186 -> 1257;
            case 204 -> 1251;
            case 222 -> 874;
            case 238 -> 1250;
            case 255 -> 437;
            default -> 0;
        };
        return codePage == 0 ? Optional.empty() : forCodePage(codePage);
    }

    /** A Windows code page number as a Java charset; empty when this JVM lacks it. */
    static Optional<Charset> forCodePage(int codePage) {
        String name = switch (codePage) {
            case 874 -> "x-windows-874";
            case 932 -> "windows-31j";
            case 936 -> "GBK";
            case 949 -> "x-windows-949";
            case 950 -> "x-windows-950";
            case 1361 -> "x-Johab";
            case 437 -> "IBM437";
            case 10000 -> "x-MacRoman";
            case 65001 -> StandardCharsets.UTF_8.name();
            default -> "windows-" + codePage;
        };
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // an unknown code page: the bytes fall back to windows-1252
        }
    }
}
