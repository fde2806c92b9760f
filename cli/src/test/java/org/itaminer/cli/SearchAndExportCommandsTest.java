package org.itaminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.itaminer.extract.report.ReportJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** run → search / reindex / export on two public seed documents (test resources), through picocli. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchAndExportCommandsTest {

    /** 004: เทศบาลตำบลโคกสูงสัมพันธ์, ขอนแก่น, 7 measures; 001: อบต.โคกไม้ลาย, ปราจีนบุรี, 4 measures. */
    static final List<String> SEEDS = List.of("004_6eebd7a125b8eb54.txt", "001_1da6fb17b2e978c0.txt");
    static final int MEASURES = 11;

    Path tmp;

    Path workdir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new ItaminerCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    void runTheSeeds(@TempDir Path dir) throws IOException {
        tmp = dir;
        Path inputs = Files.createDirectories(tmp.resolve("in"));
        for (String seed : SEEDS) {
            try (InputStream in = getClass().getResourceAsStream("seeds/" + seed)) {
                Files.copy(in, inputs.resolve(seed));
            }
        }
        workdir = tmp.resolve("w");
        Run r = run("run", inputs.toString(), "--workdir", workdir.toString(), "--threads", "1");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains(MEASURES + " measures indexed"), r.out());
    }

    @Test
    void searchPrintsRankedHitsAndFacets() {
        Run r = run("search", "No Gift Policy", "--workdir", workdir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("1 measures match \"No Gift Policy\""), r.out());
        assertTrue(r.out().contains("  1. "), r.out());
        assertTrue(r.out().contains("เทศบาลตำบลโคกสูงสัมพันธ์  2568"), r.out());
        assertTrue(r.out().contains("นโยบายไม่รับของขวัญหรือของกำนัลจากการปฏิบัติหน้าที่ (No Gift Policy)"), r.out());
        assertTrue(r.out().contains("«"), "highlighted snippet: " + r.out());
        assertTrue(r.out().contains("province:   ขอนแก่น 1"), r.out());
    }

    @Test
    void searchJsonHasHitsAndFacets() throws IOException {
        Run r = run("search", "", "--json", "--limit", "3", "--workdir", workdir.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode json = ReportJson.mapper().readTree(r.out());
        assertEquals(MEASURES, json.get("totalHits").asInt());
        assertEquals(3, json.get("hits").size());
        assertTrue(json.get("hits").get(0).hasNonNull("title"));
        assertTrue(json.get("hits").get(0).hasNonNull("agency"));
        assertEquals(7, json.get("facets").get("province").get("ขอนแก่น").asInt());
        assertEquals(4, json.get("facets").get("province").get("ปราจีนบุรี").asInt());
        assertEquals(7, json.get("facets").get("agencyType").get("subdistrict_municipality").asInt());
        assertEquals(4, json.get("facets").get("fiscalYear").get("2566").asInt());
    }

    @Test
    void searchFilters() throws IOException {
        Run r = run("search", "--province", "จังหวัดปราจีนบุรี", "--year", "2023", "--agency-type", "sao",
                "--kind", "report", "--json", "--workdir", workdir.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(4, ReportJson.mapper().readTree(r.out()).get("totalHits").asInt());
        Run thaiDigits = run("search", "ทต.", "--year", "๒๕๖๘", "--json", "--workdir", workdir.toString());
        assertEquals(0, thaiDigits.code(), thaiDigits.err());
        assertEquals(7, ReportJson.mapper().readTree(thaiDigits.out()).get("totalHits").asInt());
        Run abbreviated = run("search", "--agency-type", "ทต.", "--json", "--workdir", workdir.toString());
        assertEquals(7, ReportJson.mapper().readTree(abbreviated.out()).get("totalHits").asInt());
        Run none = run("search", "--district", "ชุมแพ", "--kind", "plan", "--json", "--workdir", workdir.toString());
        assertEquals(0, ReportJson.mapper().readTree(none.out()).get("totalHits").asInt());
    }

    @Test
    void badAgencyTypeAndMissingIndexAreUsageErrors() {
        assertEquals(2, run("search", "x", "--agency-type", "castle", "--workdir", workdir.toString()).code());
        Run missing = run("search", "x", "--workdir", tmp.resolve("nowhere").toString());
        assertEquals(2, missing.code());
    }

    @Test
    void reindexRebuildsWithoutDuplicates() throws IOException {
        for (int i = 0; i < 2; i++) {
            Run r = run("reindex", "--workdir", workdir.toString());
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().startsWith("2 reports, " + MEASURES + " measures indexed"), r.out());
        }
        Run all = run("search", "--json", "--workdir", workdir.toString());
        assertEquals(MEASURES, ReportJson.mapper().readTree(all.out()).get("totalHits").asInt());
    }

    @Test
    void exportCsvReadsBackWithThaiIntact() throws IOException {
        Path csv = tmp.resolve("m.csv");
        Run r = run("export", "--format", "csv", "--out", csv.toString(), "--workdir", workdir.toString());
        assertEquals(0, r.code(), r.err());
        byte[] bytes = Files.readAllBytes(csv);
        assertEquals((byte) 0xEF, bytes[0]);
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            assertEquals('\uFEFF', in.read());
            List<CSVRecord> rows = CSVParser.parse(in, CSVFormat.RFC4180.builder().setHeader()
                    .setSkipHeaderRecord(true).get()).getRecords();
            assertEquals(MEASURES, rows.size());
            assertTrue(rows.stream().anyMatch(x -> x.get("agency_name").equals("เทศบาลตำบลโคกสูงสัมพันธ์")
                    && x.get("measure_title").contains("ไม่รับของขวัญ")));
        }
    }

    @Test
    void exportXlsxReadsBackWithThaiIntact() throws IOException {
        Path xlsx = tmp.resolve("r.xlsx");
        Run r = run("export", "--format", "xlsx", "--out", xlsx.toString(), "--workdir", workdir.toString());
        assertEquals(0, r.code(), r.err());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertEquals(2, wb.getSheet("Reports").getLastRowNum());
            assertEquals(MEASURES, wb.getSheet("Measures").getLastRowNum());
            boolean thai = false;
            for (var row : wb.getSheet("Reports")) {
                thai |= row.getCell(5).getStringCellValue().equals("องค์การบริหารส่วนตำบลโคกไม้ลาย");
            }
            assertTrue(thai);
        }
    }

    @Test
    void rootHelpListsTheNewCommands() {
        Run r = run("--help");
        assertTrue(r.out().contains("search"), r.out());
        assertTrue(r.out().contains("reindex"), r.out());
    }
}
