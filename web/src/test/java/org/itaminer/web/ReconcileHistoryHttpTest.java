package org.itaminer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.itaminer.index.export.ReportFilter;
import org.itaminer.index.history.AgencyHistories;
import org.itaminer.index.history.AgencyHistory;
import org.itaminer.index.reconcile.AgencyKey;
import org.itaminer.index.reconcile.Reconciler;
import org.itaminer.index.reconcile.Reconciliation;
import org.itaminer.index.reconcile.ReconciliationRows;
import org.itaminer.index.reconcile.ReportedShares;
import org.itaminer.model.report.Agency;
import org.itaminer.model.report.Measure;
import org.itaminer.model.report.Report;
import org.itaminer.pipeline.Workdir;
import org.itaminer.web.reconcile.ReconcileQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reconciliation and year-over-year pages, the theme facet and the compare cells' links over HTTP, on the
 * fixture's workdir with อบต.ห้วยยาง's plans of 2567 and 2568 and its report of 2568.
 */
class ReconcileHistoryHttpTest {

    @TempDir
    static Path dir;
    static ServedWorkspace web;
    static final String HUAIYANG = "องค์การบริหารส่วนตำบลห้วยยาง";

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

    static HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
        return web.bytes(path);
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static int count(String body, String needle) {
        return body.split(Pattern.quote(needle), -1).length - 1;
    }

    static List<Reconciliation> cliReconciliations() throws IOException {
        List<Report> all = new Workdir(WorkspaceFixture.workdir(dir)).storedReports().reports();
        return Reconciler.filtered(all, ReportFilter.NONE, Optional.of("ห้วยยาง"));
    }

    @Test
    void theReconciliationPageShowsPairsUnpairedAndShares() throws Exception {
        HttpResponse<String> r = get("/reconcile?agency=" + q("ห้วยยาง"));
        assertEquals(200, r.statusCode());
        String body = r.body();
        Reconciliation expected = cliReconciliations().get(0);
        assertTrue(body.contains("<span id=\"reconciled\">1</span>"), body);
        assertTrue(body.contains(HUAIYANG) && body.contains("ปี 2568"), body);
        assertEquals(expected.pairs().size(), count(body, "<tr class=\"pair\">"), body);
        assertEquals(expected.pairs().size() + expected.unreported().size() + expected.unplanned().size(),
                count(body, "href=\"/measure/" + expected.plan().id()) + count(body, "href=\"/measure/"
                        + expected.report().id()) - expected.pairs().size(), "every measure links to its page");
        assertTrue(Pattern.compile("<td class=\"score\">[01]\\.\\d\\d</td>").matcher(body).find(), body);
        assertTrue(body.contains("id=\"shares\"") && body.contains("จังหวัด กระบี่") && body.contains("ประเภท sao"),
                body);
        assertTrue(body.contains("href=\"/history?agency=" + q(HUAIYANG) + "\""), "links to the agency's years");
        assertTrue(body.contains("<a href=\"/reconcile\">"), "in the navigation");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "agency=ห้วยยาง&year=2568        | 1",
        "agency=อบต.ห้วยยาง              | 1",
        "province=กระบี่                  | 1",
        "province=จังหวัดกระบี่            | 1",
        "agencyType=sao                  | 1",
        "agencyType=pao                  | 0",
        "year=2567                       | 0",
        "province=ชลบุรี                  | 0",
        "agency=บ้านสวน                  | 0"})
    void theFiltersAreInTheUrl(String query, int reconciled) throws Exception {
        StringBuilder path = new StringBuilder("/reconcile?");
        for (String kv : query.split("&")) {
            String[] p = kv.split("=", 2);
            path.append(p[0]).append('=').append(q(p[1])).append('&');
        }
        HttpResponse<String> r = get(path.toString());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("<span id=\"reconciled\">" + reconciled + "</span>"), r.body());
    }

    @Test
    void aBadFilterIsA400() throws Exception {
        assertEquals(400, get("/reconcile?year=abc").statusCode());
        assertEquals(400, get("/reconcile?agencyType=ministry").statusCode());
        assertEquals(400, get("/reconcile/export?format=exe").statusCode());
        assertEquals(400, get("/reconcile?agency=" + "ก".repeat(300)).statusCode());
    }

    @Test
    void theExportIsTheFileTheCliWrites() throws Exception {
        List<Reconciliation> expected = cliReconciliations();
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        ReconciliationRows.writeCsv(expected, csv);
        HttpResponse<byte[]> got = bytes("/reconcile/export?format=csv&agency=" + q("ห้วยยาง"));
        assertEquals(200, got.statusCode());
        assertEquals(csv.toString(StandardCharsets.UTF_8), new String(got.body(), StandardCharsets.UTF_8));
        assertTrue(got.headers().firstValue("Content-Disposition").orElse("").contains("itaminer-reconciliation.csv"));
        ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
        ReconciliationRows.writeJsonl(expected, jsonl);
        assertEquals(jsonl.toString(StandardCharsets.UTF_8),
                get("/reconcile/export?format=jsonl&agency=" + q("ห้วยยาง")).body());
        HttpResponse<byte[]> xlsx = bytes("/reconcile/export?format=xlsx&agency=" + q("ห้วยยาง"));
        assertEquals(200, xlsx.statusCode());
        assertEquals('P', xlsx.body()[0]);
        assertEquals('K', xlsx.body()[1]);
    }

    @Test
    void theYearOverYearPageHasItsYearsChartAndChanges() throws Exception {
        HttpResponse<String> r = get("/history?agency=" + q("ห้วยยาง"));
        assertEquals(200, r.statusCode());
        String body = r.body();
        List<Report> all = new Workdir(WorkspaceFixture.workdir(dir)).storedReports().reports();
        AgencyHistory h = AgencyHistories.over(all).matching(all, "ห้วยยาง").get(0);
        assertEquals(h.years().size(), count(body, "<tr class=\"year\">"), body);
        assertTrue(h.years().size() >= 2, "two fiscal years in the samples");
        assertTrue(body.contains("data-chart=\""), body);
        Matcher chart = Pattern.compile("data-chart=\"([^\"]*)\"").matcher(body);
        assertTrue(chart.find());
        String json = chart.group(1).replace("&#34;", "\"").replace("&quot;", "\"");
        for (var a : h.scores()) {
            assertTrue(json.contains(String.valueOf(a.fiscalYear())) && json.contains(String.valueOf(a.score())),
                    json);
        }
        AgencyHistory.Change c = h.changes().get(0);
        assertTrue(body.contains(c.from() + " → " + c.to() + ": " + c.kept().size() + " คงไว้"), body);
        assertEquals(c.kept().size(), count(body, "<tr class=\"kept\">"));
        assertTrue(body.contains("<script src=\"/webjars/echarts/5.3.1/dist/echarts.min.js\" defer></script>"));
        assertTrue(body.contains("<script src=\"/static/chart.js\" defer></script>"));
    }

    @Test
    void anUnknownAgencyIsSaidAndNoAgencyIsAForm() throws Exception {
        String none = get("/history?agency=" + q("ไม่มีชื่อนี้")).body();
        assertTrue(none.contains("ไม่พบหน่วยงาน"), none);
        String form = get("/history").body();
        assertTrue(form.contains("name=\"agency\"") && !form.contains("class=\"history\""), form);
    }

    @Test
    void echartsAndTheChartScriptAreServedByTheApp() throws Exception {
        HttpResponse<String> lib = get("/webjars/echarts/5.3.1/dist/echarts.min.js");
        assertEquals(200, lib.statusCode());
        assertTrue(lib.body().length() > 100_000, "the whole library");
        HttpResponse<String> js = get("/static/chart.js");
        assertEquals(200, js.statusCode());
        assertTrue(js.body().contains("echarts.init"));
    }

    @Test
    void aMeasurePageLinksItsAgencysYears() throws Exception {
        Reconciliation r = cliReconciliations().get(0);
        String page = get("/measure/" + r.plan().id() + "/1").body();
        assertTrue(page.contains("id=\"agency-history\" href=\"/history?agency=" + q(HUAIYANG) + "\""), page);
    }

    @Test
    void theThemeFacetNarrowsOnClick() throws Exception {
        String all = get("/search").body();
        Matcher link = Pattern.compile("<section class=\"facet\" data-dim=\"theme\">.*?<a href=\"([^\"]+)\">([^<]+)</a>"
                + " <span class=\"count\">(\\d+)</span>", Pattern.DOTALL).matcher(all);
        assertTrue(link.find(), all);
        String narrowed = get(link.group(1).replace("&amp;", "&")).body();
        assertTrue(narrowed.contains("<span id=\"total\">" + link.group(3) + "</span>"), narrowed);
        assertTrue(narrowed.contains("class=\"chip\""), "the theme filter is shown and can be removed");
        assertEquals(400, get("/search?theme=nonsense").statusCode());
        assertEquals(400, get("/search?doc=" + q("../etc")).statusCode());
    }

    @Test
    void eachCompareCellLinksToExactlyItsMeasures() throws Exception {
        String body = get("/compare").body();
        Matcher cell = Pattern.compile("<td class=\"heat-[1-4]\">\\s*<a href=\"([^\"]+)\">(\\d+)</a>").matcher(body);
        int cells = 0;
        while (cell.find()) {
            String page = get(cell.group(1).replace("&amp;", "&")).body();
            assertTrue(page.contains("<span id=\"total\">" + cell.group(2) + "</span>"), cell.group(1));
            assertEquals(Integer.parseInt(cell.group(2)), count(page, "<li class=\"hit\">"), cell.group(1));
            cells++;
        }
        assertTrue(cells >= 5, "cells followed: " + cells);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "theme=no_gift            | ",
        "theme=complaints         | ",
        "q=ร้องเรียน              | ",
        "province=กระบี่          | theme=disclosure"})
    void aNarrowedExportHoldsTheMeasuresOnScreen(String filter, String more) throws Exception {
        String[] kv = filter.split("=", 2);
        String params = kv[0] + "=" + q(kv[1]) + (more == null ? "" : "&" + more);
        String page = get("/search?" + params).body();
        Matcher total = Pattern.compile("<span id=\"total\">(\\d+)</span>").matcher(page);
        assertTrue(total.find(), page);
        String csv = get("/export?format=csv&" + params).body().substring(1);
        try (org.apache.commons.csv.CSVParser rows = org.apache.commons.csv.CSVParser.parse(csv,
                org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertEquals(Integer.parseInt(total.group(1)), rows.getRecords().size(), csv);
        }
    }

    @Test
    void aScriptInADocumentStaysTextOnBothPages() throws Exception {
        List<Report> all = new Workdir(WorkspaceFixture.workdir(dir)).storedReports().reports();
        List<Report> hostile = all.stream().filter(x -> x.agency().name().contains("ห้วยยาง")).map(
                ReconcileHistoryHttpTest::hostile).toList();
        TemplateEngine jte = TemplateEngine.createPrecompiled(ContentType.Html);
        List<Reconciliation> found = Reconciler.over(hostile).reconcile(hostile);
        assertEquals(1, found.size());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("nav", List.of());
        model.put("q", new ReconcileQuery(Optional.of("<script>q()</script>"), new Filters("", Map.of(), 1)));
        model.put("found", found);
        model.put("shares", ReportedShares.of(found));
        StringOutput page = new StringOutput();
        jte.render("reconcile.jte", model, page);
        assertFalse(page.toString().contains("<script>x()"), page.toString());
        assertFalse(page.toString().contains("<script>q()"), page.toString());
        assertTrue(page.toString().contains("&lt;script&gt;x()&lt;/script&gt;"), page.toString());
        AgencyHistory h = AgencyHistories.over(hostile).history(AgencyKey.of(hostile.get(0).agency()), hostile);
        StringOutput years = new StringOutput();
        jte.render("history.jte", Map.of("nav", List.of(), "agency", "<script>a()</script>", "found", List.of(h)),
                years);
        assertFalse(years.toString().contains("<script>x()") || years.toString().contains("<script>a()"),
                years.toString());
        assertFalse(years.toString().contains("data-chart=\"{\"title\""), "the JSON is escaped in its attribute");
    }

    /** The report with a script in its agency's name and in each measure title. */
    private static Report hostile(Report r) {
        List<Measure> ms = r.measures().stream().map(m -> new Measure(m.seq(), m.number(),
                "<script>x()</script> " + m.title(), m.steps(), m.responsible(), m.period(), m.monitoring(), m.result(),
                m.outcome(), m.recommendation(), m.indicators(), m.extra(), m.page())).toList();
        Agency a = r.agency();
        return new Report(r.schemaVersion(), r.id(), r.source(), r.title(), r.kind(),
                new Agency(a.name() + " <script>x()</script>", a.type(), a.district(), a.province()), r.fiscalYear(),
                r.assessment(), r.indicatorScores(), ms, r.warnings());
    }
}
