package org.itaminer.acquire.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.itaminer.acquire.AgencySite;
import org.itaminer.acquire.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fetcher's rules that the agency site's crawl does not show on its own. */
class HttpFetcherTest {

    @TempDir
    Path temp;

    private static byte[] robots(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void tooManyRequestsWaitsForRetryAfterThenSucceeds() throws Exception {
        try (AgencySite site = new AgencySite();
             HttpFetcher fetcher = new HttpFetcher(TestSites.fastSettings(), temp)) {
            site.on("/ita.pdf", (ex, n) -> {
                if (n == 1) {
                    ex.getResponseHeaders().add("Retry-After", "1");
                    AgencySite.send(ex, 429, "text/plain", robots("slow down"));
                } else {
                    AgencySite.send(ex, 200, "application/pdf", TestSites.pdf("ok"));
                }
            });
            FetchResult r = fetcher.fetch(URI.create(site.url("/ita.pdf")), Validators.NONE);
            assertEquals(List.of(429, 200), r.attempts().stream().map(Attempt::status).toList());
            List<AgencySite.Request> asked = site.requests().stream().filter(q -> q.path().equals("/ita.pdf")).toList();
            long gap = asked.get(1).nanos() - asked.get(0).nanos();
            assertTrue(gap >= 990_000_000L, "the second try came " + gap / 1e6 + " ms after the 429");
            assertEquals("application/pdf", r.body().orElseThrow().mediaType());
        }
    }

    @Test
    void aRetryAfterLongerThanAllowedFailsWithoutWaiting() throws Exception {
        try (AgencySite site = new AgencySite();
             HttpFetcher fetcher = new HttpFetcher(TestSites.fastSettings(), temp)) {
            site.on("/ita.pdf", (ex, n) -> {
                ex.getResponseHeaders().add("Retry-After", "3600");
                AgencySite.send(ex, 503, "text/plain", robots("maintenance"));
            });
            FetchResult r = fetcher.fetch(URI.create(site.url("/ita.pdf")), Validators.NONE);
            assertEquals(1, r.attempts().size());
            assertEquals(Optional.of(FetchError.HTTP_STATUS), r.error());
            assertEquals(503, r.status());
        }
    }

    @Test
    void aLargerCrawlDelayInRobotsTxtIsHonoured() throws Exception {
        try (AgencySite site = new AgencySite();
             HttpFetcher fetcher = new HttpFetcher(TestSites.fastSettings(), temp)) {
            site.file("/robots.txt", "text/plain", robots("User-agent: itaminer\nCrawl-delay: 1\n"))
                .file("/a.pdf", "application/pdf", TestSites.pdf("a"))
                .file("/b.pdf", "application/pdf", TestSites.pdf("b"));
            fetcher.fetch(URI.create(site.url("/a.pdf")), Validators.NONE);
            fetcher.fetch(URI.create(site.url("/b.pdf")), Validators.NONE);
            List<AgencySite.Request> rs = site.requests();
            assertEquals(List.of("/robots.txt", "/a.pdf", "/b.pdf"), rs.stream().map(AgencySite.Request::path).toList());
            long gap = rs.get(2).nanos() - rs.get(1).nanos();
            assertTrue(gap >= 990_000_000L, "b came " + gap / 1e6 + " ms after a; Crawl-delay is 1 s");
        }
    }

    @Test
    void aRedirectIntoADisallowedPathIsNotFollowed() throws Exception {
        try (AgencySite site = new AgencySite();
             HttpFetcher fetcher = new HttpFetcher(TestSites.fastSettings(), temp)) {
            site.file("/robots.txt", "text/plain", robots("User-agent: *\nDisallow: /private/\n"))
                .redirect("/ita.pdf", "/private/ita.pdf")
                .file("/private/ita.pdf", "application/pdf", TestSites.pdf("private"));
            FetchResult r = fetcher.fetch(URI.create(site.url("/ita.pdf")), Validators.NONE);
            assertEquals(Optional.of(FetchError.ROBOTS), r.error());
            assertEquals(URI.create(site.url("/private/ita.pdf")), r.finalUrl());
            assertEquals(0, site.asked("/private/ita.pdf"));
        }
    }

    @Test
    void moreThanFiveHopsAreNotFollowed() throws Exception {
        try (AgencySite site = new AgencySite();
             HttpFetcher fetcher = new HttpFetcher(TestSites.fastSettings(), temp)) {
            for (int i = 0; i < 7; i++) {
                site.redirect("/r" + i, "/r" + (i + 1));
            }
            site.file("/r7", "application/pdf", TestSites.pdf("end"));
            FetchResult r = fetcher.fetch(URI.create(site.url("/r0")), Validators.NONE);
            assertEquals(Optional.of(FetchError.TOO_MANY_REDIRECTS), r.error());
            assertEquals(0, site.asked("/r6"));
            assertEquals(1, site.asked("/r5"));
        }
    }

    @Test
    void anUnchangedDocumentAnswersNotModifiedToItsValidators() throws Exception {
        try (AgencySite site = new AgencySite();
             HttpFetcher fetcher = new HttpFetcher(TestSites.fastSettings(), temp)) {
            site.on("/ita.pdf", (ex, n) -> {
                if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                    ex.sendResponseHeaders(304, -1);
                    ex.close();
                    return;
                }
                ex.getResponseHeaders().add("ETag", "\"v1\"");
                ex.getResponseHeaders().add("Last-Modified", "Tue, 01 Oct 2024 08:00:00 GMT");
                AgencySite.send(ex, 200, "application/pdf", TestSites.pdf("v1"));
            });
            FetchResult first = fetcher.fetch(URI.create(site.url("/ita.pdf")), Validators.NONE);
            assertEquals(Optional.of("\"v1\""), first.validators().etag());
            FetchResult again = fetcher.fetch(URI.create(site.url("/ita.pdf")), first.validators());
            assertTrue(again.notModified());
            assertTrue(again.body().isEmpty());
            assertEquals("Tue, 01 Oct 2024 08:00:00 GMT", site.requests().get(2).headers().get("if-modified-since"));
        }
    }

    @Test
    void theUserAgentIsSettableAndRobotsTxtIsMatchedByItsFirstWord() throws Exception {
        try (AgencySite site = new AgencySite();
             HttpFetcher fetcher = new HttpFetcher(TestSites.fastSettings().withUserAgent("ita-lab/2.0 (research)"),
                     temp)) {
            site.file("/robots.txt", "text/plain", robots("User-agent: ita-lab\nDisallow: /\n\nUser-agent: *\nAllow: /\n"))
                .file("/a.pdf", "application/pdf", TestSites.pdf("a"));
            FetchResult r = fetcher.fetch(URI.create(site.url("/a.pdf")), Validators.NONE);
            assertEquals(Optional.of(FetchError.ROBOTS), r.error());
            assertEquals("ita-lab/2.0 (research)", site.requests().get(0).headers().get("user-agent"));
        }
    }

    @Test
    void settingsDefaultToOneSecondApartAndShortTimeOuts() {
        FetchSettings d = FetchSettings.defaults();
        assertEquals(Duration.ofSeconds(1), d.politeness());
        assertTrue(d.readTimeout().compareTo(Duration.ofSeconds(30)) < 0);
        assertEquals(5, d.maxRedirects());
        assertEquals("itaminer", d.robotName());
    }
}
