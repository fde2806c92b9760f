package org.itaminer.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.TextSource;
import org.itaminer.model.report.Assessment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A year named beside ผลการประเมิน without a score is the ITA result's year only when the words name the ITA or
 * follow at once; a staff appraisal in a measure's steps (แจ้งผลการประเมินให้บุคลากรทราบ) with the measure's
 * period on a later line of the paragraph is no assessment. Lines of one paragraph are split at " / ".
 */
class AssessmentMentionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            จากการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2565 นำมาสู่ข้อเสนอแนะ | 2565
            ผลการวิเคราะห์ผลการประเมิน ITA ประจำปี พ.ศ. 2567                                                  | 2567
            ผลการประเมิน ประจำปีงบประมาณ พ.ศ. 2566                                                          | 2566
            (1) เผยแพร่หลักเกณฑ์การประเมินผลการปฏิบัติงาน / (2) แจ้งผลการประเมินให้บุคลากรทราบ / หน่วยงานรับผิดชอบ: สำนักปลัด / ระยะเวลาดำเนินการ: ปีงบประมาณ 2569 | -
            วิธีการดำเนินการ : 1. เผยแพร่หลักเกณฑ์ 2. แจ้งผลการประเมินให้บุคลากรทราบ / ระยะเวลา : ตลอดปีงบประมาณ 2568   | -
            """)
    void theYearOfAResultNamedWithoutAScore(String paragraph, Integer year) {
        DocumentText text = DocumentText.of(new LayoutDocument("text/plain", TextSource.TEXT,
                List.of(new Page(1, List.of(new Paragraph(List.of(paragraph.split(" / ")))))), List.of()));
        assertEquals(Optional.ofNullable(year).map(y -> new Assessment(y, null, null)),
                AssessmentFinder.find(text).assessment());
    }
}
