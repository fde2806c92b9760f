package org.itaminer.model.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * @param manifest what the crawl manifest said of the agency (agency, url, province …); empty, and left out of
 *     the JSON, when the document came without one. An added field: schema v1 allows them in {@code source}
 * @param fromManifest the report fields (agency.name, agency.type, agency.district, agency.province, fiscalYear)
 *     whose value the document lacked and the manifest gave; empty when none
 */
@JsonPropertyOrder({"uri", "fileName", "sha256", "mediaType", "pages", "textSource"})
public record Source(String uri, String fileName, String sha256, String mediaType, int pages, String textSource,
                     @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> manifest,
                     @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> fromManifest) {

    public Source {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(textSource, "textSource");
        manifest = manifest == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(manifest));
        fromManifest = fromManifest == null ? List.of() : List.copyOf(fromManifest);
    }

    /** A source with no manifest. */
    public Source(String uri, String fileName, String sha256, String mediaType, int pages, String textSource) {
        this(uri, fileName, sha256, mediaType, pages, textSource, Map.of(), List.of());
    }

    /** The same source with the manifest's values and the fields they filled. */
    public Source withManifest(Map<String, String> values, List<String> filled) {
        return new Source(uri, fileName, sha256, mediaType, pages, textSource, values, filled);
    }
}
