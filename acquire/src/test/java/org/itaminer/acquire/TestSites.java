package org.itaminer.acquire;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.itaminer.acquire.fetch.FetchSettings;

/** The agency site the crawl tests share, and settings short enough for a fast suite. */
public final class TestSites {

    public static final Duration POLITENESS = Duration.ofMillis(60);
    // generous: a cold JVM on a loaded 2-core machine took over 400 ms to answer the first request of a test
    public static final Duration READ_TIMEOUT = Duration.ofMillis(1500);
    public static final int MAX_BYTES = 256 * 1024;

    private TestSites() {
    }

    public static FetchSettings fastSettings() {
        return FetchSettings.defaults().withPoliteness(POLITENESS)
                .withTimeouts(Duration.ofMillis(500), READ_TIMEOUT)
                .withMaxBytes(MAX_BYTES)
                .withRetries(3, Duration.ofMillis(50));
    }

    /** A PDF's first bytes and a body: enough for the type to be judged from the bytes. */
    public static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    static String html(String title, String body) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>" + body
                + "</body></html>";
    }

    /**
     * The site of อบต.หนองบัว: a home page, an ITA page (depth 1), the O36 page holding a measures table (depth 2),
     * a document under it (depth 3) and a deeper one (depth 4); robots.txt keeps /private/ out; the faults.
     *
     * @param external the base of another server that must never be asked
     */
    public static AgencySite nongbua(String external) throws IOException {
        AgencySite site = new AgencySite();
        byte[] plan = pdf("plan 2567");
        site.file("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8))
            .page("/", html("องค์การบริหารส่วนตำบลหนองบัว", """
                <a href="/">หน้าแรก</a>
                <a href="/ita/">การประเมินคุณธรรมและความโปร่งใส (ITA)</a>
                <a href="/news/">ข่าวประชาสัมพันธ์</a>
                <a href="/docs/plan-2567.pdf">มาตรการส่งเสริมคุณธรรม ประจำปี ๒๕๖๗</a>
                <a href="%s/ita.pdf">ITA ของสำนักงาน ป.ป.ช.</a>
                <a href="mailto:saraban@nongbua.go.th">ติดต่อ</a>""".formatted(external)))
            .page("/news/", html("ข่าว", "<a href=\"/news/1.pdf\">ข่าว ๑</a>"))
            .page("/ita/", html("ITA 2567", """
                <h1>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน</h1>
                <a href="/ita/o36/">O36 มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน</a>
                <a href="/ita/%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2%E0%B8%99%E0%B8%A1%E0%B8%B2%E0%B8%95%E0%B8%A3%E0%B8%81%E0%B8%B2%E0%B8%A3.pdf">ดาวน์โหลด</a>
                <a href="/private/ita-draft.pdf">ร่างมาตรการ (ภายใน)</a>
                <a href="/redirect/a">แผนป้องกันการทุจริต</a>
                <a href="/loop/x">มาตรการ (ลิงก์วน)</a>
                <a href="/docs/missing.pdf">มาตรการ ๒๕๖๕</a>
                <a href="/flaky/plan.pdf">มาตรการ ๒๕๖๖</a>
                <a href="/slow/plan.pdf">มาตรการ ๒๕๖๔</a>
                <a href="/big/plan.pdf">มาตรการ (ฉบับภาพ)</a>
                <a href="/fake/plan.pdf">มาตรการ (PDF)</a>
                <a href="/copy/plan-2567.pdf">มาตรการส่งเสริมคุณธรรม (สำเนา)</a>"""))
            .page("/ita/o36/", html("มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปี ๒๕๖๗", """
                <table><tr><th>มาตรการ</th><th>ผู้รับผิดชอบ</th></tr>
                <tr><td>มาตรการที่ ๑ การเผยแพร่ข้อมูล</td><td>สำนักปลัด</td></tr>
                <tr><td>มาตรการที่ ๒ ไม่รับของขวัญ</td><td>กองคลัง</td></tr></table>
                <p>ตามที่สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติได้กำหนดการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ องค์การบริหารส่วนตำบลหนองบัวได้วิเคราะห์ผลการประเมินประจำปีงบประมาณ พ.ศ. ๒๕๖๖ และกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน เพื่อแก้ไขประเด็นที่ได้คะแนนต่ำ ให้บุคลากรทุกคนถือปฏิบัติ และรายงานผลการดำเนินการต่อนายกองค์การบริหารส่วนตำบลทุกไตรมาส โดยมีผู้รับผิดชอบและระยะเวลาดำเนินการดังรายละเอียดต่อไปนี้</p>
                <a href="/ita/o36/o36-2567.pdf">O36 ฉบับลงนาม</a>
                <a href="/ita/o36/more/">มาตรการเพิ่มเติม</a>"""))
            .page("/ita/o36/more/", html("มาตรการเพิ่มเติม", "<a href=\"/ita/o36/more/deep.pdf\">มาตรการ</a>"))
            .file("/docs/plan-2567.pdf", "application/pdf", plan)
            .file("/copy/plan-2567.pdf", "application/octet-stream", plan)
            .file("/ita/%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2%E0%B8%99%E0%B8%A1%E0%B8%B2%E0%B8%95%E0%B8%A3%E0%B8%81%E0%B8%B2%E0%B8%A3.pdf",
                    "application/pdf", pdf("report 2567"))
            .file("/private/ita-draft.pdf", "application/pdf", pdf("draft"))
            .file("/ita/o36/o36-2567.pdf", "application/pdf", pdf("o36"))
            .file("/ita/o36/more/deep.pdf", "application/pdf", pdf("deep"))
            .file("/news/1.pdf", "application/pdf", pdf("news"))
            .redirect("/redirect/a", "/redirect/b")
            .redirect("/redirect/b", "/redirect/c")
            .redirect("/redirect/c", "/docs/anti-corruption.pdf")
            .file("/docs/anti-corruption.pdf", "application/pdf", pdf("anti-corruption"))
            .redirect("/loop/x", "/loop/y")
            .redirect("/loop/y", "/loop/x")
            .on("/flaky/plan.pdf", (ex, n) -> {
                if (n == 1) {
                    AgencySite.send(ex, 500, "text/html", "<html>error</html>".getBytes(StandardCharsets.UTF_8));
                } else {
                    AgencySite.send(ex, 200, "application/pdf", pdf("flaky"));
                }
            })
            .on("/slow/plan.pdf", (ex, n) -> {
                sleep(READ_TIMEOUT.toMillis() * 3);
                AgencySite.send(ex, 200, "application/pdf", pdf("slow"));
            })
            .on("/big/plan.pdf", (ex, n) -> {
                ex.getResponseHeaders().add("Content-Type", "application/pdf");
                ex.sendResponseHeaders(200, 0); // chunked: no length to refuse it by; the limit holds while reading
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(pdf("big"));
                    byte[] block = new byte[16 * 1024];
                    for (int i = 0; i < (MAX_BYTES / block.length) * 4; i++) {
                        out.write(block);
                    }
                }
            })
            .file("/fake/plan.pdf", "application/pdf",
                    html("ขออภัย", "<p>ไฟล์นี้ย้ายแล้ว</p>").getBytes(StandardCharsets.UTF_8));
        return site;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
