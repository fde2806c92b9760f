package org.itaminer.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.itaminer.model.Warning;
import org.itaminer.model.layout.Block;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.TextSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A value printed twice with two different numbers gives a warning about the first page that prints it
 * (the value the report keeps); the sentence stays as it was.
 */
class ConflictWarningPageTest {

    /** One paragraph per page; an empty page text leaves the page without text. */
    private static LayoutDocument pages(String... texts) {
        List<Page> pages = new ArrayList<>();
        for (String text : texts) {
            List<Block> blocks = text.isEmpty() ? List.of() : List.of(new Paragraph(List.of(text)));
            pages.add(new Page(pages.size() + 1, blocks));
        }
        return new LayoutDocument("application/pdf", TextSource.PDF_TEXT, pages, List.of());
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', textBlock = """
            ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2565 ได้คะแนน 83.59 คะแนน ระดับ B | ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2565 ได้คะแนน 83.99 คะแนน | '' | 1 | assessment score differs: 83.59 (page 1) vs 83.99 (page 2)
            ''                                                                  | ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2565 ได้คะแนน 83.59 คะแนน | ผลการประเมิน ITA ปี 2565 ได้คะแนน 90.10 คะแนน | 2 | assessment score differs: 83.59 (page 2) vs 90.10 (page 3)
            """)
    void assessmentConflictIsAboutTheFirstPage(String page1, String page2, String page3, int page, String sentence) {
        List<Warning> warnings = AssessmentFinder.find(DocumentText.of(pages(page1, page2, page3))).warnings();
        assertEquals(1, warnings.size());
        assertEquals(sentence, warnings.get(0).text());
        assertEquals(Warning.Kind.CONFLICTING_VALUES, warnings.get(0).kind());
        assertEquals(OptionalInt.of(page), warnings.get(0).page());
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', textBlock = """
            1. การปฏิบัติหน้าที่ 99.71 คะแนน | ''                          | 1. การปฏิบัติหน้าที่ 98.00 คะแนน | 1 | indicator 1 score differs: 99.71 vs 98.00
            ''                           | 3. การใช้อำนาจ 91.00 คะแนน | 3. การใช้อำนาจ 92.50 คะแนน     | 2 | indicator 3 score differs: 91.00 vs 92.50
            """)
    void indicatorScoreConflictIsAboutTheFirstPage(String page1, String page2, String page3, int page, String sentence) {
        List<Warning> warnings = IndicatorScoreFinder.find(pages(page1, page2, page3)).warnings();
        assertEquals(1, warnings.size());
        assertEquals(sentence, warnings.get(0).text());
        assertEquals(OptionalInt.of(page), warnings.get(0).page());
    }
}
