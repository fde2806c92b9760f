package org.itaminer.cli;

import org.itaminer.pipeline.SamplesFolder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.itaminer.model.report.Measure;
import org.itaminer.model.report.Report;
import org.itaminer.model.report.ReportJson;
import org.itaminer.index.theme.Theme;
import org.itaminer.index.theme.ThemeClassifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real CLI on the repository's {@code samples/*.txt}: run, then compare and similar. Expected values are worked
 * out from the samples' hand-checked {@code *.expected.json} with the same theme rules, so adding a sample does not
 * break these tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompareAndSimilarCommandsTest {

    Path tmp;
    Path workdir;
    List<Report> expected;

    @BeforeAll
    void runTheSamples(@TempDir Path dir) throws IOException {
        tmp = dir;
        expected = new java.util.ArrayList<>();
        for (Path doc : SamplesFolder.documents()) {
            String name = doc.getFileName().toString();
            Path json = doc.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected.json");
            JsonNode tree = ReportJson.mapper().readTree(json.toFile());
            // the expected reports leave the uri to the run that reads them
            ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("source")).put("uri", doc.toUri().toString());
            expected.add(ReportJson.read(ReportJson.mapper().writeValueAsBytes(tree)));
        }
        workdir = tmp.resolve("w");
        CliRun r = CliRun.of("run", SamplesFolder.find().toString(), "--workdir", workdir.toString(), "--threads", "1");
        assertEquals(0, r.code(), r.out() + r.err());
    }

    private static String rowKey(String agency, String province, Object year) {
        return agency + "|" + province + "|" + year;
    }

    /** Per agency and year, per theme id: the most measures with it in one document (none: absent). */
    private Map<String, Map<String, Integer>> expectedCells(String province) {
        Map<String, Map<String, Integer>> out = new HashMap<>();
        for (Report r : expected) {
            if (r.measures().isEmpty() || (province != null && !province.equals(r.agency().province()))) {
                continue;
            }
            Map<Theme, Integer> doc = new EnumMap<>(Theme.class);
            for (Measure m : r.measures()) {
                ThemeClassifier.standard().classify(m).forEach(t -> doc.merge(t, 1, Integer::sum));
            }
            Map<String, Integer> row = out.computeIfAbsent(rowKey(r.agency().name(), r.agency().province(),
                    r.fiscalYear()), k -> new HashMap<>());
            doc.forEach((t, n) -> row.merge(t.id(), n, Math::max));
        }
        return out;
    }

    private static Map<String, Map<String, Integer>> cells(JsonNode json) {
        Map<String, Map<String, Integer>> out = new HashMap<>();
        for (JsonNode row : json.get("rows")) {
            Map<String, Integer> counts = new HashMap<>();
            row.get("themes").fields().forEachRemaining(e -> {
                if (e.getValue().asInt() > 0) {
                    counts.put(e.getKey(), e.getValue().asInt());
                }
            });
            out.put(rowKey(row.get("agency").asText(), row.get("province").asText(),
                    row.get("fiscalYear").isNull() ? null : row.get("fiscalYear").asInt()), counts);
        }
        return out;
    }

    @Test
    void compareJsonAgreesWithTheSamples() throws IOException {
        CliRun r = CliRun.of("compare", "--format", "json", "--workdir", workdir.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode json = ReportJson.mapper().readTree(r.out());
        assertEquals(Theme.values().length, json.get("themes").size());
        assertEquals(expectedCells(null), cells(json));
        // a sample known to be there for good: the Nong Bua Thong plan has a No Gift measure
        assertEquals(1, cells(json).get(rowKey("องค์การบริหารส่วนตำบลหนองบัวทอง", "นครนายก", 2567)).get("no_gift"));
    }

    @Test
    void compareFiltersAsSearchDoes() throws IOException {
        CliRun r = CliRun.of("compare", "--province", "จังหวัดนครนายก", "--format", "json", "--workdir", workdir.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode json = ReportJson.mapper().readTree(r.out());
        assertEquals(expectedCells("นครนายก"), cells(json));
        assertEquals("นครนายก", json.get("filters").get("province").asText());
        CliRun year = CliRun.of("compare", "--year", "๒๕๖๗", "--agency-type", "อบต.", "--kind", "plan", "--format", "json",
                "--workdir", workdir.toString());
        JsonNode rows = ReportJson.mapper().readTree(year.out()).get("rows");
        assertTrue(rows.size() > 0);
        for (JsonNode row : rows) {
            assertEquals(2567, row.get("fiscalYear").asInt());
            assertEquals("sao", row.get("agencyType").asText());
            assertEquals("plan", row.get("kinds").get(0).asText());
        }
        CliRun none = CliRun.of("compare", "--province", "ภูเก็ต", "--workdir", workdir.toString());
        assertEquals(0, none.code());
        assertEquals("no measures match the filters", none.out().strip());
    }

    @Test
    void compareTableIsAlignedForThai() {
        CliRun r = CliRun.of("compare", "--workdir", workdir.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("หน่วยงาน"), r.out());
        assertTrue(lines.get(0).contains("ร้องเรียน") && lines.get(0).contains("ทับซ้อน"), r.out());
        assertTrue(r.out().contains("no_gift"), "legend: " + r.out());
        int rows = expectedCells(null).size();
        // header, rule, the rows, rule, covering line: the same display width, so the columns line up
        int width = DisplayWidth.of(lines.get(0));
        for (int i = 0; i < rows + 4; i++) {
            assertEquals(width, DisplayWidth.of(lines.get(i)), "line " + i + ":\n" + r.out());
        }
        // and the theme columns start at the same column on every row (counted by display width)
        int column = DisplayWidth.of(lines.get(0).substring(0, lines.get(0).indexOf("ร้องเรียน")));
        assertTrue(lines.stream().skip(2).limit(rows).allMatch(l -> l.length() > column), r.out());
        assertTrue(lines.get(rows + 3).contains("/" + rows), r.out());
    }

    @Test
    void compareCsvToAFile() throws IOException {
        Path csv = tmp.resolve("compare.csv");
        CliRun r = CliRun.of("compare", "--format", "csv", "--out", csv.toString(), "--workdir", workdir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("written to " + csv), r.out());
        byte[] bytes = Files.readAllBytes(csv);
        assertEquals((byte) 0xEF, bytes[0]);
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            assertEquals('\uFEFF', in.read());
            List<CSVRecord> rows = CSVParser.parse(in, CSVFormat.RFC4180.builder().setHeader()
                    .setSkipHeaderRecord(true).get()).getRecords();
            Map<String, Map<String, Integer>> cells = new HashMap<>();
            for (CSVRecord row : rows) {
                Map<String, Integer> counts = new HashMap<>();
                for (Theme t : Theme.values()) {
                    int n = Integer.parseInt(row.get(t.id()));
                    if (n > 0) {
                        counts.put(t.id(), n);
                    }
                }
                cells.put(rowKey(row.get("agency_name"), row.get("province"),
                        row.get("fiscal_year").isEmpty() ? null : Integer.valueOf(row.get("fiscal_year"))), counts);
            }
            assertEquals(expectedCells(null), cells);
        }
    }

    private static final Pattern HIT = Pattern.compile("\\[([0-9a-f]{12}#[0-9]+)  ");

    /** The id search prints for the first hit of {@code query}. */
    /** The id of the first hit of a search, with these filters. */
    private String idOf(String query, String... filters) {
        List<String> args = new ArrayList<>(List.of("search", query, "--limit", "1", "--workdir", workdir.toString()));
        args.addAll(List.of(filters));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        Matcher m = HIT.matcher(r.out());
        assertTrue(m.find(), "search prints the id: " + r.out());
        return m.group(1);
    }

    @Test
    void similarTakesTheIdSearchPrints() throws IOException {
        String id = idOf("ช่องทางแจ้งเรื่องร้องเรียน");
        CliRun r = CliRun.of("similar", id, "--json", "--workdir", workdir.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode json = ReportJson.mapper().readTree(r.out());
        JsonNode measure = json.get("measure");
        assertEquals(id, measure.get("id").asText());
        assertTrue(json.get("hits").size() > 0, r.out());
        for (JsonNode hit : json.get("hits")) {
            assertFalse(hit.get("id").asText().equals(id), "never the measure itself");
            assertFalse(hit.get("agency").asText().equals(measure.get("agency").asText())
                    && hit.get("province").asText().equals(measure.get("province").asText()), "another agency");
        }
        // a complaints measure of another agency exists in the samples: it comes first
        Set<String> first = new HashSet<>();
        json.get("hits").get(0).get("themes").forEach(t -> first.add(t.asText()));
        assertTrue(first.contains("complaints"), r.out());
    }

    @Test
    void similarText() {
        String id = idOf("No Gift Policy", "--province", "นครนายก");
        CliRun r = CliRun.of("similar", id, "--limit", "3", "--workdir", workdir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("measures like " + id + "  องค์การบริหารส่วนตำบลหนองบัวทอง"), r.out());
        assertTrue(r.out().contains("themes: no_gift"), r.out());
        assertTrue(r.out().contains("  1. "), r.out());
    }

    @Test
    void unknownAndMalformedIds() {
        CliRun unknown = CliRun.of("similar", "0123456789ab#1", "--workdir", workdir.toString());
        assertEquals(ExitCodes.NOT_FOUND, unknown.code());
        assertTrue(unknown.err().contains("'0123456789ab#1'"), unknown.err());
        CliRun malformed = CliRun.of("similar", "plan_sao#1", "--workdir", workdir.toString());
        assertEquals(ExitCodes.USAGE, malformed.code());
        assertTrue(malformed.err().contains("'plan_sao#1'"), malformed.err());
        assertEquals(ExitCodes.USAGE, CliRun.of("similar", "0123456789ab#1", "--limit", "0", "--workdir",
                workdir.toString()).code());
        assertEquals(ExitCodes.USAGE, CliRun.of("similar", "0123456789ab#1", "--workdir",
                tmp.resolve("nowhere").toString()).code());
    }

    @Test
    void searchJsonHasIdsAndThemes() throws IOException {
        CliRun r = CliRun.of("search", "No Gift Policy", "--json", "--workdir", workdir.toString());
        JsonNode hit = ReportJson.mapper().readTree(r.out()).get("hits").get(0);
        assertTrue(hit.get("id").asText().matches("[0-9a-f]{12}#[0-9]+"), r.out());
        assertEquals("no_gift", hit.get("themes").get(0).asText());
        assertTrue(ReportJson.mapper().readTree(r.out()).get("facets").has("theme"), r.out());
    }

    @Test
    void compareOutIntoAMissingFolderMakesIt() throws IOException {
        Path csv = tmp.resolve("รายงาน/2568/compare.csv");
        CliRun r = CliRun.of("compare", "--format", "csv", "--out", csv.toString(), "--workdir", workdir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(csv).contains("agency_name"));
        Path underAFile = Files.writeString(tmp.resolve("plain.txt"), "x").resolve("compare.csv");
        CliRun refused = CliRun.of("compare", "--out", underAFile.toString(), "--workdir", workdir.toString());
        assertEquals(ExitCodes.USAGE, refused.code());
        assertEquals(1, refused.err().strip().lines().count(), refused.err());
        assertTrue(refused.err().startsWith("cannot write ") && !refused.err().contains("Exception"), refused.err());
    }

    @Test
    void helpListsTheCommandsAndExitCodeFour() {
        CliRun r = CliRun.of("--help");
        assertTrue(r.out().contains("compare") && r.out().contains("similar"), r.out());
        assertTrue(CliRun.of("similar", "--help").out().contains("4  not found"));
    }
}
