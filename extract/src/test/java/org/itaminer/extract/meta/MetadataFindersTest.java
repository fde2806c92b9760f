package org.itaminer.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.itaminer.model.Warning;
import org.itaminer.model.report.Agency;
import org.itaminer.model.report.AgencyType;
import org.itaminer.model.report.Assessment;
import org.itaminer.model.layout.Block;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.TextSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetadataFindersTest {

    /** A document of one-line paragraphs; "\n" inside a string makes a multi-line paragraph. */
    private static DocumentText text(String... paragraphs) {
        List<Block> blocks = new ArrayList<>();
        for (String p : paragraphs) {
            blocks.add(new Paragraph(List.of(p.split("\n"))));
        }
        return DocumentText.of(new LayoutDocument("text/plain", TextSource.TEXT, List.of(new Page(1, blocks)), List.of()));
    }

    /** The cheap pre-check in front of the indicator-score pattern must let every score line through. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1. การปฏิบัติหน้าที่ 99.71 คะแนน                          | true
            ' 2) การใช้งบประมาณ : 88.50 '                           | true
            ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล 100                          | true
            10 การป้องกันการทุจริต 75.00คะแนน                         | true
            1. จัดทำประกาศเจตนารมณ์ไม่รับของขวัญ (No Gift Policy)        | false
            มาตรการที่ 1 การเผยแพร่ข้อมูล 2568                          | false
            แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT)                         | false
            """)
    void scoreLinePreCheck(String line, boolean expected) {
        assertEquals(expected, IndicatorScoreFinder.mayBeRow(line));
        if (expected) {
            assertEquals(1, IndicatorScoreFinder.find(new LayoutDocument("text/plain", TextSource.TEXT,
                    List.of(new Page(1, List.of(new Paragraph(List.of(line))))), List.of())).scores().size(), line);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            องค์การบริหารส่วนตำบลโคกไม้ลาย อำเภอเมืองปราจีนบุรี จังหวัดปราจีนบุรี | องค์การบริหารส่วนตำบลโคกไม้ลาย | SAO | เมืองปราจีนบุรี | ปราจีนบุรี
            เทศบาลตำบลโคกสูงสัมพันธ์ อำเภอชุมแพ จังหวัดขอนแก่น                | เทศบาลตำบลโคกสูงสัมพันธ์ | SUBDISTRICT_MUNICIPALITY | ชุมแพ | ขอนแก่น
            เทศบาลเมืองบ้านสวน อ.เมืองชลบุรี จ.ชลบุรี                          | เทศบาลเมืองบ้านสวน | TOWN_MUNICIPALITY | เมืองชลบุรี | ชลบุรี
            เทศบาลนครขอนแก่น จังหวัดขอนแก่น                                  | เทศบาลนครขอนแก่น | CITY_MUNICIPALITY | null | ขอนแก่น
            องค์การบริหารส่วนจังหวัดสตูล                                       | องค์การบริหารส่วนจังหวัดสตูล | PAO | null | สตูล
            อบต.บ่อหิน อำเภอสีเกา จังหวัดตรัง                                   | องค์การบริหารส่วนตำบลบ่อหิน | SAO | สีเกา | ตรัง
            """)
    void agencyLine(String line, String name, AgencyType type, String district, String province) {
        Agency agency = AgencyFinder.find(text(line));
        assertEquals(name, agency.name());
        assertEquals(type, agency.type());
        assertEquals(district, agency.district());
        assertEquals(province, agency.province());
    }

    @Test
    void provinceNameOnTheNextPrintedLine() {
        Agency agency = AgencyFinder.find(text("มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ\nพ.ศ. 2565\n"
                + "องค์การบริหารส่วนตำบลดงมูลเหล็ก อำเภอเมืองเพชรบูรณ์ จังหวัด\nเพชรบูรณ์"));
        assertEquals("เมืองเพชรบูรณ์", agency.district());
        assertEquals("เพชรบูรณ์", agency.province());
    }

    @Test
    void agencyNameGluedToTheNextWordIsCutWhereOtherMentionsEnd() {
        Agency agency = AgencyFinder.find(text(
                "มาตรการส่งเสริมคุณธรรมและความโปร่งใสขององค์การบริหารส่วนตำบลบ้านโคก",
                "องค์การบริหารส่วนตำบลบ้านโคกได้คะแนนผลการประเมินที่ดีเยี่ยม",
                "องค์การบริหารส่วนตำบลบ้านโคกดำเนินการ เผยแพร่ QR code"));
        assertEquals("องค์การบริหารส่วนตำบลบ้านโคก", agency.name());
        assertNull(agency.province(), "the document never names the province");
    }

    @Test
    void assessmentWithConflictingScoresWarns() {
        AssessmentFinder.Found found = AssessmentFinder.find(text(
                "ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2565 ซึ่งมีคะแนน 83.59 คะแนน จากคะแนนเต็ม 100 คะแนน โดยมีผลการประเมินระดับ B นั้น",
                "ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2565 ซึ่งมีคะแนน 83.99 คะแนน จากคะแนนเต็ม 100 คะแนน"));
        assertEquals(new Assessment(2565, 83.59, "B"), found.assessment().orElseThrow());
        assertEquals(1, found.warnings().size());
        assertTrue(found.warnings().get(0).kind() == Warning.Kind.CONFLICTING_VALUES
                && found.warnings().get(0).text().contains("83.59") && found.warnings().get(0).text().contains("83.99"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1. ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2567 องค์การบริหารส่วนตำบลห้วยยางได้คะแนน 84.63 คะแนน อยู่ในระดับ B | 2567 | 84.63 | B
            2) ผลการประเมิน ITA ปี 2566 ได้ 91.20 คะแนน ระดับ A                                                                                                     | 2566 | 91.2  | A
            """)
    void assessmentInANumberedSectionOfTheReport(String line, int year, double score, String grade) {
        AssessmentFinder.Found found = AssessmentFinder.find(text(line, "9. การเปิดเผยข้อมูล 78.25 คะแนน"));
        assertEquals(new Assessment(year, score, grade), found.assessment().orElseThrow());
        assertTrue(found.warnings().isEmpty(), "an indicator's row is no second result");
    }

    @Test
    void corruptionPerceptionsIndexIsNotTheAgencysAssessment() {
        AssessmentFinder.Found found = AssessmentFinder.find(text(
                "ทั้งนี้ ผลคะแนน ดัชนีการรับรู้การทุจริต (Corruption Perceptions Index: CPI) ของประเทศไทยตั้งแต่ปี พ.ศ. 2538"
                        + " มีระดับคะแนนสูงสุดไม่เกิน 38 คะแนน และคะแนนต่ำสุดไม่เกิน 35 คะแนน",
                "จากดัชนีการรับรู้การทุจริต (Corruption Perceptions Index : CPI) มีแนวโน้มทรงตัว ประเทศที่ได้คะแนนสูงสุด"
                        + " คือ เดนมาร์ก ฟินแลนด์ และนิวซีแลนด์ ... ประเทศไทยได้รับคะแนน 35 คะแนน อยู่ในลำดับที่ 110"));
        assertTrue(found.assessment().isEmpty());
        assertTrue(found.warnings().isEmpty());
    }

    @Test
    void nationalAverageIsNotTheAgencysScore() {
        AssessmentFinder.Found found = AssessmentFinder.find(text(
                "ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2565 พบว่า มีคะแนนเฉลี่ยในภาพรวมของประเทศ เท่ากับ 87.57 คะแนน"));
        assertEquals(new Assessment(2565, null, null), found.assessment().orElseThrow(), "the year analysed, without a score");
    }

    @Test
    void targetsAndMaximumsAreNotScores() {
        AssessmentFinder.Found found = AssessmentFinder.find(text(
                "ผลการประเมิน ITA ต้องได้ 85 คะแนนขึ้นไป จากคะแนนเต็ม 100 คะแนน"));
        assertTrue(found.assessment().isEmpty());
    }

    @Test
    void analysedYearWithoutScoreGivesTheYearOnly() {
        AssessmentFinder.Found found = AssessmentFinder.find(text(
                "จากการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2565 นำมาสู่ข้อเสนอแนะ"));
        assertEquals(new Assessment(2565, null, null), found.assessment().orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2565 | 2565
            รายงานผลการดำเนินการตามมาตรการ ประจำปี พ.ศ. 2566              | 2566
            รายงานผลการดำเนินการ ปีงบประมาณ 68                           | 2568
            รายงานผลการดำเนินการตามมาตรการ รอบ 6 เดือน (ตุลาคม 2566 – มีนาคม 2567) | 2567
            รายงานผลการดำเนินการ รอบ 12 เดือน (1 ต.ค. 67 - 30 ก.ย. 68)        | 2568
            """)
    void fiscalYearFromTitle(String title, int year) {
        assertEquals(java.util.OptionalInt.of(year), FiscalYearFinder.find(title, text(title)));
    }

    @Test
    void titleSkipsTheMemoAndJoinsAHeadingOverSeveralLines() {
        DocumentText doc = text("บันทึกข้อความ", "ส่วนราชการ สำนักปลัด", "เรื่อง รายงานผลการดำเนินการ ปีงบประมาณ พ.ศ.2568",
                "เรียน นายก", "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรม\nและความโปร่งใส ภายในหน่วยงาน\nประจำปีงบประมาณ พ.ศ. 2568");
        Optional<MemoCover> memo = MemoCover.find(doc);
        assertEquals("รายงานผลการดำเนินการ ปีงบประมาณ พ.ศ.2568", memo.orElseThrow().subject());
        TitleFinder.Title title = TitleFinder.find(doc, memo);
        assertEquals("รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรม และความโปร่งใส ภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568",
                title.text());
        assertTrue(title.heading());
    }

    @Test
    void assessmentSentencePrintedOverSeveralLines() {
        // a PDF paragraph keeps its printed lines: the topic, score and grade stand on three of them
        AssessmentFinder.Found found = AssessmentFinder.find(text(
                "ตามที่องค์การบริหารส่วนตำบลโคกไม้ลายได้ดำเนินการวิเคราะห์\n"
                        + "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงาน\n"
                        + "ภาครัฐ (Integrity and Transparency Assessment: ITA) ประจำ\n"
                        + "ปีงบประมาณ พ.ศ. 2565 ซึ่งมีคะแนน 83.59 คะแนน จากคะแนนเต็ม\n"
                        + "100 คะแนน โดยมีผลการประเมินระดับ B นั้น"));
        assertEquals(new Assessment(2565, 83.59, "B"), found.assessment().orElseThrow());
    }

    @Test
    void titleIsNotTheSigningDateNorAPageNumber() {
        DocumentText doc = text("- 2 -", "ประกาศสำนักงานสาธารณสุขอำเภอหนองใหญ่\nเรื่อง มาตรการป้องกันการทุจริตในการจัดซื้อจัดจ้าง",
                "1. ให้มีการเผยแพร่แผนการจัดซื้อจัดจ้าง", "ประกาศ ณ วันที่ 13 พฤศจิกายน พ.ศ. 2562");
        assertEquals("ประกาศสำนักงานสาธารณสุขอำเภอหนองใหญ่ เรื่อง มาตรการป้องกันการทุจริตในการจัดซื้อจัดจ้าง",
                TitleFinder.find(doc, Optional.empty()).text());
        DocumentText signedOnly = text("- 2 -", "1. ให้มีการเผยแพร่แผน", "ประกาศ ณ วันที่ 13 พฤศจิกายน พ.ศ. 2562");
        assertEquals("1. ให้มีการเผยแพร่แผน", TitleFinder.find(signedOnly, Optional.empty()).text());
    }
}
