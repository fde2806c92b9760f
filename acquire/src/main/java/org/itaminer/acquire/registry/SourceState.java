package org.itaminer.acquire.registry;

import java.util.Locale;

/** Where a source stands in the registry. */
public enum SourceState {
    /** Found, not fetched yet (a crawl stopped midway goes on from these). */
    PENDING,
    /** Fetched and stored: a document for the pipeline. */
    DOCUMENT,
    /** Fetched and read for its links; not a document itself. */
    PAGE,
    /** Fetched without a document: the fetch log says why. */
    FAILED,
    /** robots.txt disallows it: never requested. */
    ROBOTS,
    /** Outside the agency's site: never requested. */
    OFF_SITE,
    /** On the site but not worth fetching (no sign of ITA, deeper than --depth, a Drive folder): never requested. */
    NOT_WANTED;

    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static SourceState of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
