package org.itaminer.acquire.crawl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.itaminer.acquire.fetch.HttpFetcher;
import org.itaminer.acquire.registry.Registry;

/**
 * Crawls agencies' sites, many at once: each site is one task that makes one request at a time (its politeness
 * spaces them anyway), and throughput comes from crawling {@link CrawlSettings#sitesAtOnce} sites side by side.
 * Seeds of the same site are crawled together.
 */
public final class Crawler {

    private final HttpFetcher fetcher;
    private final Registry registry;
    private final DocumentStore store;
    private final CrawlSettings settings;
    private final CrawlListener listener;
    /** Set when the crawl is being stopped: each site stops before its next fetch, even if a library swallowed the
     * interrupt meant to tell it. */
    private final java.util.concurrent.atomic.AtomicBoolean stopping = new java.util.concurrent.atomic.AtomicBoolean();

    public Crawler(HttpFetcher fetcher, Registry registry, DocumentStore store, CrawlSettings settings,
                   CrawlListener listener) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.store = Objects.requireNonNull(store, "store");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** A site's crawl that could not go on: its registry could not be written, or a bug. */
    public record SiteFailure(String site, Throwable cause) {
    }

    /**
     * The sites' keys, in the order of their first seed.
     */
    public static List<String> sites(List<Seed> seeds) {
        return new ArrayList<>(bySite(seeds).keySet());
    }

    private static Map<String, List<Seed>> bySite(List<Seed> seeds) {
        Map<String, List<Seed>> out = new LinkedHashMap<>();
        for (Seed s : seeds) {
            out.computeIfAbsent(SiteScope.of(s.url()).key(), k -> new ArrayList<>()).add(s);
        }
        return out;
    }

    /**
     * Crawls every seed's site; returns the sites that failed as a whole (a single page or document failing is
     * in the registry, not here).
     *
     * @throws InterruptedException when stopped (Ctrl-C): the sites' tasks are stopped, the registry is whole
     */
    public List<SiteFailure> crawl(List<Seed> seeds) throws InterruptedException {
        Map<String, List<Seed>> sites = bySite(seeds);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.sitesAtOnce(), Math.max(1, sites.size())),
                r -> {
                    Thread t = new Thread(r, "itaminer-crawl");
                    t.setDaemon(true);
                    return t;
                });
        Map<String, Future<Integer>> running = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, List<Seed>> site : sites.entrySet()) {
                SiteCrawl crawl = new SiteCrawl(new SiteScope(site.getKey()), site.getValue(), fetcher, registry,
                        store, settings, listener, stopping);
                running.put(site.getKey(), pool.submit(crawl::run));
            }
            List<SiteFailure> failures = new ArrayList<>();
            for (Map.Entry<String, Future<Integer>> f : running.entrySet()) {
                try {
                    f.getValue().get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof InterruptedException) {
                        throw new InterruptedException("the crawl was stopped");
                    }
                    failures.add(new SiteFailure(f.getKey(), e.getCause()));
                }
            }
            return failures;
        } catch (InterruptedException e) {
            stopping.set(true);
            throw e;
        } finally {
            pool.shutdownNow();
            // let the tasks see the interrupt and leave the registry between two transactions
            pool.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        }
    }
}
