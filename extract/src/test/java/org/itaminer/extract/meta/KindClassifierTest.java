package org.itaminer.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.itaminer.model.report.DocumentKind;
import org.itaminer.model.report.Measure;
import org.itaminer.model.report.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Titles of published documents (plans, reports, and the manuals, codes and memos around them) → kind. */
class KindClassifierTest {

    private static List<Measure> measures(boolean withResult) {
        return List.of(new Measure(1, "1", "ประกาศเจตนารมณ์ไม่รับสินบน", List.of(), "สำนักปลัด", Period.NONE, null,
                withResult ? "ดำเนินการแล้ว" : null, null, null, List.of(), Map.of(), 1));
    }

    @ParameterizedTest(name = "{0} (measures: {1}, results: {2}) -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2566                  | 1 | false | PLAN
            รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายใน ประจำปี พ.ศ. 2566 | 1 | false | REPORT
            แบบรายงานสรุปผลการกำกับติดตามมาตรการการป้องกันการรับสินบนทุกรูปแบบ                  | 1 | true  | REPORT
            แบบรายงานผลการดำเนินงานตามแผนบริหารความเสี่ยง                                      | 1 | true  | REPORT
            แผนปฏิบัติราชการด้านการป้องกัน ปราบปรามการทุจริตและประพฤติมิชอบ                      | 1 | false | PLAN
            ประกาศ เรื่อง มาตรการป้องกันการทุจริตในการจัดซื้อจัดจ้าง                             | 1 | false | PLAN
            # manuals, codes, procurement reports and invitations have ผู้รับผิดชอบ/ระยะเวลา tables too
            คู่มือกระบวนการปฏิบัติงานการให้บริการ โรงพยาบาลวัดจันทร์                               | 1 | false | OTHER
            คู่มือปฏิบัติงานการรับเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ                           | 1 | false | OTHER
            ข้อกำหนดจริยธรรมเจ้าหน้าที่ของรัฐ สำนักงานปลัดกระทรวงสาธารณสุข พ.ศ. 2564              | 1 | true  | OTHER
            รายงานผลการวิเคราะห์การจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2562                         | 1 | false | OTHER
            คำชี้แจงการรับสมัครผลงานวิชาการ โรงพยาบาลขอนแก่น                                   | 1 | true  | OTHER
            - 2 -                                                                         | 1 | false | OTHER
            # no measures: only a heading about the ITA measures makes a plan or report
            มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2566                  | 0 | false | PLAN
            คำสั่งสำนักงานสาธารณสุขอำเภอหนองใหญ่                                            | 0 | false | OTHER
            ''                                                                            | 0 | false | OTHER
            """)
    void kindFromTitleAndMeasures(String title, int count, boolean results, DocumentKind kind) {
        List<Measure> ms = count == 0 ? List.of() : measures(results);
        assertEquals(kind, KindClassifier.classify(new TitleFinder.Title(title == null ? "" : title, true), ms));
    }

    /** A memo cover's subject (not a heading) names the covering letter; the body's measures decide. */
    @ParameterizedTest(name = "{0} (results: {1}) -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            รายงานผลการจัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน     | false | PLAN
            รายงานผลการจัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน     | true  | REPORT
            ขอส่งรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส       | true  | REPORT
            """)
    void memoSubjectLeavesTheKindToTheBody(String subject, boolean results, DocumentKind kind) {
        assertEquals(kind, KindClassifier.classify(new TitleFinder.Title(subject, false), measures(results)));
    }
}
