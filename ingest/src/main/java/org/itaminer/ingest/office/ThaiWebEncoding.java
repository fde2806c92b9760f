package org.itaminer.ingest.office;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Set;
import org.apache.tika.detect.DefaultEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * A page's encoding as browsers take it: Tika's detection (the page's {@code <meta charset>}, else a guess), with
 * TIS-620 and ISO-8859-11 read as windows-874, their superset — as the WHATWG Encoding Standard maps those labels.
 * Thai pages that declare TIS-620 are mostly written by Windows tools, which put windows-874's en dash, bullet and
 * curly quotes (bytes 0x80–0x9F, unassigned in TIS-620) into ranges such as {@code ต.ค. – ธ.ค.}.
 */
final class ThaiWebEncoding implements EncodingDetector {

    private static final Set<String> TIS_620 = Set.of("tis-620", "iso-8859-11", "x-iso-8859-11");
    private static final Charset WINDOWS_874 = Charset.forName("x-windows-874");

    private final EncodingDetector detector = new DefaultEncodingDetector();

    @Override
    public Charset detect(InputStream input, Metadata metadata) throws IOException {
        Charset found = detector.detect(input, metadata);
        if (found != null && (TIS_620.contains(found.name().toLowerCase(java.util.Locale.ROOT))
                || found.aliases().stream().anyMatch(a -> TIS_620.contains(a.toLowerCase(java.util.Locale.ROOT))))) {
            return WINDOWS_874;
        }
        return found;
    }
}
