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

/**
 * search and reindex through picocli on the repository's {@code samples/*.txt}; the few named values come from
 * samples that are there for good.
 */
class SearchCommandsTest extends SamplesWorkdirFixture {

    @Test
    void searchPrintsRankedHitsAndFacets() {
        // the measures titled … (No Gift Policy), in every form of their documents (text, DOCX, HTML)
        int noGift = measuresWhere(x -> true, m -> m.title().contains("(No Gift Policy)"));
        int nakhonNayok = measuresWhere(x -> "นครนายก".equals(x.agency().province()),
                m -> m.title().contains("(No Gift Policy)"));
        int krabi = measuresWhere(x -> "กระบี่".equals(x.agency().province()),
                m -> m.title().contains("(No Gift Policy)"));
        assertTrue(noGift > nakhonNayok + krabi && nakhonNayok > 0 && krabi > 0);
        CliRun r = CliRun.of("search", "No Gift Policy", "--limit", "20", "--workdir", workdir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith(noGift + " measures match \"No Gift Policy\""), r.out());
        assertTrue(r.out().contains("  1. "), r.out());
        assertTrue(r.out().contains("องค์การบริหารส่วนตำบลหนองบัวทอง  2567"), r.out());
        assertTrue(r.out().contains("มาตรการไม่รับของขวัญ (No Gift Policy)"), r.out());
        assertTrue(r.out().contains("«"), "highlighted snippet: " + r.out());
        String provinces = r.out().lines().filter(l -> l.startsWith("province:")).findFirst().orElseThrow();
        assertTrue(provinces.contains("นครนายก " + nakhonNayok), provinces);
        assertTrue(provinces.contains("กระบี่ " + krabi), provinces);
        assertTrue(provinces.contains("สุราษฎร์ธานี " + (noGift - nakhonNayok - krabi)), provinces);
    }

    @Test
    void searchJsonHasHitsAndFacets() throws IOException {
        CliRun r = CliRun.of("search", "", "--json", "--limit", "3", "--workdir", workdir.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode json = ReportJson.mapper().readTree(r.out());
        assertEquals(measures, json.get("totalHits").asInt());
        assertEquals(3, json.get("hits").size());
        assertTrue(json.get("hits").get(0).hasNonNull("title"));
        assertTrue(json.get("hits").get(0).hasNonNull("agency"));
        JsonNode facets = json.get("facets");
        for (String province : List.of("นครนายก", "กาญจนบุรี", "สตูล")) {
            assertEquals(measuresWhere(x -> province.equals(x.agency().province())),
                    facets.get("province").get(province).asInt(), province);
        }
        assertEquals(measuresWhere(x -> x.agency().type() == AgencyType.SUBDISTRICT_MUNICIPALITY),
                facets.get("agencyType").get("subdistrict_municipality").asInt());
        assertEquals(measuresWhere(x -> Objects.equals(x.fiscalYear(), 2568)),
                facets.get("fiscalYear").get("2568").asInt());
    }

    @Test
    void searchFilters() throws IOException {
        int saoPlans2567 = measuresWhere(x -> "นครนายก".equals(x.agency().province())
                && x.agency().type() == AgencyType.SAO && x.kind() == DocumentKind.PLAN
                && Objects.equals(x.fiscalYear(), 2567));
        assertTrue(saoPlans2567 > 0);
        assertEquals(saoPlans2567, totalHits(CliRun.of("search", "--province", "จังหวัดนครนายก", "--year", "2024",
                "--agency-type", "sao", "--kind", "plan", "--json", "--workdir", workdir.toString())));
        int subdistrict2568 = measuresWhere(x -> x.agency().type() == AgencyType.SUBDISTRICT_MUNICIPALITY
                && Objects.equals(x.fiscalYear(), 2568));
        // ทต. (เทศบาลตำบล) in the query, the year in Thai digits
        assertEquals(subdistrict2568, totalHits(CliRun.of("search", "ทต.", "--year", "๒๕๖๘", "--json",
                "--workdir", workdir.toString())));
        assertEquals(measuresWhere(x -> x.agency().type() == AgencyType.SUBDISTRICT_MUNICIPALITY),
                totalHits(CliRun.of("search", "--agency-type", "ทต.", "--json", "--workdir", workdir.toString())));
        assertEquals(0, totalHits(CliRun.of("search", "--district", "พนมทวน", "--kind", "plan", "--json",
                "--workdir", workdir.toString())));
        int o36 = (int) expected.stream().flatMap(x -> x.measures().stream())
                .filter(m -> m.indicators().contains("O36")).count();
        assertTrue(o36 > 0);
        assertEquals(o36, totalHits(CliRun.of("search", "--indicator", "o36", "--json", "--workdir", workdir.toString())));
    }

    @Test
    void aThemeNarrowsToTheMeasuresItsFacetCounts() throws IOException {
        CliRun all = CliRun.of("search", "--json", "--limit", "1", "--workdir", workdir.toString());
        var facets = ReportJson.mapper().readTree(all.out()).get("facets");
        int noGift = facets.get("theme").get("no_gift").asInt();
        assertTrue(noGift > 0 && noGift < totalHits(all), "the samples hold No Gift measures and others");
        assertEquals(noGift, totalHits(CliRun.of("search", "--theme", "no_gift", "--json", "--workdir",
                workdir.toString())));
        CliRun unknown = CliRun.of("search", "--theme", "castle", "--workdir", workdir.toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("no_gift"), "the known themes are named: " + unknown.err());
    }

    @Test
    void badAgencyTypeAndMissingIndexAreUsageErrors() {
        assertEquals(2, CliRun.of("search", "x", "--agency-type", "castle", "--workdir", workdir.toString()).code());
        assertEquals(2, CliRun.of("export", "--agency-type", "castle", "--workdir", workdir.toString()).code());
        CliRun missing = CliRun.of("search", "x", "--workdir", tmp.resolve("nowhere").toString());
        assertEquals(2, missing.code());
    }

    @Test
    void reindexRebuildsWithoutDuplicates() throws IOException {
        for (int i = 0; i < 2; i++) {
            CliRun r = CliRun.of("reindex", "--workdir", workdir.toString());
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().startsWith(expected.size() + " reports, " + measures + " measures indexed"), r.out());
        }
        assertEquals(measures, totalHits(CliRun.of("search", "--json", "--workdir", workdir.toString())));
    }


    /** The filtered search the README shows finds measures in the bundled samples (the พัทลุง report, 2568). */
    @Test
    void theReadmesFilteredSearchFindsMeasuresOfTheSamples() throws IOException {
        CliRun r = CliRun.of("search", "ร้องเรียน", "--province", "พัทลุง", "--year", "2568", "--json", "-w",
                workdir.toString());
        assertTrue(totalHits(r) >= 1, r.out());
        assertTrue(r.out().contains("องค์การบริหารส่วนจังหวัดพัทลุง"), r.out());
    }

    /**
     * ข้อมูลเปิด typed without a space: its two words anywhere in a measure (เปิดเผยข้อมูล… holds both); in quotes,
     * only where the text reads ข้อมูลเปิด.
     */
    @Test
    void anUnspacedThaiQueryFindsItsWordsAnywhereAndAQuotedOneThePhrase() throws IOException {
        long words = totalHits(CliRun.of("search", "ข้อมูลเปิด", "--json", "-w", workdir.toString()));
        long phrase = totalHits(CliRun.of("search", "\"ข้อมูลเปิด\"", "--json", "-w", workdir.toString()));
        assertTrue(phrase >= 1, "the phrase is in the samples");
        assertTrue(words > phrase, words + " measures hold the words, " + phrase + " the phrase");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {101, 1_025, 3_000})
    void aQueryOfTooManyWordsIsOneLineAndAUsageError(int words) {
        // a pasted paragraph: the words of the samples' complaint measures, over and over
        List<String> pasted = new ArrayList<>();
        String[] text = {"ช่องทาง", "ร้องเรียน", "ประชุม", "ชี้แจง", "คู่มือ"};
        for (int i = 0; i < words; i++) {
            pasted.add(text[i % text.length]);
        }
        CliRun r = CliRun.of("search", String.join(" ", pasted), "-w", workdir.toString());
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("query too long: the query has ") && r.err().contains("at most 100"), r.err());
        assertTrue(!r.err().contains("Exception") && !r.err().contains("TooManyClauses"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void rootHelpListsTheNewCommands() {
        CliRun r = CliRun.of("--help");
        assertTrue(r.out().contains("search"), r.out());
        assertTrue(r.out().contains("reindex"), r.out());
        CliRun export = CliRun.of("export", "--help");
        for (String option : List.of("--province", "--district", "--agency-type", "--year", "--kind", "--indicator")) {
            assertTrue(export.out().contains(option), option + " in " + export.out());
        }
    }
}
