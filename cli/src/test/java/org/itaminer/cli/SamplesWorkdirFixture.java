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
 * The samples run once through the real CLI into a workdir, for the command tests that read it; what the commands
 * should print is worked out from the samples' hand-checked {@code *.expected.json}, so adding a sample does not
 * break them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SamplesWorkdirFixture {

    Path tmp;
    Path workdir;
    List<Report> expected;
    int measures;

    @BeforeAll
    void runTheSamples(@TempDir Path dir) throws IOException {
        tmp = dir;
        expected = new ArrayList<>();
        for (Path doc : SamplesFolder.documents()) {
            String name = doc.getFileName().toString();
            Path json = doc.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected.json");
            JsonNode tree = ReportJson.mapper().readTree(json.toFile());
            ((ObjectNode) tree.get("source")).put("uri", doc.toUri().toString());
            expected.add(ReportJson.read(ReportJson.mapper().writeValueAsBytes(tree)));
        }
        measures = expected.stream().mapToInt(r -> r.measures().size()).sum();
        workdir = tmp.resolve("w");
        CliRun r = CliRun.of("run", SamplesFolder.find().toString(), "--workdir", workdir.toString(), "--threads", "1");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains(measures + " measures indexed"), r.out());
    }

    int measuresWhere(Predicate<Report> p) {
        return expected.stream().filter(p).mapToInt(r -> r.measures().size()).sum();
    }

    int measuresWhere(Predicate<Report> report, Predicate<Measure> measure) {
        return (int) expected.stream().filter(report).flatMap(x -> x.measures().stream()).filter(measure).count();
    }

    int reportsWhere(Predicate<Report> p) {
        return (int) expected.stream().filter(p).count();
    }

    static int totalHits(CliRun r) throws IOException {
        assertEquals(0, r.code(), r.err());
        return ReportJson.mapper().readTree(r.out()).get("totalHits").asInt();
    }

}
