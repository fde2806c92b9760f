package org.itaminer.acquire.crawl;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.itaminer.acquire.fetch.Body;

/**
 * Where fetched documents go: the workdir's content-addressed store of originals, the same one {@code run} fills
 * from local files, so that the same bytes from two addresses are stored once with both addresses as origins.
 */
public interface DocumentStore {

    /**
     * Stores a fetched body (it may be moved; the caller deletes what is left).
     *
     * @param url the address it was fetched from, its origin
     * @param hints manifest values for the document's provenance
     * @return the SHA-256 of the stored bytes
     */
    String store(Body body, URI url, Map<String, String> hints) throws IOException;
}
