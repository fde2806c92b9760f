package org.itaminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.itaminer.acquire.AgencySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code itaminer registry} after a crawl of a site on 127.0.0.1 whose ITA page links a plan that is gone: the
 * counts, the failed request with its error, and every request (robots.txt and the sitemap too) as CSV and JSONL.
 */
class RegistryCommandTest {

    private static final String GONE = "/ita/%E0%B8%A1%E0%B8%B2%E0%B8%95%E0%B8%A3%E0%B8%81%E0%B8%B2%E0%B8%A3.pdf";

    @TempDir
    Path dir;

    private AgencySite crawled() throws Exception {
        AgencySite site = new AgencySite();
        site.file("/robots.txt", "text/plain", ("User-agent: *\nSitemap: " + site.url("/sitemap.xml") + "\n")
                    .getBytes(StandardCharsets.UTF_8))
            .file("/sitemap.xml", "application/xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>" + site.url("/")
                    + "</loc></url></urlset>\n").getBytes(StandardCharsets.UTF_8))
            .page("/", "<html><head><meta charset=utf-8><title>อบต.หนองบัวทอง</title></head><body>"
                + "<a href=\"" + GONE + "\">O36 มาตรการส่งเสริมคุณธรรมและความโปร่งใส</a></body></html>");
        CliRun crawl = CliRun.of("crawl", site.url("/"), "-w", dir.toString(), "--delay", "50", "--timeout", "2000");
        assertTrue(Files.isRegularFile(dir.resolve("acquire.db")), crawl.out() + crawl.err());
        return site;
    }

    @Test
    void printsTheCountsAndTheFailedRequestWithItsError() throws Exception {
        try (AgencySite site = crawled()) {
            CliRun run = CliRun.of("registry", "-w", dir.toString());
            assertEquals(ExitCodes.OK, run.code(), run.out() + run.err());
            String out = run.out();
            assertTrue(out.contains("fetch attempts: 4"), out);
            for (String line : List.of("  200                      3", "  404                      1",
                    "  robots                   1", "  sitemap                  1", "  page                     1",
                    "  document                 1", "  127.0.0.1                4", "failed attempts: 1")) {
                assertTrue(out.contains(line + "\n"), line + " in\n" + out);
            }
            assertTrue(out.lines().anyMatch(l -> l.contains("document 404 " + site.url(GONE) + ": http-status")), out);
        }
    }

    @Test
    void writesEveryRequestAsCsvAndJsonLines() throws Exception {
        try (AgencySite site = crawled()) {
            Path csv = dir.resolve("fetches.csv");
            CliRun run = CliRun.of("registry", "-w", dir.toString(), "--format", "csv", "--out", csv.toString());
            assertEquals(ExitCodes.OK, run.code(), run.out() + run.err());
            List<String> rows = Files.readAllLines(csv);
            assertEquals("url,final_url,status,bytes,sha256,started,millis,error,message,found_on,anchor,kind",
                    rows.get(0));
            assertEquals(5, rows.size(), String.join("\n", rows));
            String robots = rows.stream().filter(r -> r.startsWith(site.url("/robots.txt"))).findFirst().orElseThrow();
            assertTrue(robots.startsWith(site.url("/robots.txt") + "," + site.url("/robots.txt") + ",200,"), robots);
            assertTrue(robots.endsWith(",robots.txt,robots"), robots);
            assertTrue(rows.stream().anyMatch(r -> r.startsWith(site.url("/sitemap.xml")) && r.endsWith("sitemap")),
                    String.join("\n", rows));
            String gone = rows.stream().filter(r -> r.startsWith(site.url(GONE))).findFirst().orElseThrow();
            assertTrue(gone.contains(",404,0,,") && gone.contains(",http-status,")
                    && gone.endsWith("," + site.url("/") + ",O36 มาตรการส่งเสริมคุณธรรมและความโปร่งใส,document"), gone);

            CliRun jsonl = CliRun.of("registry", "-w", dir.toString(), "--format", "jsonl");
            assertEquals(ExitCodes.OK, jsonl.code(), jsonl.err());
            List<String> lines = jsonl.out().lines().toList();
            assertEquals(4, lines.size(), jsonl.out());
            String page = lines.stream().filter(l -> l.startsWith("{\"url\":\"" + site.url("/") + "\""))
                    .findFirst().orElseThrow();
            assertTrue(page.contains("\"status\":200,")
                    && page.contains("\"error\":null,\"message\":\"HTTP 200\",\"found_on\":null,")
                    && page.contains("\"kind\":\"page\""), page);
            assertTrue(jsonl.out().contains("\"anchor\":\"O36 มาตรการส่งเสริมคุณธรรมและความโปร่งใส\""), jsonl.out());
        }
    }

    @Test
    void aWorkdirWithoutARegistryOrAnUnknownFormatIsRefused() throws Exception {
        CliRun none = CliRun.of("registry", "-w", dir.toString());
        assertEquals(ExitCodes.USAGE, none.code());
        assertTrue(none.err().contains("no acquisition registry at " + dir.resolve("acquire.db")), none.err());
        try (AgencySite site = crawled()) {
            CliRun xml = CliRun.of("registry", "-w", dir.toString(), "--format", "xml");
            assertEquals(ExitCodes.USAGE, xml.code());
            assertTrue(xml.err().contains("unknown format 'xml': csv or jsonl"), xml.err());
        }
    }
}
