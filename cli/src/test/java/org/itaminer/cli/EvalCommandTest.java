package org.itaminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code itaminer eval}: documents with expected reports, scored per class. */
class EvalCommandTest {

    private static final String PLAN = String.join("\n",
            "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568",
            "องค์การบริหารส่วนตำบลนาดี อำเภอเมืองยโสธร จังหวัดยโสธร",
            "",
            "มาตรการ\tวิธีการดำเนินการ\tระยะเวลา\tผู้รับผิดชอบ",
            "1. เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง\tจัดทำแผนการจัดซื้อจัดจ้าง\tไตรมาสที่ 1\tกองคลัง",
            "2. ประกาศนโยบายไม่รับของขวัญ\tผู้บริหารลงนามประกาศ\tตลอดปีงบประมาณ\tสำนักปลัด", "");

    /** The expected report: measure 2's responsible unit is written wrong on purpose (one FN + one FP). */
    private static String expected(String secondResponsible) {
        return """
            {"title": "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568 องค์การบริหารส่วนตำบลนาดี อำเภอเมืองยโสธร จังหวัดยโสธร",
             "kind": "plan", "fiscalYear": 2568, "classes": ["layout=table"],
             "agency": {"name": "องค์การบริหารส่วนตำบลนาดี", "type": "sao", "district": "เมืองยโสธร", "province": "ยโสธร"},
             "measures": [
              {"number": "1", "title": "เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง", "steps": ["จัดทำแผนการจัดซื้อจัดจ้าง"],
               "responsible": "กองคลัง", "period": {"text": "ไตรมาสที่ 1", "start": "2024-10-01", "end": "2024-12-31"}},
              {"number": "2", "title": "ประกาศนโยบายไม่รับของขวัญ", "steps": ["ผู้บริหารลงนามประกาศ"],
               "responsible": "%s", "period": {"text": "ตลอดปีงบประมาณ", "start": "2024-10-01", "end": "2025-09-30"}}]}
            """.formatted(secondResponsible);
    }

    @Test
    void printsFieldF1PerClassAndAll(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("plan.txt"), PLAN, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("plan.expected.json"), expected("สำนักปลัด"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("wrong.txt"), PLAN, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("wrong.expected.json"), expected("กองช่าง"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("alone.txt"), PLAN, StandardCharsets.UTF_8); // no expected report: not scored

        CliRun run = CliRun.of("eval", dir.toString(), "--json", "-w", dir.resolve("w").toString());
        assertEquals(0, run.code(), run.err());
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals(2, root.get("documents").size());
        JsonNode all = root.get("classes").get("all");
        assertEquals(2, all.get("documents").asInt());
        assertEquals(1.0, all.get("measures").get("f1").asDouble(), 1e-9);
        // the right document scores every field; the wrong one misses one responsible unit
        JsonNode responsible = all.get("fields").get("measures.responsible");
        assertEquals(3, responsible.get("tp").asInt());
        assertEquals(1, responsible.get("fp").asInt());
        assertEquals(1, responsible.get("fn").asInt());
        assertEquals(2, root.get("classes").get("layout=table").get("documents").asInt());
        assertEquals(1.0, root.get("documents").get(0).get("fieldF1").asDouble(), 1e-9, "plan.txt is all right");
    }

    /** The same plan published as a web page, beside its text form and one expected report for both. */
    private static final String PAGE = """
            <html><head><meta charset="utf-8"></head><body>
            <h1>มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568<br>
            องค์การบริหารส่วนตำบลนาดี อำเภอเมืองยโสธร จังหวัดยโสธร</h1>
            <table border="1"><tr><th>มาตรการ</th><th>วิธีการดำเนินการ</th><th>ระยะเวลา</th><th>ผู้รับผิดชอบ</th></tr>
            <tr><td>1. เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง</td><td>จัดทำแผนการจัดซื้อจัดจ้าง</td><td>ไตรมาสที่ 1</td><td>กองคลัง</td></tr>
            <tr><td>2. ประกาศนโยบายไม่รับของขวัญ</td><td>ผู้บริหารลงนามประกาศ</td><td>ตลอดปีงบประมาณ</td><td>สำนักปลัด</td></tr>
            </table></body></html>
            """;

    @Test
    void scoresOneFormWithItsOwnClasses(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("plan.txt"), PLAN, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("plan.html"), PAGE, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("plan.expected.json"), expected("สำนักปลัด")
                .replaceFirst("\"classes\"", "\"formClasses\": {\"html\": [\"html=bare\"]}, \"classes\""),
                StandardCharsets.UTF_8);

        CliRun run = CliRun.of("eval", dir.toString(), "--form", "html", "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals(1, root.get("documents").size());
        assertEquals("plan.html", root.get("documents").get(0).get("document").asText());
        assertEquals(1, root.get("classes").get("html=bare").get("documents").asInt());
        assertEquals(1, root.get("classes").get("layout=table").get("documents").asInt());
        assertEquals(1.0, root.get("documents").get(0).get("fieldF1").asDouble(), 1e-9, "the page reads as its text");

        JsonNode both = new ObjectMapper().readTree(CliRun.of("eval", dir.toString(), "--json").out());
        assertEquals(2, both.get("documents").size());
        assertEquals(1, both.get("classes").get("html=bare").get("documents").asInt(), "only the page has its class");
    }

    @Test
    void scoresTheBundledSamplesAtOne() throws Exception {
        Path samples = Path.of("..", "samples");
        CliRun run = CliRun.of("eval", samples.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("overall field F1 = 1.0000 (measures P=1.0000 R=1.0000 F1=1.0000)"), run.out());
    }

    @Test
    void aFolderWithoutExpectedReportsIsAUsageError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("plan.txt"), PLAN, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("eval", dir.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("no document in"), run.err());
    }
}
