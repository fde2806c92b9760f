package org.itaminer.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.itaminer.model.report.Measure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A steps cell that sets out its steps one paragraph each — bulleted, lettered ก. ข., or plain as a Word list whose
 * numbers are not in the text — lists them, marks taken off; numbered steps are split by their numbers as before,
 * and one paragraph stays one step. In the cells, {@code <p>} opens a paragraph (the text form); steps come out
 * joined by " / ".
 */
class StepsListedInCellsTest {

    private static final String DOCUMENT = """
            แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘
            เทศบาลตำบลท่าข้าม อำเภอเมืองพิษณุโลก จังหวัดพิษณุโลก

            มาตรการ\tวิธีการดำเนินการ\tผู้รับผิดชอบ\tระยะเวลา
            ๑. ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิด (No Gift Policy)\tSTEPS\tสำนักปลัด\tตุลาคม ๒๕๖๗
            ๒. เผยแพร่ข้อมูลการใช้จ่ายงบประมาณรายไตรมาส\tรวบรวมรายงานการเบิกจ่ายและเผยแพร่บนเว็บไซต์\tกองคลัง\tไตรมาสที่ ๒
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bullets             | <p>- ผู้บริหารลงนามประกาศเจตนารมณ์</p><p>- ประชาสัมพันธ์ให้บุคลากรทราบ</p>   | ผู้บริหารลงนามประกาศเจตนารมณ์ / ประชาสัมพันธ์ให้บุคลากรทราบ
            round bullets       | <p>• ผู้บริหารลงนามประกาศเจตนารมณ์</p><p>• ประชาสัมพันธ์ให้บุคลากรทราบ</p>   | ผู้บริหารลงนามประกาศเจตนารมณ์ / ประชาสัมพันธ์ให้บุคลากรทราบ
            Thai letters        | <p>ก. ผู้บริหารลงนามประกาศเจตนารมณ์</p><p>ข. ประชาสัมพันธ์ให้บุคลากรทราบ</p> | ผู้บริหารลงนามประกาศเจตนารมณ์ / ประชาสัมพันธ์ให้บุคลากรทราบ
            a Word list's items | <p>ผู้บริหารลงนามประกาศเจตนารมณ์</p><p>ประชาสัมพันธ์ให้บุคลากรทราบ</p>       | ผู้บริหารลงนามประกาศเจตนารมณ์ / ประชาสัมพันธ์ให้บุคลากรทราบ
            numbers split       | <p>1. ผู้บริหารลงนามประกาศเจตนารมณ์</p><p>2. ประชาสัมพันธ์ให้บุคลากรทราบ</p> | ผู้บริหารลงนามประกาศเจตนารมณ์ / ประชาสัมพันธ์ให้บุคลากรทราบ
            one paragraph       | ผู้บริหารลงนามประกาศเจตนารมณ์ ต.ค. - ธ.ค. ๖๗ แล้วประชาสัมพันธ์           | ผู้บริหารลงนามประกาศเจตนารมณ์ ต.ค. - ธ.ค. 67 แล้วประชาสัมพันธ์
            """)
    void theCellsParagraphsAreTheSteps(String what, String cell, String steps) {
        List<Measure> measures = TextFormDocument.extract(DOCUMENT.replace("STEPS", cell.strip())).measures();
        assertEquals(List.of(steps, "รวบรวมรายงานการเบิกจ่ายและเผยแพร่บนเว็บไซต์"),
                measures.stream().map(m -> String.join(" / ", m.steps())).toList(), what);
    }
}
