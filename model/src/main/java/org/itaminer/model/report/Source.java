package org.itaminer.model.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * Provenance of a report's source document.
 *
 * @param uri file: or https: address the bytes were read from
 * @param fileName the file's own name
 * @param sha256 hex digest of the bytes
 * @param mediaType detected media type
 * @param pages page count of the layout
 * @param textSource text, pdf-text, ocr or mixed
 */
@JsonPropertyOrder({"uri", "fileName", "sha256", "mediaType", "pages", "textSource"})
public record Source(String uri, String fileName, String sha256, String mediaType, int pages, String textSource) {

    public Source {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(textSource, "textSource");
    }
}
