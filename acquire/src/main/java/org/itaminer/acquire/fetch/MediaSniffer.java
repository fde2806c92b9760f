package org.itaminer.acquire.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.itaminer.ingest.Format;
import org.itaminer.ingest.FormatDetector;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * A body's media type judged from its bytes by Tika's detectors (magic numbers, and the zip and OLE2 containers for
 * Office files), never from the server's Content-Type or the URL's ending: agency servers often send PDFs as
 * {@code application/octet-stream} and error pages as {@code application/pdf}.
 */
public final class MediaSniffer {

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();

    /**
     * The base type, lower case: {@code application/pdf}, {@code text/html}. Where Tika sees only bytes (Thai text in
     * TIS-620 or windows-874 has no magic number and no UTF-8 to recognise), ingest's own detector, which reads
     * such files, decides: text is {@code text/plain}.
     */
    public String detect(Path file) {
        try (InputStream in = TikaInputStream.get(file)) {
            MediaType type = detector.detect(in, new Metadata()); // no name: the bytes alone decide
            if (!type.equals(MediaType.OCTET_STREAM)) {
                return type.getBaseType().toString();
            }
        } catch (IOException e) {
            return MediaType.OCTET_STREAM.toString();
        }
        try (InputStream in = Files.newInputStream(file)) {
            Format format = FormatDetector.detect(in.readNBytes(4096));
            return format == Format.TEXT || format == Format.HTML ? format.mediaType()
                    : MediaType.OCTET_STREAM.toString();
        } catch (IOException e) {
            return MediaType.OCTET_STREAM.toString();
        }
    }
}
