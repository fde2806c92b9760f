package org.itaminer.pipeline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The port of score.py against small cases counted by hand (and checked with score.py itself). */
class ReportScoreTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String s) throws Exception {
        return JSON.readTree(s);
    }

    private static final String GOLD = """
        {"kind": "plan", "title": "มาตรการส่งเสริมคุณธรรม",
         "agency": {"name": "เทศบาลตำบลนาดี", "type": "subdistrict_municipality", "district": null, "province": "ยโสธร"},
         "fiscalYear": 2568, "assessment": null,
         "measures": [
          {"number": "1", "title": "เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง", "steps": ["จัดทำแผน", "เผยแพร่ประกาศ"],
           "responsible": "กองคลัง", "period": {"text": "ไตรมาสที่ 1", "start": "2024-10-01", "end": "2024-12-31"},
           "indicators": ["O12"]},
          {"number": "2", "title": "ประกาศนโยบายไม่รับของขวัญ", "responsible": "สำนักปลัด",
           "period": {"text": null, "start": null, "end": null}, "indicators": []}]}
        """;

    /**
     * Document: kind, title, agency name/type/province and the fiscal year (Thai digits in a string) are TP, the
     * district gold leaves null is FP: 6/1/0. Measure 1 pairs with prediction 1: 7 TP, its responsible unit
     * FP+FN. Gold measure 2 is unmatched: title, number, responsible FN (3). Prediction 2 is unmatched: title,
     * number, responsible FP (3). Total 13/5/4, F1 = 26/35; measures 1/1/1. score.py prints the same.
     */
    private static final String PRED = """
        {"kind": "plan", "title": "มาตรการส่งเสริมคุณธรรม",
         "agency": {"name": "เทศบาลตำบลนาดี", "type": "subdistrict_municipality", "district": "เมืองยโสธร",
                    "province": "ยโสธร"},
         "fiscalYear": "๒๕๖๘", "assessment": null,
         "measures": [
          {"number": "1", "title": "เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง", "steps": ["จัดทำแผน", "เผยแพร่ประกาศ"],
           "responsible": "กองช่าง", "period": {"text": "ไตรมาสที่ 1", "start": "2024-10-01", "end": "2024-12-31"},
           "indicators": ["O12"]},
          {"number": "9", "title": "ติดตั้งกล้องวงจรปิด", "responsible": "กองช่าง", "period": {}, "indicators": []}]}
        """;

    @Test
    void countsADocumentAsScorePyDoes() throws Exception {
        ReportScore s = ReportScore.of(json(GOLD), json(PRED));
        assertEquals(new Counts(13, 5, 4), s.fields().total());
        assertEquals(26.0 / 35, s.fields().total().f1(), 1e-12);
        assertEquals(new Counts(1, 1, 1), s.measures());
        assertEquals(new Counts(0, 1, 0), s.fields().field("agency.district"));
        assertEquals(new Counts(1, 0, 0), s.fields().field("fiscalYear"));
        assertEquals(new Counts(0, 2, 2), s.fields().field("measures.responsible"));
        assertEquals(new Counts(1, 1, 1), s.fields().field("measures.title"));
        assertEquals(new Counts(1, 0, 0), s.fields().field("measures.indicators"));
        assertEquals(1, s.stepCountExact());
    }

    @Test
    void aDocumentWithoutPredictionMissesEveryGoldField() throws Exception {
        ReportScore s = ReportScore.of(json(GOLD), null);
        // kind, title, name, type, province, fiscal year; measure 1: 8 fields; measure 2: title, number, responsible
        assertEquals(new Counts(0, 0, 6 + 8 + 3), s.fields().total());
        assertEquals(new Counts(0, 0, 2), s.measures());
    }

    @Test
    void anyOfTakesTheAlternativeThatSuitsThePrediction() throws Exception {
        JsonNode gold = json("""
            {"title": {"anyOf": ["มาตรการส่งเสริมคุณธรรมและความโปร่งใส", "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี 2568"]},
             "assessment": {"anyOf": [null, {"fiscalYear": 2567, "score": 87.42, "grade": "A"}]}}
            """);
        ReportScore s = ReportScore.of(gold, json("""
            {"title": "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี 2568", "assessment": {"fiscalYear": 2567,
             "score": "87.424", "grade": "A"}}
            """));
        assertEquals(new Counts(4, 0, 0), s.fields().total());
        ReportScore none = ReportScore.of(gold, json("{\"title\": \"มาตรการส่งเสริมคุณธรรมและความโปร่งใส\"}"));
        assertEquals(new Counts(1, 0, 0), none.fields().total(), "null is one of the assessment's alternatives");
    }

    @Test
    void indicatorScoresAreMatchedByNumber() throws Exception {
        JsonNode gold = json("""
            {"indicatorScores": [{"number": 1, "name": "การปฏิบัติหน้าที่", "score": 95.12},
                                 {"number": 2, "name": "การใช้งบประมาณ", "score": 93.05}]}
            """);
        ReportScore s = ReportScore.of(gold, json("""
            {"indicatorScores": [{"number": 2, "name": "การใช้งบประมาณ", "score": 93.0},
                                 {"number": 2, "name": "การใช้งบประมาณ", "score": 93.05}]}
            """));
        // 1: both FN; 2: name TP, score FP+FN; the repeated 2 is extra: name FP, score FP
        assertEquals(new Counts(1, 1, 1), s.fields().field("indicatorScores.name"));
        assertEquals(new Counts(0, 2, 2), s.fields().field("indicatorScores.score"));
    }

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "ไตรมาสที่ ๑                       | ไตรมาสที่1                     | true",
        "<p>กอง<u>คลัง</u></p>             | กองคลัง                        | true",
        "A &amp; B                        | A&B                            | true",
        "สํานักปลัด                         | สำนักปลัด                       | true",
        "abcdefghij                       | abcdefghiX                     | true",
        "abcdefghij                       | abcdefghXY                     | false",
        "กองคลัง                           | กองช่าง                         | false"})
    void textsMatchAtNinetyPercentAfterNormalization(String gold, String pred, boolean same) {
        assertEquals(same, TextCompare.textMatch(TextCompare.norm(gold), TextCompare.norm(pred)));
    }

    @Test
    void theTableSumsPerClassAndAll() throws Exception {
        ScoreTable t = new ScoreTable();
        t.add(List.of("layout=table"), ReportScore.of(json(GOLD), json(PRED)));
        t.add(List.of("layout=paragraphs"), ReportScore.of(json(GOLD), json(GOLD)));
        assertEquals(List.of("all", "layout=paragraphs", "layout=table"), List.copyOf(t.rows().keySet()));
        assertEquals(new Counts(13 + 17, 5, 4), t.rows().get("all").fields().total());
        assertEquals(1.0, t.rows().get("layout=paragraphs").fields().total().f1(), 1e-12);
        assertEquals(List.of("all 0.8696", "layout=table 0.7429"), t.below(0.9));
    }
}
