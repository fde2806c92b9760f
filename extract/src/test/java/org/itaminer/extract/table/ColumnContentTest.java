package org.itaminer.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.itaminer.extract.measure.ColumnRole;
import org.itaminer.model.layout.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a column's cells hold names its role when the header's words do not. Cells are separated by " ¦ ". */
class ColumnContentTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ต.ค. 67 – ธ.ค. 67 ¦ ไตรมาสที่ 2 ¦ ตลอดปีงบประมาณ                         | PERIOD
            มกราคม 2568 ¦ 1 มี.ค. 68 - 30 เม.ย. 68 ¦ ทุกเดือน                          | PERIOD
            กองคลัง ¦ สำนักปลัด ¦ ทุกส่วนราชการ                                      | RESPONSIBLE
            ปลัด อบต. ¦ หัวหน้าสำนักปลัด ¦ นักวิเคราะห์นโยบายและแผน                     | RESPONSIBLE
            - สำนักปลัด - กองคลัง ¦ 1. กองช่าง 2. กองการศึกษา ¦ กองสาธารณสุข                  | RESPONSIBLE
            1. จัดประชุม 2. สรุปผล ¦ 1. แต่งตั้งคณะทำงาน 2. จัดทำคู่มือ 3. เผยแพร่          | STEPS
            - ติดประกาศ - แจ้งเวียน ¦ - จัดอบรม - ประเมินผล                            | STEPS
            20,000 ¦ 5,000 บาท ¦ ไม่ใช้งบประมาณ                                       | BUDGET
            ✓ ¦ / ¦ ✓                                                               | STATUS
            1 ¦ 2 ¦ 3                                                               | NUMBER
            1.1 ¦ 1.2 ¦ 2.1                                                         | NUMBER
            """)
    void theContentNamesARole(String cells, ColumnRole role) {
        assertEquals(Optional.of(role), ColumnContent.of(List.of(cells.split(" ¦ "))).suggests());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            เผยแพร่ข้อมูลการจัดซื้อจัดจ้างบนเว็บไซต์ ¦ อบรมคุณธรรมจริยธรรมให้บุคลากร
            เมื่อวันที่ 5 มีนาคม 2568 ได้จัดอบรมให้บุคลากรจำนวน 45 คน ณ ห้องประชุมสภาองค์การบริหารส่วนตำบล ¦ จัดทำคู่มือแล้วและเผยแพร่บนเว็บไซต์เมื่อเดือนเมษายน 2568 พร้อมแจ้งเวียนทุกส่วนราชการให้ถือปฏิบัติ
            """)
    void runningTextNamesNoRole(String cells) {
        assertEquals(Optional.empty(), ColumnContent.of(List.of(cells.split(" ¦ "))).suggests());
    }

    /** "จำนวนโครงการ" holds the word โครงการ, but a column of counts is no measure column. */
    @Test
    void numbersOverruleATextRoleHeader() {
        List<ColumnRole> roles = ColumnScores.assign(List.of("มาตรการ", "จำนวนโครงการ"),
                List.of(ColumnContent.of(List.of("อบรมคุณธรรม", "เผยแพร่ข้อมูล")), ColumnContent.of(List.of("3", "5", "2"))));
        assertEquals(List.of(ColumnRole.MEASURE, ColumnRole.NUMBER), roles);
    }

    /** The first row of a header-less part on a new page holds data like the rows under it: it is no header. */
    @Test
    void aDataRowIsNotAHeaderEvenWithAVocabularyWord() {
        Row first = Row.of("มาตรการไม่รับของขวัญ", "ประกาศนโยบาย", "สำนักปลัด", "ไตรมาสที่ 1");
        List<Row> below = List.of(Row.of("เผยแพร่ข้อมูลข่าวสาร", "ลงเว็บไซต์", "กองคลัง", "ไตรมาสที่ 2"),
                Row.of("อบรมจริยธรรม", "จัดอบรม", "กองการศึกษา", "ตลอดปีงบประมาณ"));
        assertEquals(Optional.empty(), ColumnLayout.ofHeader(first, below));
    }

    @Test
    void aHeaderInUnknownWordsIsReadWithTheCellsBelow() {
        Row header = Row.of("มาตรการ", "สิ่งที่จะทำ", "ใครทำ", "เมื่อไร");
        List<Row> below = List.of(Row.of("เผยแพร่ข้อมูลข่าวสาร", "1. จัดทำข่าว 2. ลงเว็บไซต์", "กองคลัง", "ไตรมาสที่ 2"),
                Row.of("อบรมจริยธรรม", "1. จัดอบรม 2. ประเมินผล", "กองการศึกษา", "ตลอดปีงบประมาณ"));
        assertEquals(List.of(ColumnRole.MEASURE, ColumnRole.STEPS, ColumnRole.RESPONSIBLE, ColumnRole.PERIOD),
                ColumnLayout.ofHeader(header, below).orElseThrow().roles());
        assertEquals(Optional.empty(), ColumnLayout.ofHeader(header), "the words alone name one role");
    }
}
