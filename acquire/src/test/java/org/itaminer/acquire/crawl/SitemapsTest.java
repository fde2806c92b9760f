package org.itaminer.acquire.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.itaminer.acquire.AgencySite;
import org.itaminer.acquire.MemoryStore;
import org.itaminer.acquire.TestSites;
import org.itaminer.acquire.fetch.HttpFetcher;
import org.itaminer.acquire.registry.Registry;
import org.itaminer.acquire.registry.Source;
import org.itaminer.acquire.registry.SourceKind;
import org.itaminer.acquire.registry.SourceState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document no menu links to, found through the sitemap robots.txt names. */
class SitemapsTest {

    private static final String O36 = "/ita/o36/%E0%B8%A1%E0%B8%B2%E0%B8%95%E0%B8%A3%E0%B8%81%E0%B8%B2%E0%B8%A3.pdf";

    @TempDir
    Path workdir;

    @Test
    void theSitemapsItaAddressesAreCrawledAndTheRestAreNot() throws Exception {
        try (AgencySite site = new AgencySite()) {
            site.file("/robots.txt", "text/plain", ("User-agent: *\nDisallow: /admin/\nSitemap: " + site.url("/sitemap.xml")
                    + "\n").getBytes(StandardCharsets.UTF_8))
                .page("/", "<html><head><meta charset=utf-8><title>อบต.</title></head><body>"
                    + "<a href=\"/news/\">ข่าว</a></body></html>")
                .file("/sitemap.xml", "application/xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
                    + "<url><loc>" + site.url(O36) + "</loc></url>\n"
                    + "<url><loc>" + site.url("/news/2567/1.html") + "</loc></url>\n"
                    + "<url><loc>https://elsewhere.go.th/ita.pdf</loc></url>\n"
                    + "</urlset>\n").getBytes(StandardCharsets.UTF_8))
                .file(O36, "application/pdf", TestSites.pdf("o36"));
            try (Registry registry = Registry.open(workdir);
                 HttpFetcher fetcher = new HttpFetcher(TestSites.fastSettings(), workdir.resolve("tmp"))) {
                new Crawler(fetcher, registry, new MemoryStore(), new CrawlSettings(2, 100, 1, false),
                        CrawlListener.none()).crawl(List.of(Seed.of(site.url("/"))));
                Source o36 = registry.source(site.url(O36)).orElseThrow();
                assertEquals(SourceState.DOCUMENT, o36.state());
                assertEquals(Optional.of(site.url("/sitemap.xml")), o36.foundOn());
                assertEquals(SourceState.PAGE, registry.source(site.url("/sitemap.xml")).orElseThrow().state());
                assertEquals(SourceKind.SITEMAP, registry.source(site.url("/sitemap.xml")).orElseThrow().kind());
                assertEquals(SourceKind.ROBOTS, registry.source(site.url("/robots.txt")).orElseThrow().kind());
                assertEquals(1, registry.fetches(site.url("/sitemap.xml")).size());
                assertEquals(Optional.empty(), registry.source(site.url("/news/2567/1.html")));
                assertEquals(Optional.empty(), registry.source("https://elsewhere.go.th/ita.pdf"));
            }
            assertEquals(0, site.asked("/news/2567/1.html"));
            assertEquals(1, site.asked("/sitemap.xml"));
        }
    }
}
