package org.itaminer.acquire.crawl;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itaminer.acquire.fetch.FetchResult;
import org.itaminer.acquire.fetch.HttpFetcher;
import org.itaminer.acquire.fetch.Validators;
import org.itaminer.acquire.registry.FoundLink;
import org.itaminer.acquire.registry.Registry;
import org.itaminer.acquire.registry.Source;
import org.itaminer.acquire.registry.SourceKind;
import org.itaminer.acquire.registry.SourceState;

/**
 * The sitemaps a site's robots.txt names, read on its first crawl (crawler-commons' parser: XML, text, RSS, Atom,
 * sitemap indexes): the addresses they list whose words point to ITA documents become sources one link from the
 * start, found on the sitemap. They reach documents that no menu links to. Each sitemap is a source of the registry
 * like a page.
 */
final class Sitemaps {

    /** Sitemaps read per site at most (an index may name thousands). */
    private static final int MAX_SITEMAPS = 10;

    private final SiteScope scope;
    private final HttpFetcher fetcher;
    private final Registry registry;
    private final CrawlListener listener;
    private final SiteMapParser parser = new SiteMapParser(false);

    Sitemaps(SiteScope scope, HttpFetcher fetcher, Registry registry, CrawlListener listener) {
        this.scope = scope;
        this.fetcher = fetcher;
        this.registry = registry;
        this.listener = listener;
    }

    void read(URI seed) throws IOException, InterruptedException {
        Deque<String> todo = new ArrayDeque<>(fetcher.sitemaps(seed));
        int read = 0;
        while (!todo.isEmpty() && read < MAX_SITEMAPS) {
            Optional<URI> url = Urls.normalize(URI.create(todo.removeFirst()));
            if (url.isEmpty() || !scope.contains(url.get())) {
                continue;
            }
            read++;
            registry.add(List.of(new FoundLink(url.get().toString(), scope.key(), Optional.empty(), "sitemap", 0, 0,
                    SourceState.PENDING, "", Map.of(), SourceKind.SITEMAP)));
            Source source = registry.source(url.get().toString()).orElseThrow();
            if (source.state() != SourceState.PENDING) {
                continue;
            }
            FetchResult result = fetcher.fetch(url.get(), Validators.NONE);
            List<FoundLink> links = new ArrayList<>();
            SourceState state = SourceState.FAILED;
            String note = result.error().map(e -> e.value() + ": " + result.message()).orElse("");
            if (result.body().isPresent()) {
                try {
                    AbstractSiteMap map = parser.parseSiteMap(Files.readAllBytes(result.body().get().file()),
                            result.finalUrl().toURL());
                    if (map instanceof SiteMapIndex index) {
                        index.getSitemaps().forEach(m -> todo.add(m.getUrl().toString()));
                    } else if (map instanceof SiteMap list) {
                        links(url.get().toString(), list, links);
                    }
                    state = SourceState.PAGE;
                    note = "sitemap: " + links.size() + " addresses with a sign of ITA";
                } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
                    note = "not a sitemap: " + e.getMessage();
                } finally {
                    Files.deleteIfExists(result.body().get().file());
                }
            }
            registry.finish(source, result, state, Optional.empty(), note, links);
            listener.fetched(source, result, state);
        }
    }

    private void links(String sitemap, SiteMap list, List<FoundLink> out) {
        for (SiteMapURL entry : list.getSiteMapUrls()) {
            Optional<URI> u;
            try {
                u = Urls.normalize(entry.getUrl().toURI());
            } catch (java.net.URISyntaxException e) {
                continue;
            }
            if (u.isEmpty() || !scope.contains(u.get())) {
                continue;
            }
            int score = LinkScore.of("", u.get().toString());
            if (score > 0) {
                out.add(new FoundLink(u.get().toString(), scope.key(), Optional.of(sitemap), "", 1, score,
                        SourceState.PENDING, "", Map.of(),
                        DocumentTypes.looksLikeDocument(u.get()) ? SourceKind.DOCUMENT : SourceKind.PAGE));
            }
        }
    }
}
