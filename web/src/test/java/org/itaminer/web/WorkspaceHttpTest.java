package org.itaminer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The workspace over HTTP (JDK HttpClient against the started server): one workdir and one server for the class. */
class WorkspaceHttpTest {

    @TempDir
    static Path dir;
    static ServedWorkspace web;

    @BeforeAll
    static void start() throws IOException {
        web = ServedWorkspace.start(dir);
    }

    @AfterAll
    static void stop() throws IOException {
        web.close();
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return web.get(path);
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void aThaiQueryFindsTheMeasureAndHighlightsIt() throws Exception {
        HttpResponse<String> r = get("/search?q=" + q("ร้องเรียน"));
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("การจัดการเรื่องร้องเรียนการทุจริต"), r.body());
        assertTrue(r.body().contains("<mark>"), "highlight markup kept");
        assertTrue(r.body().contains("data-dim=\"province\""), "facets shown");
    }

    @Test
    void aMeasureTitleHoldingScriptIsShownAsText() throws Exception {
        HttpResponse<String> r = get("/search?q=" + q("สินบน"));
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("/measure/" + "e".repeat(64) + "/1"), r.body());
        assertFalse(r.body().contains("<script>alert"), "document script must not reach the page as markup");
        assertTrue(r.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), r.body());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "การจัดการเรื่อง<b>ร้องเรียน</b>                | การจัดการเรื่อง<mark>ร้องเรียน</mark>",
        "<b>ของขวัญ</b> <script>x()</script>           | <mark>ของขวัญ</mark> &lt;script&gt;x()&lt;/script&gt;",
        "<b onclick=\"x()\">ป้าย</b> & \"คำ\"       | &lt;b onclick=&#34;x()&#34;&gt;ป้าย</mark> &amp; &#34;คำ&#34;"})
    void snippetsAreEscapedExceptTheHighlight(String snippet, String html) {
        assertEquals(html, Highlight.html(snippet));
    }

    @Test
    void aFacetNarrowsAndTheStateIsInTheUrl() throws Exception {
        String all = get("/search").body();
        String narrowed = get("/search?province=" + q("พัทลุง")).body();
        assertTrue(all.contains("บ้านสวน") && all.contains("ควนขนุน"), all);
        assertTrue(narrowed.contains("ควนขนุน") && !narrowed.contains("เทศบาลเมืองบ้านสวน ·"), narrowed);
        assertTrue(all.contains("href=\"/search?province=" + q("พัทลุง") + "\""), "facet link carries the state");
    }

    @Test
    void everyResponseHasTheSecurityHeaders() throws Exception {
        for (String path : List.of("/search", "/compare", "/static/app.css", "/measure/zz/1")) {
            HttpResponse<String> r = get(path);
            assertEquals(WorkspaceServer.CSP, r.headers().firstValue("Content-Security-Policy").orElse(""), path);
            assertTrue(WorkspaceServer.CSP.contains("frame-ancestors 'none'"));
            assertFalse(WorkspaceServer.CSP.contains("unsafe-inline"));
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
        }
    }

    @Test
    void pagesCarryNoInlineScriptOrStyle() throws Exception {
        String body = get("/compare").body() + get("/search?q=" + q("ร้องเรียน")).body();
        assertFalse(Pattern.compile("<script(?![^>]*\\bsrc=)").matcher(body).find(), "inline <script>");
        assertFalse(body.contains(" style="), "inline style attribute");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/original/..%2F..%2Fetc%2Fpasswd", "/original/ABC", "/page/..%2Findex/1.png",
        "/original/" + "g000000000000000000000000000000000000000000000000000000000000000",
        "/measure/%2Fetc%2Fpasswd/1"})
    void filesAreReachedOnlyThroughAContentHash(String path) throws Exception {
        int status = get(path).statusCode();
        assertTrue(status == 400 || status == 404, path + " gave " + status);
    }

    @Test
    void anUnknownButWellFormedHashIsNotFound() throws Exception {
        assertEquals(404, get("/original/" + "0".repeat(64)).statusCode());
    }

    @Test
    void onlyGetIsServed() throws Exception {
        HttpResponse<String> r = web.send(HttpRequest.newBuilder(web.uri("/search"))
                .POST(HttpRequest.BodyPublishers.ofString("q=x")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() == 404 || r.statusCode() == 405, "POST gave " + r.statusCode());
    }

    @Test
    void theCompareMatrixLinksEachCellToASearch() throws Exception {
        String body = get("/compare").body();
        assertTrue(body.contains("id=\"matrix\""), body);
        assertTrue(body.contains("class=\"heat-4\""), "the fullest cell is the darkest");
        assertTrue(Pattern.compile("<td class=\"heat-[1-4]\">\\s*<a href=\"/search\\?").matcher(body).find(), body);
    }

    @Test
    void exportIsWhatTheScreenShows() throws Exception {
        HttpResponse<String> csv = get("/export?format=csv&province=" + q("พัทลุง"));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("\uFEFF"), "CSV with a BOM, as the CLI writes it");
        assertTrue(csv.body().contains("ควนขนุน") && !csv.body().contains("บ้านสวน"), csv.body());
        HttpResponse<String> jsonl = get("/export?format=jsonl&q=" + q("ร้องเรียน"));
        assertEquals(200, jsonl.statusCode());
        assertTrue(jsonl.body().lines().count() >= 2, jsonl.body());
        assertFalse(jsonl.body().contains("file:/"), "local paths left out, as in the CLI");
        assertEquals(400, get("/export?format=exe").statusCode());
    }

    @Test
    void aBadFilterIsA400NamingIt() throws Exception {
        HttpResponse<String> r = get("/search?year=abc");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("year"), r.body());
    }

    @Test
    void thePdfMeasureShowsItsPageImage() throws Exception {
        Assumptions.assumeTrue(web.hasPdf(), "no Thai font at " + WorkspaceFixture.THAI_FONT + " (apt-get install fonts-thai-tlwg)");
        String body = get("/search?q=" + q("ความเสี่ยง")).body();
        Matcher m = Pattern.compile("href=\"/measure/([0-9a-f]{64})/1\"").matcher(body);
        assertTrue(m.find(), body);
        String page = get("/measure/" + m.group(1) + "/1").body();
        assertTrue(page.contains("id=\"page-image\""), page);
        HttpResponse<byte[]> png = web.bytes("/page/" + m.group(1) + "/1.png");
        assertEquals(200, png.statusCode());
        assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
        assertEquals((byte) 0x89, png.body()[0]);
        assertTrue(Files.isDirectory(WorkspaceFixture.workdir(dir).resolve("web-cache/pages")), "cached");
    }

    @Test
    void anotherAddressNeedsAToken() {
        Path w = WorkspaceFixture.workdir(dir);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ServeOptions(w, "0.0.0.0", 0, Optional.empty()));
        assertTrue(e.getMessage().contains("token"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ServeOptions(w, "0.0.0.0", 0, Optional.of("short")));
    }
}
