package org.itaminer.index.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.itaminer.index.write.MeasureFields;

class ShortFormsTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '#', value = {
        // texts (| between title, body and agency) # the one-word forms added, in the order of the groups
        "องค์การบริหารส่วนตำบลหนองบัว#อบต",
        "อบต.หนองบัว#''",                                         // the short form is there already
        "แจ้ง ป.ป.ช. และคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ#ปปช ปปช",
        "เทศบาลตำบลพนมทวน|องค์การบริหารส่วนจังหวัดพัทลุง#ทต อบจ",
        "ลดขั้นตอน|ศูนย์บริการแบบเบ็ดเสร็จ One Stop Service#oss oss",
        "องค์การบริหาร|ส่วนตำบลหนองบัว#อบต",                         // across a value's end, as a phrase is
        "ร้องเรียน No Gift Policy#''",                              // a group without a one-word form
    })
    void longFormsAddTheirOneWordForm(String texts, String expected) {
        try (ThaiSearchAnalyzer analyzer = ThaiSearchAnalyzer.forIndexing(ThaiSearchAnalyzer.DEFAULT_SEGMENTER)) {
            List<AnalyzedText> values = new ArrayList<>();
            for (String t : texts.split("\\|")) {
                values.add(AnalyzedText.of(analyzer, MeasureFields.TEXT, t));
            }
            assertEquals(expected, String.join(" ", analyzer.shortForms().added(values)));
        }
    }
}
