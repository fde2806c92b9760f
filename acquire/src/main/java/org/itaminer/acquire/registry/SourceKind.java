package org.itaminer.acquire.registry;

import java.util.Locale;

/**
 * What a source was requested as (ชนิดของคำขอ): a site's robots.txt, a sitemap, a web page or a document file. A link
 * not fetched yet, or whose fetch gave no body, is judged from its address; one fetched, from its bytes.
 */
public enum SourceKind {
    ROBOTS,
    SITEMAP,
    PAGE,
    DOCUMENT;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SourceKind of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
