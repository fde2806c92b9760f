package org.itaminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalInt;
import org.itaminer.model.Warning;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.Row;
import org.itaminer.model.layout.Table;
import org.itaminer.model.layout.TableMethod;
import org.itaminer.model.layout.TextSource;
import org.itaminer.model.report.Report;
import org.itaminer.model.report.Source;
import org.junit.jupiter.api.Test;

/** A warning about one measure names the page the measure starts on; its sentence stays as it was. */
class ExtractionWarningPageTest {

    private static final Row HEADER = Row.of("มาตรการ/แนวทาง", "วิธีการดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลา");

    @Test
    void aRepeatedMeasureNumberIsAboutThePageOfTheRepeat() {
        LayoutDocument layout = new LayoutDocument("application/pdf", TextSource.PDF_TEXT, List.of(
                new Page(1, List.of(
                        Paragraph.of("มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568"),
                        Paragraph.of("องค์การบริหารส่วนตำบลบ้านโคก อำเภอเมืองปราจีนบุรี จังหวัดปราจีนบุรี"),
                        new Table(List.of(HEADER,
                                Row.of("1. เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง", "จัดทำแผน", "กองคลัง", "ตลอดปีงบประมาณ"),
                                Row.of("2. มาตรการไม่รับของขวัญ", "ประกาศนโยบาย", "สำนักปลัด", "ไตรมาสที่ 1")),
                                TableMethod.LATTICE))),
                new Page(2, List.of(new Table(List.of(HEADER,
                        Row.of("3. อบรมคุณธรรมจริยธรรม", "จัดอบรม", "สำนักปลัด", "ไตรมาสที่ 2"),
                        Row.of("2. เปิดช่องทางร้องเรียนการทุจริต", "จัดทำช่องทาง", "สำนักปลัด", "ไตรมาสที่ 3")),
                        TableMethod.LATTICE)))),
                List.of());
        Report report = Extraction.extract(layout, new Source("file:/x.pdf", "x.pdf", "0".repeat(64),
                "application/pdf", 2, "pdf-text"));
        List<Warning> duplicates = report.warnings().stream()
                .filter(w -> w.kind() == Warning.Kind.DUPLICATE_NUMBER).toList();
        assertEquals(1, duplicates.size(), report.warnings().toString());
        assertEquals("two measures are numbered 2 (seq 4)", duplicates.get(0).text());
        assertEquals(OptionalInt.of(2), duplicates.get(0).page());
    }
}
