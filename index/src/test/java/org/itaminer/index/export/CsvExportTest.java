package org.itaminer.index.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.itaminer.model.report.Measure;
import org.itaminer.model.report.Report;
import org.junit.jupiter.api.Test;
import org.itaminer.index.SampleReports;

class CsvExportTest {

    @Test
    void oneRowPerMeasureReadBackIntactWithBom() throws IOException {
        List<Report> reports = SampleReports.all();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvExport.write(reports, bytes);
        byte[] b = bytes.toByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(b[0], b[1], b[2]), "UTF-8 BOM");
        String text = new String(b, 3, b.length - 3, StandardCharsets.UTF_8);

        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            assertEquals(MeasureTable.measureHeader(), parser.getHeaderNames());
            List<CSVRecord> rows = parser.getRecords();
            assertEquals(SampleReports.measureCount(), rows.size());
            int i = 0;
            for (Report r : reports) {
                for (Measure m : r.measures()) {
                    CSVRecord row = rows.get(i++);
                    assertEquals(r.id(), row.get("report_id"));
                    assertEquals(CsvCells.text(r.agency().name()), row.get("agency_name"));
                    assertEquals(CsvCells.text(m.title()), row.get("measure_title"));
                    assertEquals(Integer.toString(m.seq()), row.get("seq"));
                    // text a spreadsheet would take for a formula (a "- " bullet first) has OWASP's quote before it
                    assertEquals(m.steps() == null ? "" : CsvCells.text(String.join("\n", m.steps())),
                            row.get("steps"));
                    assertEquals(m.result() == null ? "" : CsvCells.text(m.result()), row.get("result"));
                }
            }
            // มาตรการไม่รับของขวัญ (No Gift Policy): Thai with Latin in parentheses survives
            assertTrue(rows.stream().anyMatch(r -> r.get("measure_title")
                    .equals("มาตรการไม่รับของขวัญ (No Gift Policy)")));
            // report_municipality_phanom_2568 lists two bulleted steps in one cell: they come back one per line,
            // bullets off (a cell that begins with "- " is quoted: CsvCellsTest)
            assertTrue(rows.stream().anyMatch(r -> r.get("steps")
                    .equals("ทบทวนขั้นตอนและระยะเวลาการให้บริการ\nติดประกาศแผนผังขั้นตอนการให้บริการ ณ จุดบริการ")));
            // a multi-line cell (steps, one per line) comes back whole
            assertTrue(rows.stream().anyMatch(r -> r.get("steps").contains("\n")));
        }
    }

    @Test
    void manifestAgencyAndUrlBesideTheDocumentsOwn() throws IOException {
        Report plain = SampleReports.all().stream().filter(r -> !r.measures().isEmpty()).findFirst().orElseThrow();
        Report crawled = plain.withSource(plain.source().withManifest(
                java.util.Map.of("agency", "อบต.บ้านโคก", "url", "https://bankhok.go.th/"),
                List.of("agency.province")));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvExport.write(List.of(crawled, plain), bytes);
        String text = new String(bytes.toByteArray(), StandardCharsets.UTF_8).substring(1);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<CSVRecord> rows = parser.getRecords();
            CSVRecord first = rows.get(0);
            assertEquals("อบต.บ้านโคก", first.get("manifest_agency"));
            assertEquals("https://bankhok.go.th/", first.get("manifest_url"));
            assertEquals("agency.province", first.get("from_manifest"));
            CSVRecord last = rows.get(rows.size() - 1); // a document from a folder: no manifest
            assertEquals("", last.get("manifest_agency"));
            assertEquals("", last.get("manifest_url"));
        }
    }

    @Test
    void emptyDatasetIsHeaderOnly() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvExport.write(List.of(), bytes);
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(CsvExport.BOM + String.join(",", MeasureTable.measureHeader()) + "\r\n", text);
    }
}
