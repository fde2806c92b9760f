package org.itaminer.acquire.crawl;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.itaminer.acquire.fetch.Body;
import org.itaminer.acquire.fetch.FetchError;
import org.itaminer.acquire.fetch.FetchResult;
import org.itaminer.acquire.fetch.HttpFetcher;
import org.itaminer.acquire.fetch.Validators;
import org.itaminer.acquire.registry.FoundLink;
import org.itaminer.acquire.registry.Registry;
import org.itaminer.acquire.registry.Source;
import org.itaminer.acquire.registry.SourceKind;
import org.itaminer.acquire.registry.SourceState;

/**
 * One agency's site, crawled one request at a time from its pending sources in the registry, most promising first:
 * pages are read for their links (kept when they are on the site and point to ITA documents), documents are stored.
 * Everything it learns goes to the registry before the next request, so a stop loses at most the request in flight.
 *
 * <p>What is followed: a page link whose anchor or address has a sign of ITA (LinkScore above 0); a document link
 * with such a sign, or on a page that has one (a list of files under an ITA heading says only "ดาวน์โหลด"). Links
 * off the site are recorded and never requested, except Google Drive and Docs files, where agencies keep many of
 * their documents.
 */
final class SiteCrawl {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SiteCrawl.class);

    private static final int BATCH = 32;

    private final SiteScope scope;
    private final List<Seed> seeds;
    private final HttpFetcher fetcher;
    private final Registry registry;
    private final DocumentStore store;
    private final CrawlSettings settings;
    private final CrawlListener listener;
    private final java.util.concurrent.atomic.AtomicBoolean stopping;
    /** The robots.txt addresses this crawl has logged; empty until it has something to fetch. */
    private final Set<String> loggedRobots = new HashSet<>();
    private boolean robotsLogged;

    SiteCrawl(SiteScope scope, List<Seed> seeds, HttpFetcher fetcher, Registry registry, DocumentStore store,
              CrawlSettings settings, CrawlListener listener, java.util.concurrent.atomic.AtomicBoolean stopping) {
        this.stopping = stopping;
        this.scope = scope;
        this.seeds = List.copyOf(seeds);
        this.fetcher = fetcher;
        this.registry = registry;
        this.store = store;
        this.settings = settings;
        this.listener = listener;
    }

    /** Crawls until nothing is pending or the document limit is reached; returns the site's documents. */
    int run() throws IOException, InterruptedException {
        listener.siteStarted(scope.key());
        List<FoundLink> start = new ArrayList<>();
        for (Seed seed : seeds) {
            Optional<URI> url = Urls.normalize(seed.url());
            if (url.isPresent()) {
                start.add(FoundLink.seed(url.get().toString(), scope.key(), seed.hints()));
            }
        }
        boolean firstCrawl = registry.known(scope.key()) == 0;
        registry.add(start);
        if (firstCrawl && !seeds.isEmpty()) {
            new Sitemaps(scope, fetcher, registry, listener).read(seeds.get(0).url());
        }
        registry.retryPassingFailures(List.of(scope.key()));
        if (settings.refresh()) {
            registry.refresh(List.of(scope.key()));
        }
        while (registry.documents(scope.key()) < settings.maxDocs()) {
            List<Source> batch = registry.pending(scope.key(), BATCH);
            if (batch.isEmpty()) {
                break;
            }
            if (!robotsLogged) {
                robotsLogged = true;
                logRobots(start);
            }
            for (Source source : batch) {
                if (Thread.currentThread().isInterrupted() || stopping.get()) {
                    throw new InterruptedException("the crawl is stopping");
                }
                if (loggedRobots.contains(source.url())) {
                    continue; // left pending by a crawl stopped while logging it: logged again above
                }
                visit(source);
                if (registry.documents(scope.key()) >= settings.maxDocs()) {
                    break;
                }
            }
        }
        int documents = registry.documents(scope.key());
        listener.siteDone(scope.key(), documents);
        return documents;
    }

    /**
     * Logs how each start host's robots.txt was fetched (once per crawl, before any other request to the host) as a
     * source of the registry with its tries, so that the registry holds every request the crawl made. Done when
     * there is something to fetch (a crawl with nothing pending asks the site nothing) and after failures and
     * refreshes are put back to pending, so the frontier never takes robots.txt for a page.
     */
    private void logRobots(List<FoundLink> start) throws IOException, InterruptedException {
        Set<String> hosts = new LinkedHashSet<>();
        for (FoundLink link : start) {
            URI url = URI.create(link.url());
            if (hosts.add(url.getScheme() + "://" + url.getRawAuthority())) {
                FetchResult robots = fetcher.robotsFetch(url);
                registry.add(List.of(new FoundLink(robots.url().toString(), scope.key(), Optional.empty(),
                        "robots.txt", 0, 0, SourceState.PENDING, "", Map.of(), SourceKind.ROBOTS)));
                Source source = registry.source(robots.url().toString()).orElseThrow();
                loggedRobots.add(source.url());
                boolean missing = robots.status() >= 400 && robots.status() < 500 && robots.status() != 429;
                boolean read = robots.status() == 200 && robots.error().isEmpty();
                String note = read ? "robots.txt read"
                        : missing ? "no robots.txt (HTTP " + robots.status() + "): everything allowed"
                        : "robots.txt unavailable: nothing fetched from this host for now ("
                        + robots.error().map(FetchError::value).orElse("HTTP " + robots.status()) + ")";
                registry.finish(source, robots, read || missing ? SourceState.PAGE : SourceState.FAILED,
                        Optional.empty(), note, List.of());
            }
        }
    }

    private void visit(Source source) throws IOException, InterruptedException {
        URI url = URI.create(source.url());
        if (DriveLinks.isFolder(url)) {
            registry.skip(source, SourceState.NOT_WANTED, "a Google Drive folder lists its files by script");
            return;
        }
        URI target = DriveLinks.downloadForm(url).orElse(url);
        Validators validators = settings.refresh()
                ? new Validators(source.etag(), source.lastModified()) : Validators.NONE;
        FetchResult result = fetcher.fetch(target, validators);
        Optional<Body> body = result.body();
        try {
            Outcome o;
            try {
                o = outcome(source, result);
            } catch (RuntimeException e) {
                // a bug or a library's failure on one odd page or file: that source fails, the site goes on
                LOG.error("internal error on {}", source.url(), e);
                o = new Outcome(SourceState.FAILED, Optional.empty(), "internal error: " + e, List.of());
            }
            registry.finish(source, result, o.state, o.sha256, o.note, o.links);
            listener.fetched(source, result, o.state);
        } finally {
            if (body.isPresent()) {
                Files.deleteIfExists(body.get().file());
            }
        }
    }

    /** What a fetch made of a source. */
    private record Outcome(SourceState state, Optional<String> sha256, String note, List<FoundLink> links) {
    }

    private Outcome outcome(Source source, FetchResult result) throws IOException {
        if (result.error().isPresent()) {
            FetchError e = result.error().get();
            return new Outcome(e == FetchError.ROBOTS ? SourceState.ROBOTS : SourceState.FAILED, Optional.empty(),
                    e.value() + ": " + result.message(), List.of());
        }
        if (result.notModified()) {
            return new Outcome(source.sha256().isPresent() ? SourceState.DOCUMENT : SourceState.PAGE,
                    source.sha256(), "not modified", List.of());
        }
        Body body = result.body().orElseThrow();
        if (body.isHtml()) {
            PageLinks page = PageLinks.read(body.file(), result.finalUrl());
            int pageScore = source.score() + LinkScore.of(page.title());
            List<FoundLink> links = source.depth() < settings.depth() ? links(source, page, pageScore) : List.of();
            if (MeasurePage.holdsMeasures(page)) {
                return new Outcome(SourceState.DOCUMENT, Optional.of(store(body, source)), "a page of measures",
                        links);
            }
            return new Outcome(SourceState.PAGE, Optional.empty(), links.size() + " links", links);
        }
        if (DocumentTypes.isDocument(body.mediaType())) {
            return new Outcome(SourceState.DOCUMENT, Optional.of(store(body, source)), body.mediaType(), List.of());
        }
        return new Outcome(SourceState.NOT_WANTED, Optional.empty(), "not a document: " + body.mediaType(),
                List.of());
    }

    private String store(Body body, Source source) throws IOException {
        return store.store(body, URI.create(source.url()), source.hints());
    }

    /** The page's links as sources: wanted, not wanted (and why), or off the site. */
    private List<FoundLink> links(Source page, PageLinks read, int pageScore) {
        List<FoundLink> out = new ArrayList<>();
        int depth = page.depth() + 1;
        Optional<String> on = Optional.of(page.url());
        for (PageLinks.Link link : read.links()) {
            String url = link.url().toString();
            String anchor = link.anchor().length() > 500 ? link.anchor().substring(0, 500) : link.anchor();
            int score = LinkScore.of(anchor, url);
            boolean document = DocumentTypes.looksLikeDocument(link.url());
            boolean wanted = score > 0 || (document && pageScore > 0);
            int priority = score + (document && pageScore > 0 ? 1 : 0);
            Map<String, String> hints = page.hints();
            SourceKind kind = document ? SourceKind.DOCUMENT : SourceKind.PAGE;
            if (!scope.contains(link.url()) && !DriveLinks.isDrive(link.url())) {
                out.add(new FoundLink(url, scope.key(), on, anchor, depth, score, SourceState.OFF_SITE,
                        "outside " + scope.key(), hints, kind));
            } else if (!wanted) {
                out.add(new FoundLink(url, scope.key(), on, anchor, depth, score, SourceState.NOT_WANTED,
                        "no sign of an ITA document", hints, kind));
            } else {
                out.add(new FoundLink(url, scope.key(), on, anchor, depth, priority, SourceState.PENDING, "", hints,
                        kind));
            }
        }
        return out;
    }
}
