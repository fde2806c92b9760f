package org.itaminer.pipeline.acquire;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.itaminer.acquire.crawl.CrawlListener;
import org.itaminer.acquire.crawl.CrawlSettings;
import org.itaminer.acquire.crawl.Crawler;
import org.itaminer.acquire.crawl.Seed;
import org.itaminer.acquire.fetch.FetchSettings;
import org.itaminer.acquire.fetch.HttpFetcher;
import org.itaminer.acquire.registry.Registry;
import org.itaminer.acquire.registry.Source;
import org.itaminer.acquire.registry.SourceState;
import org.itaminer.pipeline.DocumentInput;
import org.itaminer.pipeline.Workdir;

/**
 * Crawls agencies' sites into a workdir: the registry is {@code W/acquire.db}, bodies arrive in {@code W/tmp/fetch}
 * and are stored in {@code W/originals} like local files, so that {@code run}'s stages take them from there. The
 * caller holds the workdir's lock.
 */
public final class WebAcquisition {

    private WebAcquisition() {
    }

    /**
     * What a crawl gave.
     *
     * @param documents the crawled sites' documents (this crawl's and earlier ones'), each stored digest once
     * @param states how many sources of those sites ended in each state
     * @param failures sites whose crawl could not go on
     */
    public record Result(List<DocumentInput> documents, Map<SourceState, Integer> states,
                         List<Crawler.SiteFailure> failures) {

        public Result {
            documents = List.copyOf(documents);
            states = Map.copyOf(states);
            failures = List.copyOf(failures);
        }
    }

    /**
     * Crawls the seeds' sites.
     *
     * @throws InterruptedException when stopped; everything fetched so far is stored and in the registry
     */
    public static Result crawl(Workdir workdir, List<Seed> seeds, FetchSettings fetch, CrawlSettings crawl,
                               CrawlListener listener) throws IOException, InterruptedException {
        Objects.requireNonNull(workdir, "workdir");
        Path temp = workdir.root().resolve("tmp").resolve("fetch");
        HttpFetcher.clearTemp(temp);
        try (Registry registry = Registry.open(workdir.root()); HttpFetcher fetcher = new HttpFetcher(fetch, temp)) {
            List<Crawler.SiteFailure> failures = new Crawler(fetcher, registry, new OriginalsStore(workdir.originals()),
                    crawl, listener).crawl(seeds);
            List<DocumentInput> documents = new ArrayList<>();
            Set<String> digests = new LinkedHashSet<>();
            Map<SourceState, Integer> states = new LinkedHashMap<>();
            for (String site : Crawler.sites(seeds)) {
                for (Source s : registry.sources(Optional.of(site))) {
                    states.merge(s.state(), 1, Integer::sum);
                    if (s.state() == SourceState.DOCUMENT && s.sha256().isPresent() && digests.add(s.sha256().get())) {
                        documents.add(new DocumentInput.Stored(s.sha256().get(), s.url()));
                    }
                }
            }
            return new Result(documents, states, failures);
        }
    }
}
