package org.itaminer.acquire.crawl;

/**
 * How far a crawl goes.
 *
 * @param depth links followed from the start page
 * @param maxDocs documents stored per site at most (counting earlier runs: a crawl that stopped goes on to the same
 *     number)
 * @param sitesAtOnce sites crawled in parallel (each site one request at a time, spaced by its politeness)
 * @param refresh fetch stored documents and pages again, asking the server whether they changed
 */
public record CrawlSettings(int depth, int maxDocs, int sitesAtOnce, boolean refresh) {

    public CrawlSettings {
        if (depth < 0 || maxDocs < 1 || sitesAtOnce < 1) {
            throw new IllegalArgumentException("bad crawl settings: depth " + depth + ", max docs " + maxDocs
                    + ", sites at once " + sitesAtOnce);
        }
    }

    public static CrawlSettings defaults() {
        return new CrawlSettings(3, 200, 32, false);
    }
}
