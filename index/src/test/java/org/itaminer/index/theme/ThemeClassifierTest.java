package org.itaminer.index.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.itaminer.model.report.Measure;
import org.itaminer.model.report.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThemeClassifierTest {

    private static final ThemeClassifier CLASSIFIER = ThemeClassifier.standard();

    private static String ids(List<Theme> themes) {
        return String.join(" ", themes.stream().map(Theme::id).toList());
    }

    private static String title(String title) {
        return ids(CLASSIFIER.classify(title, List.of(), List.of()));
    }

    @ParameterizedTest(name = "{0} → [{1}]")
    @CsvSource(delimiter = '|', nullValues = "-", emptyValue = "", value = {
        // title | expected theme ids in Theme order, empty for none
        "''|''",
        "ประชุมประจำเดือนพนักงานส่วนตำบล|''",
        "โครงการจัดงานวันเด็กแห่งชาติ มอบของขวัญแก่เด็กและเยาวชน|''",
        "โครงการฝึกอบรมการป้องกันอัคคีภัยในสำนักงาน (งบประมาณ 20,000 บาท)|''",
        "ซ่อมแซมถนนลาดยางสายบ้านหนองบัว-บ้านโคก ใช้งบประมาณ ๑๕๐,๐๐๐ บาท|''",
        "จัดกิจกรรมวันสงกรานต์ ประจำปีงบประมาณ พ.ศ. 2568|''",
        "โครงการปลูกป่าเฉลิมพระเกียรติ โดยใช้งบประมาณของเทศบาล|''",
        "การบริหารความเสี่ยงด้านสาธารณภัยในพื้นที่|''",
        "แต่งตั้งคณะทำงานจัดทำแผนพัฒนาท้องถิ่น|''",
        "การแสดงบัญชีรายการทรัพย์สินและหนี้สินของผู้บริหาร|''",
        "คุ้มครองข้อมูลส่วนบุคคลของผู้รับบริการ (PDPA)|''",
        "ส่งเสริมการเรียนรู้ประชาคมอาเซียนในศูนย์พัฒนาเด็กเล็ก|''",
        "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน|''",
        "มาตรการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ|complaints",
        "เปิดช่องทางร้องเรียน/แจ้งเบาะแสการทุจริตผ่านเว็บไซต์และ Line OA|complaints",
        "มาตรการคุ้มครองผู้แจ้งเบาะแส|complaints",
        "ประชาสัมพันธ์สายด่วน ๑๑๑๑ และศูนย์ดำรงธรรมอำเภอ|complaints",
        "มาตรการคุ้มครองผู้ร้องเรียนโดยไม่เปิดเผยข้อมูลผู้ร้อง|complaints",
        "นโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)|no_gift",
        "ประกาศเจตนารมณ์งดให้และงดรับของขวัญ ช่วงเทศกาลปีใหม่|no_gift",
        "มาตรการป้องกันการรับสินบนและการรับทรัพย์สินหรือประโยชน์อื่นใด|no_gift",
        "NO GIFT POLICY|no_gift",
        "การประเมินความเสี่ยงการทุจริตประจำปี|corruption_risk",
        "จัดทำแผนบริหารความเสี่ยงต่อการเกิดการทุจริตและประพฤติมิชอบ|corruption_risk",
        "การวิเคราะห์ความเสี่ยงเกี่ยวกับการปฏิบัติงานที่อาจเกิดผลประโยชน์ทับซ้อน|corruption_risk conflict_of_interest",
        "การเปิดเผยข้อมูลสาธารณะบนเว็บไซต์ของหน่วยงาน|disclosure",
        "พัฒนาศูนย์ข้อมูลข่าวสารของราชการ|disclosure",
        "เผยแพร่ชุดข้อมูลเปิด (Open Data) ภาครัฐ|disclosure",
        "การเผยแพร่รายงานผลการดำเนินงานประจำปีบนเว็บไซต์|disclosure",
        "การส่งเสริมการปฏิบัติตามประมวลจริยธรรมของพนักงานส่วนท้องถิ่น|ethics",
        "โครงการอบรมคุณธรรมจริยธรรมแก่ผู้บริหาร สมาชิกสภา และพนักงาน|ethics",
        "ส่งเสริมการมีส่วนร่วมของประชาชนในการตรวจสอบการดำเนินงาน|participation",
        "จัดเวทีประชาคมหมู่บ้านเพื่อรับฟังความคิดเห็นในการจัดทำแผน|participation",
        "จัดทำคู่มือหรือมาตรฐานการให้บริการประชาชน|service_standards",
        "ลดขั้นตอนและระยะเวลาการปฏิบัติราชการ|service_standards",
        "จัดทำแผนผังแสดงขั้นตอนการจัดซื้อจัดจ้าง|service_standards budget_procurement",
        "การเผยแพร่แผนการจัดซื้อจัดจ้างและประกาศผู้ชนะการเสนอราคา|budget_procurement",
        "ความโปร่งใสในการใช้จ่ายงบประมาณประจำปี|budget_procurement",
        "รายงานการกำกับติดตามการใช้งบประมาณรายจ่ายประจำปี พ.ศ. ๒๕๖๘|budget_procurement",
        "จัดทำข้อตกลงคุณธรรม (Integrity Pact) ในโครงการก่อสร้าง|budget_procurement",
        "มาตรการการใช้ทรัพย์สินของทางราชการ|public_assets",
        "กำหนดแนวปฏิบัติการยืมคืนพัสดุและครุภัณฑ์ของหน่วยงาน|public_assets",
        "ห้ามนำรถราชการไปใช้ในกิจธุระส่วนตัว|public_assets",
        "มาตรการส่งเสริมความโปร่งใสในการบริหารทรัพยากรบุคคล|personnel",
        "การสรรหาและเลือกสรรพนักงานจ้างอย่างเป็นธรรม|personnel",
        "ความโปร่งใสในการบรรจุแต่งตั้ง โยกย้าย และเลื่อนขั้นเงินเดือน|personnel",
        "มาตรการป้องกันผลประโยชน์ทับซ้อน|conflict_of_interest",
        "การป้องกันการขัดกันระหว่างประโยชน์ส่วนบุคคลและประโยชน์ส่วนรวม|conflict_of_interest",
    })
    void titles(String title, String expected) {
        assertEquals(expected, title(title));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // missing tone mark and THANTHAKHAT: ผลประโยชนทับซอน
        "ป้องกันผลประโยชนทับซอน|conflict_of_interest",
        // spaces and line breaks inside a phrase
        "เปิด ช่องทาง ร้อง เรียน|complaints",
        "จัดซื้อ - จัดจ้าง|budget_procurement",
        // ประมวลจริยะธรรม, a common misspelling
        "ส่งเสริมประมวลจริยะธรรม|ethics",
        // decomposed SARA AM (NIKHAHIT + SARA AA): การจัดทําคู่มือ
        "การจัดท\u0e4d\u0e32คู่มือ|service_standards",
        // zero width space inside a word
        "การมีส่วน\u200bร่วม|participation",
        // upper case Latin
        "E-GP|budget_procurement",
    })
    void spellingVariantsDoNotMatter(String title, String expected) {
        assertEquals(expected, title(title));
    }

    @Test
    void thaiAndArabicDigitsAreTheSame() {
        assertEquals("complaints", title("สายด่วน ๑๑๑๑"));
        assertEquals("complaints", title("สายด่วน 1111"));
        // งบประมาณ๒๐,๐๐๐บาท is an amount whichever digits it is written in
        assertEquals("", title("อบรมผู้สูงอายุ งบประมาณ๒๐,๐๐๐บาท"));
        assertEquals("", title("อบรมผู้สูงอายุ งบประมาณ20,000บาท"));
    }

    @Test
    void aMaskedWordStillCountsWhereItIsNotMasked() {
        // ปีงบประมาณ is masked, the budget report before it is not
        assertEquals("budget_procurement", title("รายงานผลการใช้งบประมาณ ประจำปีงบประมาณ 2568"));
        // ไม่เปิดเผย is masked, เปิดเผยข้อมูล later in the title is not
        assertEquals("complaints disclosure", title("ไม่เปิดเผยชื่อผู้ร้องเรียน และเปิดเผยข้อมูลผลการดำเนินการ"));
    }

    private static final List<String> LONG_STEPS = List.of(
            "1. จัดประชุมชี้แจงบุคลากร",
            "2. จัดทำคำสั่งมอบหมายผู้รับผิดชอบ",
            "3. เผยแพร่ผลการดำเนินงานทางเว็บไซต์และเปิดช่องทางร้องเรียน",
            "4. รายงานผลต่อผู้บริหาร");

    @Test
    void onePassingMentionInALongStepListDoesNotTag() {
        assertEquals(List.of(), CLASSIFIER.classify("โครงการอบรมการใช้งานระบบสารสนเทศ", LONG_STEPS, List.of()));
    }

    @Test
    void twoStepsOrAStepAndTheResultsTag() {
        List<String> steps = List.of("1. จัดทำช่องทางร้องเรียนออนไลน์", "2. ประชุมผู้รับผิดชอบ",
                "3. สรุปเรื่องร้องเรียนรายไตรมาส", "4. รายงานผู้บริหาร");
        assertEquals(List.of(Theme.COMPLAINTS), CLASSIFIER.classify("พัฒนาระบบงาน", steps, List.of()));
        assertEquals(List.of(Theme.COMPLAINTS), CLASSIFIER.classify("พัฒนาระบบงาน", LONG_STEPS,
                List.of("มีเรื่องร้องเรียน 2 เรื่อง ดำเนินการแล้วเสร็จ")));
    }

    @Test
    void theResultsAloneDoNotTag() {
        assertEquals(List.of(), CLASSIFIER.classify("พัฒนาระบบงาน", List.of(), List.of("ไม่มีเรื่องร้องเรียน")));
    }

    @Test
    void theOnlyStepOfAShortMeasureTags() {
        assertEquals(List.of(Theme.DISCLOSURE), CLASSIFIER.classify("มาตรการส่งเสริมความโปร่งใส",
                List.of("เผยแพร่ข้อมูลข่าวสารผ่านเว็บไซต์ของหน่วยงาน"), List.of()));
    }

    @Test
    void aManualInTheStepsOfATwoStepMeasureIsNotAServiceStandard() {
        assertEquals(List.of(Theme.CONFLICT_OF_INTEREST), CLASSIFIER.classify(
                "การประชุมชี้แจงแนวทางเพื่อป้องกันผลประโยชน์ทับซ้อน",
                List.of("จัดประชุมชี้แจง", "จัดทำคู่มือป้องกันผลประโยชน์ทับซ้อน"), List.of()));
    }

    @Test
    void titleOnlyWordsDoNotCountInSteps() {
        // ขั้นตอน and งบประมาณ are in every step list
        List<String> steps = List.of("ขั้นตอนที่ 1 ขออนุมัติงบประมาณ", "ขั้นตอนที่ 2 ดำเนินการตามงบประมาณ");
        assertEquals(List.of(), CLASSIFIER.classify("ปลูกต้นไม้ในที่สาธารณะ", steps, List.of()));
    }

    @Test
    void classifiesAMeasureRecord() {
        Measure m = new Measure(1, "1", "มาตรการป้องกันผลประโยชน์ทับซ้อน", List.of("จัดทำคู่มือ", "อบรมบุคลากร"),
                "สำนักปลัด", Period.NONE, null, "ดำเนินการแล้ว", null, null, List.of("O36"), Map.of(), 1);
        assertEquals(List.of(Theme.CONFLICT_OF_INTEREST), CLASSIFIER.classify(m), "จัดทำคู่มือ is a step here");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // title | steps (; between) | results: masks, gaps, numbers and plain phrases in every part
        "จัดกิจกรรมวันสงกรานต์ ประจำปีงบประมาณ พ.ศ. 2568|ขออนุมัติงบประมาณ 20,000 บาท;จัดซื้อวัสดุ|ดำเนินการแล้ว",
        "ความโปร่งใสในการใช้จ่ายงบประมาณประจำปี|ประกาศเจตนารมณ์;จัดทำข้อตกลงคุณธรรม|เผยแพร่ข้อมูลแล้ว",
        "จัดทำแผนบริหารความเสี่ยงต่อการเกิดการทุจริต|ประเมินความเสี่ยงการทุจริต|รายงานความเสี่ยงด้านสาธารณภัย",
        "มาตรการคุ้มครองผู้ร้องเรียนโดยไม่เปิดเผยข้อมูลผู้ร้อง|รับเรื่องร้องเรียน;แจ้งเบาะแส;ตอบกลับ|ไม่เปิดเผยชื่อ",
        "ประชุมประจำเดือน|ยืมพัสดุของหน่วยงาน;คืนพัสดุ|ไม่รับของขวัญ No Gift",
    })
    void classifyDecidesAsExplainWeighs(String title, String steps, String results) {
        // classify does not name the phrases (anchors alone decide plain rules): it must reach explain's decision
        List<String> stepList = List.of(steps.split(";"));
        assertEquals(ThemeClassifier.decide(CLASSIFIER.explain(title, stepList, List.of(results)), stepList.size()),
                CLASSIFIER.classify(title, stepList, List.of(results)));
    }

    /**
     * Every measure of the samples: classify's anchor trie and skipped masks must reach the decision of explain, which
     * searches each phrase by its own pattern.
     */
    @Test
    void classifyDecidesAsExplainWeighsOnEverySampleMeasure() throws IOException {
        int measures = 0;
        for (org.itaminer.model.report.Report r : org.itaminer.index.SampleReports.all()) {
            for (Measure m : r.measures()) {
                int steps = m.steps() == null ? 0 : m.steps().size();
                assertEquals(ThemeClassifier.decide(CLASSIFIER.explain(m), steps), CLASSIFIER.classify(m), m.title());
                measures++;
            }
        }
        assertTrue(measures >= 50, measures + " measures");
    }

    @Test
    void explainNamesThePhraseAndWhereItWasFound() {
        List<ThemeEvidence> evidence = CLASSIFIER.explain("มาตรการป้องกันผลประโยชน์ทับซ้อน", LONG_STEPS, List.of());
        assertTrue(evidence.contains(new ThemeEvidence(Theme.CONFLICT_OF_INTEREST, "title", "ผลประโยชน์ทับซ้อน")),
                evidence.toString());
        assertTrue(evidence.contains(new ThemeEvidence(Theme.COMPLAINTS, "step 3", "ช่องทางร้องเรียน")),
                evidence.toString());
    }

    @Test
    void everyThemeHasARule() throws IOException {
        try (var in = ThemeClassifier.class.getResourceAsStream(ThemeClassifier.RESOURCE)) {
            List<ThemeRule> rules = ThemeClassifier.parse(new java.io.InputStreamReader(in,
                    java.nio.charset.StandardCharsets.UTF_8));
            for (Theme t : Theme.values()) {
                assertTrue(rules.stream().anyMatch(r -> r.theme() == t), t.id());
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "gifts\tall\tของขวัญ;unknown theme 'gifts'",
        "no_gift\teverywhere\tของขวัญ;unknown scope 'everywhere'",
        "no_gift\tall;expected 3 or 4",
        "no_gift\tall\t | ;needs at least one phrase",
        "no_gift\tall\t<n>;has no letters"})
    void malformedRowsAreRejectedWithTheLine(String row, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ThemeClassifier.parse(new StringReader("# comment\n\n" + row + "\n")));
        assertTrue(e.getMessage().startsWith("rules line 3: "), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void themeIdsAreStableAndUnique() {
        assertEquals(Theme.values().length, Arrays.stream(Theme.values()).map(Theme::id).distinct().count());
        assertEquals(Theme.NO_GIFT, Theme.fromId("NO_GIFT"));
        assertThrows(IllegalArgumentException.class, () -> Theme.fromId("gifts"));
    }
}
