package org.itaminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.itaminer.acquire.AgencySite;
import org.itaminer.acquire.registry.Registry;
import org.itaminer.acquire.registry.Source;
import org.itaminer.acquire.registry.SourceState;
import org.itaminer.model.report.Report;
import org.itaminer.pipeline.SamplesFolder;
import org.itaminer.pipeline.Workdir;
import org.itaminer.pipeline.store.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code itaminer crawl} end to end: an agency site on 127.0.0.1 publishing the samples (a Word file, a text file
 * under a Thai name, a web page of measures), crawled, ingested, extracted and indexed like {@code run}.
 */
class CrawlCommandTest {

    private static final String REPORT_TXT = "/files/%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2%E0%B8%99%E0%B8%9C%E0%B8%A5.txt";

    @TempDir
    Path dir;

    private static AgencySite site() throws Exception {
        Path samples = SamplesFolder.find();
        byte[] docx = Files.readAllBytes(samples.resolve("plan_sao_nongbua_2567.docx"));
        AgencySite site = new AgencySite();
        site.file("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8))
            .page("/", "<html><head><meta charset=utf-8><title>อบต.หนองบัวทอง</title></head><body>"
                + "<a href=\"/ita/\">การประเมินคุณธรรมและความโปร่งใส ITA</a> <a href=\"/about/\">เกี่ยวกับเรา</a>"
                + "</body></html>")
            .page("/ita/", "<html><head><meta charset=utf-8><title>ITA</title></head><body>"
                + "<a href=\"/ita/o36.docx\">O36 มาตรการส่งเสริมคุณธรรมและความโปร่งใส</a>"
                + "<a href=\"/copy/o36.docx\">ดาวน์โหลด</a>"
                + "<a href=\"" + REPORT_TXT + "\">O37 รายงานผลการดำเนินการตามมาตรการ</a>"
                + "<a href=\"/ita/plan.html\">มาตรการ (หน้าเว็บ)</a>"
                + "<a href=\"/private/draft.docx\">ร่างมาตรการ</a></body></html>")
            .file("/ita/o36.docx", "application/octet-stream", docx)
            .file("/copy/o36.docx", "application/msword", docx)
            .file(REPORT_TXT, "application/pdf",
                    Files.readAllBytes(samples.resolve("report_municipality_phanom_2568.txt")))
            .file("/ita/plan.html", "text/html", Files.readAllBytes(samples.resolve("report_pao_phatthalung_2568.html")))
            .file("/private/draft.docx", "application/octet-stream", docx);
        return site;
    }

    @Test
    void crawlsTheSiteAndIndexesWhatItPublishes() throws Exception {
        try (AgencySite site = site()) {
            CliRun run = CliRun.of("crawl", site.url("/"), "-w", dir.toString(), "--delay", "50", "--timeout", "2000",
                    "--threads", "1");
            assertEquals(ExitCodes.OK, run.code(), run.out() + run.err());
            assertTrue(run.out().contains("got   application/x-tika-ooxml") || run.out().contains(
                    "got   application/vnd.openxmlformats-officedocument.wordprocessingml.document"), run.out());
            assertTrue(run.out().contains("skip  robots.txt"), run.out());
            assertEquals(0, site.asked("/private/draft.docx"));
            assertEquals(0, site.asked("/about/"));

            Workdir workdir = new Workdir(dir);
            List<Report> reports = workdir.storedReports().reports();
            assertEquals(3, reports.size(), run.out()); // the Word file (under two addresses), the text, the page
            for (Report r : reports) {
                assertTrue(r.source().uri().startsWith(site.url("/")), r.source().uri());
                assertTrue(!r.measures().isEmpty(), r.source().uri());
            }
            try (Registry registry = Registry.open(dir)) {
                Source docx = registry.source(site.url("/ita/o36.docx")).orElseThrow();
                Source copy = registry.source(site.url("/copy/o36.docx")).orElseThrow();
                assertEquals(SourceState.DOCUMENT, copy.state());
                assertEquals(docx.sha256(), copy.sha256());
                Provenance p = workdir.originals().provenance(docx.sha256().orElseThrow()).orElseThrow();
                assertEquals(List.of(site.url("/ita/o36.docx"), site.url("/copy/o36.docx")),
                        p.sources().stream().map(Provenance.Origin::uri).toList());
                assertEquals(Optional.of("text/plain"), registry.source(site.url(REPORT_TXT)).orElseThrow().mediaType());
            }
            assertTrue(run.out().contains("ok    report"), run.out());

            CliRun search = CliRun.of("search", "ร้องเรียน", "-w", dir.toString());
            assertEquals(ExitCodes.OK, search.code(), search.err());

            int requests = site.requests().size();
            CliRun again = CliRun.of("crawl", site.url("/"), "-w", dir.toString(), "--delay", "50");
            assertEquals(ExitCodes.OK, again.code(), again.out() + again.err());
            // nothing pending: the site is not asked anything, and every report is reused
            assertEquals(List.of(), site.requests().subList(requests, site.requests().size()));
            assertTrue(again.out().contains("(3 reused"), again.out());
        }
    }

    @Test
    void runFetchesWebAddressesBesideLocalFiles() throws Exception {
        Path samples = SamplesFolder.find();
        try (AgencySite site = new AgencySite()) {
            site.file("/ita/plan.txt", "application/octet-stream",
                    Files.readAllBytes(samples.resolve("plan_town_paragraphs_2568.txt")));
            CliRun run = CliRun.of("run", site.url("/ita/plan.txt"), site.url("/ita/missing.pdf"),
                    samples.resolve("memo_order_other.txt").toString(), "-w", dir.toString());
            assertEquals(ExitCodes.SOME_FAILED, run.code(), run.out() + run.err());
            assertTrue(run.out().contains("ok    plan") && run.out().contains(site.url("/ita/plan.txt")), run.out());
            assertTrue(run.out().contains("FAIL  fetch: failed: http-status: HTTP 404  " + site.url("/ita/missing.pdf")),
                    run.out());
            assertTrue(run.out().contains("memo_order_other.txt"), run.out());
            String errors = Files.readString(dir.resolve("errors.jsonl"));
            assertTrue(errors.contains(site.url("/ita/missing.pdf")), errors);
        }
    }

    @Test
    void aManifestsValuesGoWithTheAgencysDocuments() throws Exception {
        Path samples = SamplesFolder.find();
        try (AgencySite site = new AgencySite()) {
            site.page("/", "<html><head><meta charset=utf-8><title>อบต.</title></head><body>"
                    + "<a href=\"/ita/o36.txt\">O36 มาตรการ</a></body></html>")
                .file("/ita/o36.txt", "text/plain", Files.readAllBytes(samples.resolve("plan_town_paragraphs_2568.txt")));
            Path csv = dir.resolve("agencies.csv");
            Files.writeString(csv, "agency,url,province,agencyType,fiscalYear\n"
                    + "เทศบาลเมืองตัวอย่าง," + site.url("/") + ",นครนายก,ทม.,2568\n", StandardCharsets.UTF_8);
            Path work = dir.resolve("w");
            CliRun run = CliRun.of("crawl", "--manifest", csv.toString(), "-w", work.toString(), "--delay", "50");
            assertEquals(ExitCodes.OK, run.code(), run.out() + run.err());
            Workdir workdir = new Workdir(work);
            String sha = workdir.originals().list().get(0);
            Provenance.Origin origin = workdir.originals().provenance(sha).orElseThrow().first();
            assertEquals(site.url("/ita/o36.txt"), origin.uri());
            assertEquals(java.util.Map.of("agency", "เทศบาลเมืองตัวอย่าง", "url", site.url("/"), "province", "นครนายก",
                    "agencyType", "ทม.", "fiscalYear", "2568"), origin.hints());

            // the document names its own agency and province: they are kept, and the disagreement is a warning
            org.itaminer.model.report.Report report = workdir.reports()
                    .read(sha, org.itaminer.model.report.ReportJson::read).orElseThrow();
            assertEquals("เทศบาลเมืองบ้านสวน", report.agency().name());
            assertEquals("ชลบุรี", report.agency().province());
            assertEquals("เทศบาลเมืองตัวอย่าง", report.source().manifest().get("agency"));
            assertEquals(2, report.warnings().stream()
                    .filter(w -> w.kind() == org.itaminer.model.Warning.Kind.MANIFEST_DISAGREES).count(),
                    report.warnings().toString());
            Path csvOut = dir.resolve("out.csv");
            CliRun export = CliRun.of("export", "--workdir", work.toString(), "--format", "csv", "--out",
                    csvOut.toString());
            assertEquals(ExitCodes.OK, export.code(), export.out() + export.err());
            String exported = Files.readString(csvOut);
            assertTrue(exported.contains("manifest_agency,manifest_url"), exported.lines().findFirst().orElse(""));
            assertTrue(exported.contains("เทศบาลเมืองตัวอย่าง," + site.url("/")), exported);
        }
    }
}
