package org.itaminer.model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * A value a document may not give is null in JSON (schema v1) and an empty Optional in Java; the Optional
 * accessors never show up in JSON, and JSON with its nulls reads back to empty Optionals.
 */
class AbsentValuesTest {

    private static final Source SOURCE = new Source("file:/tmp/x.txt", "x.txt", "ab12", "text/plain", 1, "text");

    private static Report report(Integer fiscalYear, Assessment assessment, Measure measure) {
        return new Report(1, "ab12", SOURCE, "มาตรการส่งเสริมคุณธรรมและความโปร่งใส", DocumentKind.PLAN,
                new Agency("องค์การบริหารส่วนตำบลบ้านโคก", AgencyType.SAO, null, "ปราจีนบุรี"), fiscalYear, assessment,
                List.of(new IndicatorScore(1, "การปฏิบัติหน้าที่", null, 99.71)), List.of(measure), List.of());
    }

    private static final Measure UNNUMBERED = new Measure(1, null, "อบรมคุณธรรมจริยธรรม", null, "สำนักปลัด",
            new Period("ตลอดปีงบประมาณ", null, null), null, null, null, null, List.of(), Map.of(), 1);

    @Test
    void absentValuesAreNullInJsonAndEmptyInJava() throws Exception {
        Report report = report(null, null, UNNUMBERED);
        String json = ReportJson.toLine(report);
        assertTrue(json.contains("\"fiscalYear\":null,\"assessment\":null,"), json);
        assertTrue(json.contains("\"seq\":1,\"number\":null,\"title\":\"อบรมคุณธรรมจริยธรรม\",\"steps\":null,"), json);
        assertTrue(json.contains("\"period\":{\"text\":\"ตลอดปีงบประมาณ\",\"start\":null,\"end\":null}"), json);
        assertTrue(!json.contains("optional"), "no Optional accessor is a JSON property: " + json);

        Report read = ReportJson.read(json.getBytes(StandardCharsets.UTF_8));
        assertEquals(report, read);
        assertEquals(json, ReportJson.toLine(read), "read back and written again, byte for byte");
        assertEquals(OptionalInt.empty(), read.optionalFiscalYear());
        assertEquals(Optional.empty(), read.optionalAssessment());
        assertEquals(Optional.empty(), read.agency().optionalDistrict());
        assertEquals(Optional.of("ปราจีนบุรี"), read.agency().optionalProvince());
        assertEquals(Optional.empty(), read.indicatorScores().get(0).optionalTool());
        assertEquals(OptionalDouble.of(99.71), read.indicatorScores().get(0).optionalScore());
        Measure m = read.measures().get(0);
        assertEquals(Optional.empty(), m.optionalNumber());
        assertEquals(Optional.empty(), m.optionalSteps());
        assertEquals(Optional.of("สำนักปลัด"), m.optionalResponsible());
        assertEquals(Optional.empty(), m.optionalMonitoring());
        assertEquals(Optional.empty(), m.optionalResult());
        assertEquals(Optional.empty(), m.optionalOutcome());
        assertEquals(Optional.empty(), m.optionalRecommendation());
        assertEquals(Optional.of("ตลอดปีงบประมาณ"), m.period().optionalText());
        assertEquals(Optional.empty(), m.period().optionalStart());
        assertEquals(Optional.empty(), Period.NONE.optionalText());
    }

    @Test
    void givenValuesAreThereInBoth() throws Exception {
        Report report = report(2566, new Assessment(2565, 83.59, null), UNNUMBERED);
        String json = ReportJson.toLine(report);
        assertTrue(json.contains("\"fiscalYear\":2566,\"assessment\":{\"fiscalYear\":2565,\"score\":83.59,\"grade\":null},"), json);
        Report read = ReportJson.read(json.getBytes(StandardCharsets.UTF_8));
        assertEquals(OptionalInt.of(2566), read.optionalFiscalYear());
        Assessment a = read.optionalAssessment().orElseThrow();
        assertEquals(OptionalInt.of(2565), a.optionalFiscalYear());
        assertEquals(OptionalDouble.of(83.59), a.optionalScore());
        assertEquals(Optional.empty(), a.optionalGrade());
        Period p = new Period("ไตรมาสที่ 2", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 3, 31));
        assertEquals(Optional.of(LocalDate.of(2023, 3, 31)), p.optionalEnd());
    }
}
