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
import org.itaminer.acquire.crawl.Urls;
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
     * What fetching single addresses gave ({@code itaminer run URL}).
     *
     * @param documents the addresses that are documents, each stored digest once
     * @param failures each address that gave no document, with why (from the registry)
     */
    public record Fetched(List<DocumentInput> documents, List<Map.Entry<String, String>> failures) {

        public Fetched {
            documents = List.copyOf(documents);
            failures = List.copyOf(failures);
        }
    }

    /**
     * Fetches single documents by their addresses, following no links: what {@code run} does with a URL. An address
     * fetched before is not fetched again (the registry has it).
     */
    public static Fetched fetch(Workdir workdir, List<Seed> addresses, FetchSettings fetch, CrawlListener listener)
            throws IOException, InterruptedException {
        crawl(workdir, addresses, fetch, new CrawlSettings(0, Integer.MAX_VALUE, CrawlSettings.defaults().sitesAtOnce(),
                false), listener);
        List<DocumentInput> documents = new ArrayList<>();
        List<Map.Entry<String, String>> failures = new ArrayList<>();
        Set<String> digests = new LinkedHashSet<>();
        try (Registry registry = Registry.open(workdir.root())) {
            for (Seed seed : addresses) {
                String url = Urls.normalize(seed.url()).map(Object::toString).orElse(seed.url().toString());
                Optional<Source> s = registry.source(url);
                if (s.isPresent() && s.get().state() == SourceState.DOCUMENT && s.get().sha256().isPresent()) {
                    if (digests.add(s.get().sha256().get())) {
                        documents.add(new DocumentInput.Stored(s.get().sha256().get(), url));
                    }
                } else {
                    String why = s.map(x -> x.state() == SourceState.PAGE
                            ? "a web page without measures (itaminer crawl follows its links)"
                            : x.state().value() + ": " + x.note()).orElse("not an address itaminer can fetch");
                    failures.add(Map.entry(url, why));
                }
            }
        }
        return new Fetched(documents, failures);
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
