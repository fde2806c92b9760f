package org.itaminer.acquire.crawl;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/** Which fetched bodies are documents for the pipeline, judged from their bytes' type; and which links look so. */
final class DocumentTypes {

    private static final Set<String> DOCUMENT_TYPES = Set.of("application/pdf", "application/msword",
            "application/vnd.ms-excel", "application/rtf", "text/plain", "application/x-tika-msoffice",
            "application/x-tika-ooxml", "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet");
    private static final Set<String> DOCUMENT_ENDINGS = Set.of("pdf", "doc", "docx", "xls", "xlsx", "rtf", "odt",
            "ods", "txt", "jpg", "jpeg", "png", "tif", "tiff");

    private DocumentTypes() {
    }

    static boolean isDocument(String mediaType) {
        return DOCUMENT_TYPES.contains(mediaType) || mediaType.startsWith("image/")
                || mediaType.startsWith("application/vnd.openxmlformats-officedocument.");
    }

    /** Whether a link's address ends like a document file (before it is fetched and its bytes tell). */
    static boolean looksLikeDocument(URI uri) {
        String path = String.valueOf(uri.getPath()).toLowerCase(Locale.ROOT);
        int dot = path.lastIndexOf('.');
        return dot > path.lastIndexOf('/') && DOCUMENT_ENDINGS.contains(path.substring(dot + 1))
                || DriveLinks.isDrive(uri);
    }
}
