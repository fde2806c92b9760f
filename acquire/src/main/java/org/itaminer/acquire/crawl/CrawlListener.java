package org.itaminer.acquire.crawl;

import org.itaminer.acquire.fetch.FetchResult;
import org.itaminer.acquire.registry.Source;
import org.itaminer.acquire.registry.SourceState;

/** Told of a crawl as it goes, from the sites' threads (at the same time for different sites). */
public interface CrawlListener {

    /** A site's crawl begins. */
    default void siteStarted(String site) {
    }

    /** A source was fetched (or refused by robots.txt): what became of it. */
    default void fetched(Source source, FetchResult result, SourceState state) {
    }

    /** A site's crawl ended: nothing pending, or its document limit reached. */
    default void siteDone(String site, int documents) {
    }

    static CrawlListener none() {
        return new CrawlListener() {
        };
    }
}
