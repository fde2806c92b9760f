package org.itaminer.acquire;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.itaminer.acquire.crawl.DocumentStore;
import org.itaminer.acquire.fetch.Body;

/** A content-addressed store in memory for the acquire tests: digest → bytes and every address they came from. */
public class MemoryStore implements DocumentStore {

    public final Map<String, byte[]> bytes = new TreeMap<>();
    public final Map<String, List<String>> origins = new TreeMap<>();

    @Override
    public synchronized String store(Body body, URI url, Map<String, String> hints) throws IOException {
        bytes.put(body.sha256(), Files.readAllBytes(body.file()));
        origins.computeIfAbsent(body.sha256(), k -> new ArrayList<>()).add(url.toString());
        return body.sha256();
    }
}
