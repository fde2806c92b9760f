package org.itaminer.extract.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.itaminer.extract.Extraction;
import org.itaminer.ingest.text.TextFormReader;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.report.ReportJson;
import org.itaminer.model.report.Source;
import org.junit.jupiter.api.Test;

/**
 * A whole plan drawn as a schedule, written for the project: an อบต. plan whose months are split between
 * two calendar years (พ.ศ. 2567 over ต.ค.–ธ.ค., พ.ศ. 2568 over ม.ค.–ก.ย.), a ที่ column, a budget column and
 * a total row, มิติ group headings, activities numbered 1.1 or set with "-", ✓ ticks, and the table cut by a
 * page break under its repeated header. Its report equals the hand-checked expected report beside it.
 */
class ScheduleSampleTest {

    private static final String NAME = "plan_sao_huaiyang_schedule_2568";

    @Test
    void theScheduleSampleGivesItsExpectedReport() throws Exception {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream(NAME + ".txt")) {
            bytes = in.readAllBytes();
        }
        LayoutDocument layout = new TextFormReader().read(bytes);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        Source source = new Source("file:" + NAME + ".txt", NAME + ".txt", sha256, layout.mediaType(),
                layout.pages().size(), layout.textSource().value());
        JsonNode actual = ReportJson.mapper().readTree(ReportJson.toBytes(Extraction.extract(layout, source)));
        ((ObjectNode) actual.get("source")).remove("uri");
        JsonNode expected;
        try (InputStream in = getClass().getResourceAsStream(NAME + ".expected.json")) {
            expected = ReportJson.mapper().readTree(in);
        }
        assertEquals(expected.toPrettyString(), actual.toPrettyString());
    }
}
