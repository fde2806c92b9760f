package org.itaminer.cli;

import org.itaminer.pipeline.SamplesFolder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.itaminer.model.report.AgencyType;
import org.itaminer.model.report.DocumentKind;
import org.itaminer.model.report.Measure;
import org.itaminer.model.report.Report;
import org.itaminer.model.report.ReportJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** export (jsonl, csv, xlsx) through picocli on the repository's {@code samples/*.txt}: content, filters, safety. */
class ExportCommandTest extends SamplesWorkdirFixture {

    private List<CSVRecord> exportCsv(String name, String... filters) throws IOException {
        Path csv = tmp.resolve(name);
        List<String> args = new ArrayList<>(List.of("export", "--format", "csv", "--out", csv.toString(),
                "--workdir", workdir.toString()));
        args.addAll(List.of(filters));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        byte[] bytes = Files.readAllBytes(csv);
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]), "BOM");
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            assertEquals('\uFEFF', in.read());
            return CSVParser.parse(in, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())
                    .getRecords();
        }
    }

    @Test
    void exportCsvReadsBackWithThaiIntact() throws IOException {
        List<CSVRecord> rows = exportCsv("all.csv");
        assertEquals(measures, rows.size());
        // เทศบาลตำบลพนมทวน, ปรับปรุงคู่มือการให้บริการประชาชน: Thai survives the round trip character for character
        assertTrue(rows.stream().anyMatch(x -> x.get("agency_name").equals("เทศบาลตำบลพนมทวน")
                && x.get("measure_title").equals("ปรับปรุงคู่มือการให้บริการประชาชน")), rows.toString());
        for (Report r : expected) {
            for (var m : r.measures()) {
                assertTrue(rows.stream().anyMatch(x -> x.get("report_id").equals(r.id())
                        && x.get("measure_title").equals(m.title())), m.title());
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
        // province with its จังหวัด prefix
        "--province, จังหวัดนครนายก",
        // C.E. 2025 = B.E. 2568
        "--year, 2025",
        "--agency-type, อบจ.",
        "--kind, report",
        "--indicator, o36",
        "--district, พนมทวน"})
    void exportCsvTakesTheSearchFilters(String option, String value) throws IOException {
        List<CSVRecord> rows = exportCsv("filtered.csv", option, value);
        CliRun search = CliRun.of("search", "--json", "--limit", "1000", option, value, "--workdir", workdir.toString());
        assertEquals(totalHits(search), rows.size(), "export and search agree on " + option + " " + value);
        assertTrue(rows.size() > 0 && rows.size() < measures, option + " " + value + ": " + rows.size());
    }

    @Test
    void exportXlsxReadsBackWithThaiIntact() throws IOException {
        Path xlsx = tmp.resolve("r.xlsx");
        CliRun r = CliRun.of("export", "--format", "xlsx", "--out", xlsx.toString(), "--workdir", workdir.toString());
        assertEquals(0, r.code(), r.err());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertEquals(expected.size(), wb.getSheet("Reports").getLastRowNum());
            assertEquals(measures, wb.getSheet("Measures").getLastRowNum());
            assertTrue(column(wb.getSheet("Reports"), "agency_name").contains("องค์การบริหารส่วนจังหวัดสตูล"));
            assertTrue(column(wb.getSheet("Measures"), "measure_title").contains("มาตรการไม่รับของขวัญ (No Gift Policy)"));
        }
    }

    @Test
    void exportXlsxFiltered() throws IOException {
        Path xlsx = tmp.resolve("f.xlsx");
        CliRun r = CliRun.of("export", "--format", "xlsx", "--year", "2025", "--kind", "report", "--out", xlsx.toString(),
                "--workdir", workdir.toString());
        assertEquals(0, r.code(), r.err());
        Predicate<Report> kept = x -> Objects.equals(x.fiscalYear(), 2568) && x.kind() == DocumentKind.REPORT;
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertEquals(reportsWhere(kept), wb.getSheet("Reports").getLastRowNum());
            assertEquals(measuresWhere(kept), wb.getSheet("Measures").getLastRowNum());
            assertTrue(column(wb.getSheet("Reports"), "agency_name").contains("เทศบาลตำบลพนมทวน"));
        }
    }

    private static List<String> column(XSSFSheet sheet, String name) {
        Row header = sheet.getRow(0);
        int col = -1;
        for (int c = 0; c < header.getLastCellNum(); c++) {
            if (header.getCell(c).getStringCellValue().equals(name)) {
                col = c;
            }
        }
        assertTrue(col >= 0, name);
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= sheet.getLastRowNum(); i++) {
            out.add(sheet.getRow(i).getCell(col).getStringCellValue());
        }
        return out;
    }

    private List<Report> exportJsonl(String name, String... filters) throws IOException {
        Path jsonl = tmp.resolve(name);
        List<String> args = new ArrayList<>(List.of("export", "--format", "jsonl", "--out", jsonl.toString(),
                "--workdir", workdir.toString()));
        args.addAll(List.of(filters));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        List<Report> out = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            assertEquals(1, ReportJson.mapper().readTree(line).get("schemaVersion").asInt(), "schema v1");
            out.add(ReportJson.read(line.getBytes(StandardCharsets.UTF_8)));
        }
        return out;
    }

    @Test
    void exportJsonlIsWholeSchemaV1Reports() throws IOException {
        List<Report> all = exportJsonl("all.jsonl");
        assertEquals(expected.size(), all.size());
        for (Report e : expected) {
            Report got = all.stream().filter(x -> x.id().equals(e.id())).findFirst().orElseThrow();
            assertEquals(e.agency(), got.agency());
            assertEquals(e.measures(), got.measures());
        }
    }

    @Test
    void exportJsonlFiltersKeepWholeReports() throws IOException {
        // a metadata filter keeps every report whose own fields match, a memo without measures too
        List<Report> nakhonNayok = exportJsonl("nn.jsonl", "--province", "นครนายก");
        assertEquals(reportsWhere(x -> "นครนายก".equals(x.agency().province())), nakhonNayok.size());
        assertTrue(nakhonNayok.stream().anyMatch(x -> x.kind() == DocumentKind.OTHER && x.measures().isEmpty()));
        // an indicator filter keeps the reports with a measure citing it, whole
        List<Report> o36 = exportJsonl("o36.jsonl", "--indicator", "O36");
        assertEquals(reportsWhere(x -> x.measures().stream().anyMatch(m -> m.indicators().contains("O36"))),
                o36.size());
        Report plan = o36.stream().filter(x -> x.source().fileName().equals("plan_sao_nongbua_2567.txt"))
                .findFirst().orElseThrow();
        assertEquals(4, plan.measures().size(), "the whole report, not only its O36 measure");
        assertEquals(0, exportJsonl("none.jsonl", "--province", "ภูเก็ต").size());
    }

    @Test
    void exportXlsxToATerminalIsRefusedInOneLine() {
        TerminalText.stdoutIsTerminal = () -> true;
        try {
            CliRun r = CliRun.of("export", "--format", "xlsx", "-w", workdir.toString());
            assertEquals(ExitCodes.USAGE, r.code(), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().contains("--out FILE"), r.err());
        } finally {
            TerminalText.stdoutIsTerminal = () -> System.console() != null;
        }
    }

    @Test
    void exportXlsxToAPipeIsWritten() throws IOException {
        java.io.PrintStream stdout = System.out;
        java.io.ByteArrayOutputStream piped = new java.io.ByteArrayOutputStream();
        TerminalText.stdoutIsTerminal = () -> false;
        CliRun r;
        try {
            System.setOut(new java.io.PrintStream(piped, true));
            r = CliRun.of("export", "--format", "xlsx", "--province", "สตูล", "-w", workdir.toString());
        } finally {
            System.setOut(stdout);
            TerminalText.stdoutIsTerminal = () -> System.console() != null;
        }
        assertEquals(0, r.code(), r.err());
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(piped.toByteArray()))) {
            assertTrue(column(wb.getSheet("Reports"), "agency_name").contains("องค์การบริหารส่วนจังหวัดสตูล"));
        }
    }

    @ParameterizedTest
    @CsvSource({"csv, csv", "xlsx, xlsx", "jsonl, jsonl"})
    void exportOutIntoAMissingFolderMakesIt(String format, String extension) throws IOException {
        Path file = tmp.resolve("exports/ปี 2568/" + format + "/measures." + extension);
        CliRun r = CliRun.of("export", "--format", format, "--out", file.toString(), "-w", workdir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.size(file) > 0, file.toString());
    }

    @Test
    void exportOutUnderAFileIsOneLine() throws IOException {
        Path notAFolder = Files.writeString(tmp.resolve("a-file.txt"), "x");
        CliRun r = CliRun.of("export", "--format", "csv", "--out", notAFolder.resolve("m.csv").toString(), "-w",
                workdir.toString());
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("cannot write ") && !r.err().contains("Exception"), r.err());
    }

    /** The folder the samples were read from, as it appears in a file: URI. */
    private String samplesPath() {
        return SamplesFolder.find().toAbsolutePath().normalize().toUri().toString();
    }

    @Test
    void exportsLeaveLocalPathsOutUnlessAsked() throws IOException {
        for (Report r : exportJsonl("no-paths.jsonl")) {
            assertEquals(org.itaminer.index.export.LocalPaths.hidden(r).source(), r.source());
            assertEquals("file:" + java.net.URI.create(r.source().uri()).getSchemeSpecificPart(), r.source().uri());
            assertEquals(r.source().fileName(), java.net.URI.create(r.source().uri()).getSchemeSpecificPart());
        }
        for (CSVRecord row : exportCsv("no-paths.csv")) {
            assertEquals("file:", row.get("uri").substring(0, 5));
            assertTrue(!row.get("uri").contains("/"), row.get("uri"));
        }
        Path xlsx = tmp.resolve("no-paths.xlsx");
        assertEquals(0, CliRun.of("export", "--format", "xlsx", "--out", xlsx.toString(), "-w",
                workdir.toString()).code());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertTrue(column(wb.getSheet("Reports"), "uri").stream().noneMatch(u -> u.contains("/")));
        }
        for (String file : List.of("no-paths.jsonl", "no-paths.csv")) {
            assertTrue(!Files.readString(tmp.resolve(file)).contains(samplesPath()), file);
        }

        List<Report> withPaths = exportJsonl("paths.jsonl", "--with-paths");
        assertEquals(expected.size(), withPaths.size());
        for (Report got : withPaths) {
            assertEquals(SamplesFolder.find().resolve(got.source().fileName()).toAbsolutePath().normalize().toUri()
                    .toString(), got.source().uri());
        }
        assertTrue(exportCsv("paths.csv", "--with-paths").stream().allMatch(x -> x.get("uri").startsWith(
                samplesPath())));
    }

}
