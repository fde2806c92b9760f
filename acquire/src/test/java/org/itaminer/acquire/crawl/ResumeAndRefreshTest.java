package org.itaminer.acquire.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.itaminer.acquire.AgencySite;
import org.itaminer.acquire.MemoryStore;
import org.itaminer.acquire.TestSites;
import org.itaminer.acquire.fetch.HttpFetcher;
import org.itaminer.acquire.registry.FetchRow;
import org.itaminer.acquire.registry.Registry;
import org.itaminer.acquire.registry.Source;
import org.itaminer.acquire.registry.SourceState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A crawl goes on from the registry where the last one stopped; --refresh asks whether documents changed. */
class ResumeAndRefreshTest {

    @TempDir
    Path workdir;

    private static AgencySite site() throws Exception {
        AgencySite site = new AgencySite();
        StringBuilder links = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            String path = "/ita/o36-" + i + ".pdf";
            links.append("<a href=\"").append(path).append("\">มาตรการ ฉบับที่ ").append(i).append("</a>");
            String etag = "\"o36-" + i + "\"";
            byte[] pdf = TestSites.pdf("o36 " + i);
            site.on(path, (ex, n) -> {
                if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                    ex.sendResponseHeaders(304, -1);
                    ex.close();
                } else {
                    ex.getResponseHeaders().add("ETag", etag);
                    AgencySite.send(ex, 200, "application/pdf", pdf);
                }
            });
        }
        site.page("/", "<html><head><meta charset=utf-8><title>ITA</title></head><body>" + links + "</body></html>");
        return site;
    }

    private void crawl(AgencySite site, MemoryStore store, int maxDocs, boolean refresh) throws Exception {
        try (Registry registry = Registry.open(workdir);
             HttpFetcher fetcher = new HttpFetcher(TestSites.fastSettings(), workdir.resolve("tmp"))) {
            new Crawler(fetcher, registry, store, new CrawlSettings(2, maxDocs, 2, refresh), CrawlListener.none())
                    .crawl(List.of(Seed.of(site.url("/"))));
        }
    }

    @Test
    void aCrawlStoppedByItsLimitGoesOnWhereItStoppedWithoutFetchingAnythingTwice() throws Exception {
        try (AgencySite site = site()) {
            MemoryStore store = new MemoryStore();
            crawl(site, store, 2, false);
            try (Registry registry = Registry.open(workdir)) {
                assertEquals(2, registry.documents(SiteScope.of(site.base()).key()));
                assertEquals(3, registry.sources(Optional.empty()).stream()
                        .filter(s -> s.state() == SourceState.PENDING).count());
            }
            crawl(site, store, 100, false);
            try (Registry registry = Registry.open(workdir)) {
                assertEquals(5, registry.documents(SiteScope.of(site.base()).key()));
            }
            for (int i = 1; i <= 5; i++) {
                assertEquals(1, site.asked("/ita/o36-" + i + ".pdf"), "o36-" + i);
            }
            assertEquals(1, site.asked("/"));
            assertEquals(5, store.bytes.size());
        }
    }

    @Test
    void refreshAsksWithTheValidatorsAndKeepsUnchangedDocuments() throws Exception {
        try (AgencySite site = site()) {
            MemoryStore store = new MemoryStore();
            crawl(site, store, 100, false);
            int before = site.requests().size();
            crawl(site, store, 100, true);
            List<AgencySite.Request> again = site.requests().subList(before, site.requests().size());
            assertTrue(again.stream().filter(r -> r.path().startsWith("/ita/"))
                    .allMatch(r -> r.headers().containsKey("if-none-match")), again.toString());
            try (Registry registry = Registry.open(workdir)) {
                for (int i = 1; i <= 5; i++) {
                    String url = site.url("/ita/o36-" + i + ".pdf");
                    Source s = registry.source(url).orElseThrow();
                    assertEquals(SourceState.DOCUMENT, s.state());
                    assertTrue(s.sha256().isPresent());
                    assertEquals(List.of(200, 304), registry.fetches(url).stream().map(FetchRow::status).toList());
                }
            }
            assertEquals(5, store.origins.values().stream().mapToInt(List::size).sum()); // nothing stored again
        }
    }

    @Test
    void aFailureThatPassesIsTriedAgainByTheNextCrawlAndANotFoundIsNot() throws Exception {
        try (AgencySite site = new AgencySite()) {
            java.util.concurrent.atomic.AtomicBoolean down = new java.util.concurrent.atomic.AtomicBoolean(true);
            site.page("/", "<html><head><meta charset=utf-8></head><body><a href=\"/ita/o36.pdf\">O36 มาตรการ</a>"
                    + "<a href=\"/ita/o37.pdf\">O37 มาตรการ</a></body></html>")
                .on("/ita/o36.pdf", (ex, n) -> {
                    if (down.get()) {
                        AgencySite.send(ex, 503, "text/html", "<html>ปิดปรับปรุง</html>".getBytes(
                                java.nio.charset.StandardCharsets.UTF_8));
                    } else {
                        AgencySite.send(ex, 200, "application/pdf", TestSites.pdf("o36"));
                    }
                });
            MemoryStore store = new MemoryStore();
            crawl(site, store, 100, false);
            assertEquals(3, site.asked("/ita/o36.pdf"));
            down.set(false);
            crawl(site, store, 100, false);
            try (Registry registry = Registry.open(workdir)) {
                assertEquals(SourceState.DOCUMENT, registry.source(site.url("/ita/o36.pdf")).orElseThrow().state());
                assertEquals(SourceState.FAILED, registry.source(site.url("/ita/o37.pdf")).orElseThrow().state());
            }
            assertEquals(4, site.asked("/ita/o36.pdf"));
            assertEquals(1, site.asked("/ita/o37.pdf"));
        }
    }

    @Test
    void aDocumentThatBreaksSomethingFailsAloneAndTheSiteGoesOn() throws Exception {
        try (AgencySite site = site()) {
            MemoryStore breaksOnTheThird = new MemoryStore() {
                @Override
                public synchronized String store(org.itaminer.acquire.fetch.Body body, java.net.URI url,
                                                 java.util.Map<String, String> hints) throws java.io.IOException {
                    if (url.getPath().endsWith("o36-3.pdf")) {
                        throw new IllegalStateException("a bug");
                    }
                    return super.store(body, url, hints);
                }
            };
            crawl(site, breaksOnTheThird, 100, false);
            try (Registry registry = Registry.open(workdir)) {
                Source third = registry.source(site.url("/ita/o36-3.pdf")).orElseThrow();
                assertEquals(SourceState.FAILED, third.state());
                assertTrue(third.note().startsWith("internal error: java.lang.IllegalStateException: a bug"),
                        third.note());
                assertEquals(4, registry.documents(SiteScope.of(site.base()).key()));
            }
        }
    }
}
