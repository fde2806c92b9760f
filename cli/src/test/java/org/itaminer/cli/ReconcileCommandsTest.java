package org.itaminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.itaminer.model.report.ReportJson;
import org.itaminer.pipeline.SamplesFolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The real CLI on the samples: reconcile (text, csv, json), export --reconciliation and history of อบต.ห้วยยาง. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReconcileCommandsTest {

    Path tmp;
    Path workdir;

    @BeforeAll
    void runTheSamples(@TempDir Path dir) {
        tmp = dir;
        workdir = tmp.resolve("w");
        CliRun r = CliRun.of("run", SamplesFolder.find().toString(), "--workdir", workdir.toString(), "--threads", "1");
        assertEquals(0, r.code(), r.out() + r.err());
    }

    @Test
    void reconcileText() {
        CliRun r = CliRun.of("reconcile", "-w", workdir.toString(), "--agency", "อบต.ห้วยยาง", "--year", "2568");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("องค์การบริหารส่วนตำบลห้วยยาง (กระบี่) 2568: 3 of 4 planned measures reported"),
                r.out());
        assertTrue(r.out().contains("not reported: plan 4 มาตรการประเมินความเสี่ยงการทุจริต"), r.out());
        assertTrue(r.out().contains("not planned:  report 4 เปิดช่องทางรับเรื่องร้องเรียน"), r.out());
        assertTrue(r.out().contains("province กระบี่"), r.out());
    }

    @Test
    void reconcileJsonAndFilters() throws IOException {
        CliRun r = CliRun.of("reconcile", "-w", workdir.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode json = ReportJson.mapper().readTree(r.out());
        assertEquals(1, json.get("reconciliations").size());
        assertEquals(0.75, json.get("reconciliations").get(0).get("shareReported").asDouble(), 1e-9);
        CliRun none = CliRun.of("reconcile", "-w", workdir.toString(), "--province", "นครนายก");
        assertEquals(0, none.code(), none.err());
        assertTrue(none.out().startsWith("no agency has both a plan and a report"), none.out());
    }

    @Test
    void exportReconciliationCsv() throws IOException {
        Path out = tmp.resolve("out/reconcile.csv");
        CliRun r = CliRun.of("export", "-w", workdir.toString(), "--reconciliation", "--format", "csv", "--out",
                out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("\uFEFFagency_name,agency_type,province,fiscal_year,status"), lines.get(0));
        assertEquals(1 + 5, lines.size(), String.join("\n", lines)); // 3 pairs, 1 unreported, 1 unplanned
        assertEquals(3, lines.stream().filter(l -> l.contains(",paired,")).count());
    }

    @Test
    void exportReconciliationXlsxHoldsTheSameRows() throws IOException {
        Path xlsx = tmp.resolve("r.xlsx");
        CliRun r = CliRun.of("export", "-w", workdir.toString(), "--reconciliation", "--format", "xlsx", "--out",
                xlsx.toString());
        assertEquals(0, r.code(), r.err());
        try (org.apache.poi.ss.usermodel.Workbook wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(
                xlsx.toFile())) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.getSheet("Reconciliation");
            assertEquals("agency_name", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(1 + 5, sheet.getPhysicalNumberOfRows()); // 3 pairs, 1 unreported, 1 unplanned
            assertEquals("องค์การบริหารส่วนตำบลห้วยยาง", sheet.getRow(1).getCell(0).getStringCellValue());
        }
    }

    @Test
    void history() {
        CliRun r = CliRun.of("history", "--agency", "ห้วยยาง", "-w", workdir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("ITA score: 2566 81.20 (B) 2567 84.63 (B)"), r.out());
        assertTrue(r.out().contains("2567 → 2568: 2 kept, 1 dropped, 2 new"), r.out());
        assertTrue(r.out().contains("dropped  มาตรการส่งเสริมการใช้ทรัพย์สินของราชการอย่างถูกต้อง"), r.out());
        CliRun unknown = CliRun.of("history", "--agency", "ไม่มีชื่อนี้", "-w", workdir.toString());
        assertEquals(ExitCodes.NOT_FOUND, unknown.code());
    }
}
