package org.itaminer.acquire.fetch;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A response body read in full into a temporary file; the one who holds it moves or deletes the file.
 *
 * @param file the bytes
 * @param bytes their count
 * @param sha256 their SHA-256, hex
 * @param mediaType the type judged from the bytes (Tika), not from the server's Content-Type
 * @param fileName the name the server gave (Content-Disposition) or the URL's last segment
 */
public record Body(Path file, long bytes, String sha256, String mediaType, String fileName) {

    public Body {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(fileName, "fileName");
    }

    public boolean isHtml() {
        return mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml");
    }
}
