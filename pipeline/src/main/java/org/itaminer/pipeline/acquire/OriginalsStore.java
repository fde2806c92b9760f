package org.itaminer.pipeline.acquire;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import org.itaminer.acquire.crawl.DocumentStore;
import org.itaminer.acquire.fetch.Body;
import org.itaminer.pipeline.store.ContentStore;

/** Fetched documents into the workdir's originals, the web address as their origin. */
final class OriginalsStore implements DocumentStore {

    private final ContentStore originals;

    OriginalsStore(ContentStore originals) {
        this.originals = Objects.requireNonNull(originals, "originals");
    }

    @Override
    public String store(Body body, URI url, Map<String, String> hints) throws IOException {
        ContentStore.Stored stored = originals.store(body.file(), url.toString(), body.fileName(), hints);
        if (!stored.provenance().sha256().equals(body.sha256())) {
            // the bytes changed between the download and the store: the temp file is not ours alone
            throw new IOException("the fetched file changed on disk: " + body.file());
        }
        return body.sha256();
    }
}
