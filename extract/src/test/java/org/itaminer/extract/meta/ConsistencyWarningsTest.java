package org.itaminer.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.itaminer.model.Warning;
import org.itaminer.model.layout.Block;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.TextSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A warning only where a document contradicts itself: two different scores for the same assessment, or
 * for the same indicator of the same year. An overall score beside an indicator's, last year's beside
 * this year's, a difference, or the same score printed with fewer decimals are different things.
 * Paragraphs are separated by {@code ¶}.
 */
class ConsistencyWarningsTest {

    private static LayoutDocument layout(String document) {
        List<Block> blocks = new ArrayList<>();
        for (String p : document.split("¶")) {
            blocks.add(new Paragraph(Arrays.stream(p.split("/n")).map(String::strip).toList()));
        }
        return new LayoutDocument("text/plain", TextSource.TEXT, List.of(new Page(1, blocks)), List.of());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            overall and an indicator's score  | ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2565 ได้คะแนน 87.45 คะแนน อยู่ในระดับ A โดยตัวชี้วัดที่ 10 การป้องกันการทุจริต ได้ 62.50 คะแนน ต่ำที่สุด | 87.45 | 0
            indicator named in words          | ผลการประเมิน ITA ปี 2566 ได้ 91.02 คะแนน ซึ่งคะแนนต่ำสุดคือ การเปิดเผยข้อมูล ได้เพียง 70.00 คะแนน ควรปรับปรุง | 91.02 | 0
            last year and this year           | ผลการประเมิน ITA ของ อบต.หนองแสง ปีงบประมาณ พ.ศ. 2564 ได้ 80.12 คะแนน และปีงบประมาณ พ.ศ. 2565 ได้ 86.40 คะแนน | 86.40 | 0
            a difference                      | ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2565 ได้ 86.40 คะแนน เพิ่มขึ้น 6.28 คะแนน จากปีก่อน | 86.40 | 0
            earlier result quoted to compare  | ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2565 ได้ 86.40 คะแนน สูงกว่าปีที่ผ่านมาซึ่งได้ 80.12 คะแนน | 86.40 | 0
            fewer decimals                    | ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2565 ได้คะแนน 83.59 คะแนน ระดับ B ¶ ทั้งนี้ ผลการประเมิน ITA ที่ได้ 83.6 คะแนน ยังต่ำกว่าเป้าหมาย | 83.59 | 0
            undated restatement               | ผลการประเมิน ITA ปี 2564 ได้ 80.12 คะแนน ปี 2565 ได้ 86.40 คะแนน ¶ จากผลการประเมินที่ได้ 86.40 คะแนน หน่วยงานจึงกำหนดมาตรการ ดังนี้ | 86.40 | 0
            a pass mark                       | ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2565 ได้ 88.00 คะแนน ผ่านเกณฑ์ 85 คะแนน | 88.00 | 0
            same year two scores              | ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2565 ได้คะแนน 83.59 คะแนน ¶ ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2565 ได้คะแนน 83.99 คะแนน | 83.59 | 1
            undated and different             | ผลการประเมิน ITA ประจำปี 2565 ได้ 83.59 คะแนน ¶ ผลการประเมิน ITA ของหน่วยงานได้ 79.00 คะแนน | 83.59 | 1
            same precision, different         | ผลการประเมิน ITA ปี 2565 ได้ 83.6 คะแนน ¶ ผลการประเมิน ITA ปี 2565 ได้ 83.7 คะแนน | 83.60 | 1
            """)
    void assessment(String name, String document, double score, int warnings) {
        AssessmentFinder.Found found = AssessmentFinder.find(DocumentText.of(layout(document)));
        assertEquals(score, found.assessment().orElseThrow().score(), 0.001, name);
        assertEquals(warnings, conflicts(found.warnings()), name + ": " + found.warnings());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            numbers restart per tool     | แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) /n 1. การปฏิบัติหน้าที่ 95.10 คะแนน /n 2. การใช้งบประมาณ 90.00 คะแนน ¶ แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) /n 1. คุณภาพการดำเนินงาน 88.20 คะแนน /n 2. ประสิทธิภาพการสื่อสาร 84.00 คะแนน | 0
            two years side by side        | ผลการประเมินประจำปีงบประมาณ พ.ศ. 2565 /n 1. การปฏิบัติหน้าที่ 95.10 คะแนน /n 9. การเปิดเผยข้อมูล 70.00 คะแนน ¶ ผลการประเมินประจำปีงบประมาณ พ.ศ. 2566 /n 1. การปฏิบัติหน้าที่ 97.30 คะแนน /n 9. การเปิดเผยข้อมูล 100 คะแนน | 0
            one table printed twice       | 1. การปฏิบัติหน้าที่ 95.10 คะแนน /n 9. การเปิดเผยข้อมูล 70.00 คะแนน ¶ สรุปได้ดังนี้ /n 1. การปฏิบัติหน้าที่ 95.10 คะแนน /n 9. การเปิดเผยข้อมูล 75.00 คะแนน | 1
            same year twice, differs      | ผลการประเมินประจำปีงบประมาณ พ.ศ. 2565 /n 3. การใช้อำนาจ 91.00 คะแนน ¶ ผลการประเมินประจำปีงบประมาณ พ.ศ. 2565 /n 3. การใช้อำนาจ 92.50 คะแนน | 1
            """)
    void indicatorScores(String name, String document, int warnings) {
        IndicatorScoreFinder.Found found = IndicatorScoreFinder.find(layout(document));
        assertEquals(warnings, conflicts(found.warnings()), name + ": " + found.warnings());
    }

    private static long conflicts(List<Warning> warnings) {
        return warnings.stream().filter(w -> w.kind() == Warning.Kind.CONFLICTING_VALUES).count();
    }
}
