package org.itaminer.acquire.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.itaminer.acquire.registry.SourceKind;
import org.itaminer.acquire.registry.SourceState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One crawl of a small agency site served on 127.0.0.1, with Thai link text and the faults real sites have; each
 * case ends as the registry says, and nothing outside the site is requested.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgencySiteCrawlTest {

    private Path workdir;
    private AgencySite external;
    private AgencySite site;
    private Registry registry;
    private final MemoryStore store = new MemoryStore();
    private long crawlMillis;

    @BeforeAll
    void crawl(@TempDir Path dir) throws Exception {
        workdir = dir;
        external = new AgencySite().page("/ita.pdf", "<html>never</html>");
        site = TestSites.nongbua(external.base().toString());
        registry = Registry.open(workdir);
        long t0 = System.nanoTime();
        try (HttpFetcher fetcher = new HttpFetcher(TestSites.fastSettings(), workdir.resolve("tmp"))) {
            List<Crawler.SiteFailure> failures = new Crawler(fetcher, registry, store,
                    new CrawlSettings(3, 100, 4, false), CrawlListener.none()).crawl(List.of(Seed.of(site.url("/"))));
            assertTrue(failures.isEmpty(), failures.toString());
        }
        crawlMillis = (System.nanoTime() - t0) / 1_000_000;
    }

    @AfterAll
    void close() throws Exception {
        registry.close();
        site.close();
        external.close();
    }

    private Source source(String path) throws Exception {
        Optional<Source> s = registry.source(site.url(path));
        assertTrue(s.isPresent(), "no source " + path + " in " + registry.sources(Optional.empty()));
        return s.get();
    }

    @ParameterizedTest(name = "{0} ends {1}")
    @CsvSource(delimiter = '|', textBlock = """
        /                                   | page
        /ita/                               | page
        /ita/o36/                           | document
        /docs/plan-2567.pdf                 | document
        /copy/plan-2567.pdf                 | document
        /ita/%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2%E0%B8%99%E0%B8%A1%E0%B8%B2%E0%B8%95%E0%B8%A3%E0%B8%81%E0%B8%B2%E0%B8%A3.pdf | document
        /ita/o36/o36-2567.pdf               | document
        /private/ita-draft.pdf              | robots
        /redirect/a                         | document
        /loop/x                             | failed
        /docs/missing.pdf                   | failed
        /flaky/plan.pdf                     | document
        /slow/plan.pdf                      | failed
        /big/plan.pdf                       | failed
        /fake/plan.pdf                      | page
        /news/                              | not-wanted
        """)
    void eachCaseEndsAsTheRegistrySays(String path, String state) throws Exception {
        assertEquals(SourceState.of(state), source(path).state(), path + ": " + source(path).note());
    }

    @Test
    void documentsAtDepthOneToThreeAreFetchedAndNothingDeeper() throws Exception {
        assertEquals(1, source("/docs/plan-2567.pdf").depth());
        assertEquals(2, source("/ita/o36/").depth());
        assertEquals(3, source("/ita/o36/o36-2567.pdf").depth());
        assertEquals(0, site.asked("/ita/o36/more/deep.pdf"));
        assertTrue(registry.source(site.url("/ita/o36/more/deep.pdf")).isEmpty());
    }

    @Test
    void robotsTxtIsReadOnceAndItsDisallowIsNeverRequested() throws Exception {
        // read before anything else and kept for the crawl (tried again only if the first try timed out)
        List<String> paths = site.requests().stream().map(AgencySite.Request::path).toList();
        assertEquals("/robots.txt", paths.get(0));
        assertEquals(paths.lastIndexOf("/robots.txt") + 1, paths.indexOf("/"), paths.toString());
        assertEquals(0, site.asked("/private/ita-draft.pdf"));
        assertTrue(source("/private/ita-draft.pdf").note().startsWith("robots:"), source("/private/ita-draft.pdf").note());
    }

    @Test
    void theRobotsTxtRequestsAreInTheRegistryLikeAnyOther() throws Exception {
        Source robots = source("/robots.txt");
        assertEquals(SourceState.PAGE, robots.state(), robots.note());
        assertEquals("robots.txt read", robots.note());
        assertEquals(200, robots.status());
        assertEquals(SourceKind.ROBOTS, robots.kind());
        List<FetchRow> tries = registry.fetches(site.url("/robots.txt"));
        assertEquals(site.asked("/robots.txt"), tries.size(), tries.toString());
        assertEquals(200, tries.get(tries.size() - 1).status());
        // a log entry, not a document: the frontier never fetched it as a page
        assertTrue(store.origins.values().stream().flatMap(List::stream).noneMatch(u -> u.endsWith("/robots.txt")),
                store.origins.toString());
    }

    @ParameterizedTest(name = "{0} was requested as a {1}")
    @CsvSource(delimiter = '|', textBlock = """
        /robots.txt                         | ROBOTS
        /                                   | PAGE
        /ita/                               | PAGE
        /ita/o36/                           | PAGE
        /docs/plan-2567.pdf                 | DOCUMENT
        /ita/o36/o36-2567.pdf               | DOCUMENT
        /private/ita-draft.pdf              | DOCUMENT
        /docs/missing.pdf                   | DOCUMENT
        """)
    void eachSourceSaysWhatItWasRequestedAs(String path, SourceKind kind) throws Exception {
        assertEquals(kind, source(path).kind());
    }

    @Test
    void nothingOutsideTheSiteIsRequested() throws Exception {
        assertEquals(List.of(), external.requests());
        Source ext = registry.source(external.url("/ita.pdf")).orElseThrow();
        assertEquals(SourceState.OFF_SITE, ext.state());
        assertEquals(Optional.of(site.url("/")), ext.foundOn());
        assertEquals("ITA ของสำนักงาน ป.ป.ช.", ext.anchor());
    }

    @Test
    void aLinkWithoutAnySignOfItaIsRecordedButNotRequested() throws Exception {
        assertEquals(0, site.asked("/news/"));
        assertEquals("ข่าวประชาสัมพันธ์", source("/news/").anchor());
    }

    @Test
    void theRedirectChainIsFollowedHopByHopToTheDocument() throws Exception {
        Source s = source("/redirect/a");
        assertEquals(Optional.of(site.url("/docs/anti-corruption.pdf")), s.finalUrl());
        List<FetchRow> rows = registry.fetches(site.url("/redirect/a"));
        assertEquals(1, rows.size());
        assertEquals(3, rows.get(0).hops());
        assertEquals(200, rows.get(0).status());
        assertEquals(1, site.asked("/redirect/b"));
    }

    @Test
    void theRedirectLoopIsCaughtWithoutGoingRound() throws Exception {
        assertEquals(Optional.of("redirect-loop"), registry.fetches(site.url("/loop/x")).get(0).error());
        assertEquals(1, site.asked("/loop/x"));
        assertEquals(1, site.asked("/loop/y"));
    }

    @Test
    void aNotFoundIsNotTriedAgain() throws Exception {
        List<FetchRow> rows = registry.fetches(site.url("/docs/missing.pdf"));
        assertEquals(1, rows.size());
        assertEquals(404, rows.get(0).status());
        assertEquals(Optional.of("http-status"), rows.get(0).error());
    }

    @Test
    void aServerErrorIsTriedAgainAndTheSecondTryGivesTheDocument() throws Exception {
        List<FetchRow> rows = registry.fetches(site.url("/flaky/plan.pdf"));
        assertEquals(List.of(500, 200), rows.stream().map(FetchRow::status).toList());
        assertTrue(rows.get(1).sha256().isPresent());
        assertEquals(2, site.asked("/flaky/plan.pdf"));
    }

    @Test
    void aResponseSlowerThanTheTimeOutFailsAfterItsTries() throws Exception {
        List<FetchRow> rows = registry.fetches(site.url("/slow/plan.pdf"));
        assertEquals(3, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.error().equals(Optional.of("timeout"))), rows.toString());
    }

    @Test
    void anOversizedFileIsGivenUpWhileReadingAndNotStored() throws Exception {
        Source s = source("/big/plan.pdf");
        assertTrue(s.note().startsWith("too-large"), s.note());
        assertTrue(s.sha256().isEmpty());
        assertEquals(1, site.asked("/big/plan.pdf"));
    }

    @Test
    void htmlServedAsPdfIsTypedFromItsBytes() throws Exception {
        assertEquals(Optional.of("text/html"), source("/fake/plan.pdf").mediaType());
        assertEquals(Optional.of("application/pdf"), source("/copy/plan-2567.pdf").mediaType()); // sent as octet-stream
    }

    @Test
    void oneDocumentUnderTwoAddressesIsStoredOnce() throws Exception {
        String sha = source("/docs/plan-2567.pdf").sha256().orElseThrow();
        assertEquals(Optional.of(sha), source("/copy/plan-2567.pdf").sha256());
        assertEquals(List.of(site.url("/docs/plan-2567.pdf"), site.url("/copy/plan-2567.pdf")), store.origins.get(sha));
        assertEquals(6, store.bytes.size(), store.origins.toString()); // o36 page, plan, report, o36 pdf, anti-corruption, flaky
    }

    @Test
    void thePageAndAnchorEachLinkWasFoundOnAreKept() throws Exception {
        Source report = source("/ita/%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2%E0%B8%99%E0%B8%A1%E0%B8%B2%E0%B8%95%E0%B8%A3%E0%B8%81%E0%B8%B2%E0%B8%A3.pdf");
        assertEquals(Optional.of(site.url("/ita/")), report.foundOn());
        assertEquals("ดาวน์โหลด", report.anchor());
    }

    @Test
    void noTwoRequestsToTheSiteCameCloserThanItsPoliteness() {
        List<AgencySite.Request> rs = site.requests();
        long least = Long.MAX_VALUE;
        for (int i = 1; i < rs.size(); i++) {
            least = Math.min(least, rs.get(i).nanos() - rs.get(i - 1).nanos());
        }
        // arrival times on the server: the client reserves starts a full delay apart; allow 5 ms of scheduling jitter
        assertTrue(least >= TestSites.POLITENESS.toNanos() - 5_000_000L, "closest two requests: " + least / 1e6 + " ms");
        System.out.printf("crawl of the test site: %d requests in %d ms%n", rs.size(), crawlMillis);
        for (AgencySite.Request r : rs) {
            System.out.printf("%6d ms %s%n", (r.nanos() - rs.get(0).nanos()) / 1_000_000, r.path());
        }
        assertFalse(rs.isEmpty());
    }

    @Test
    void everyRequestNamesTheProject() {
        assertTrue(site.requests().stream().allMatch(r -> r.headers().getOrDefault("user-agent", "")
                .startsWith("itaminer/")));
    }
}
