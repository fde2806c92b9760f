package org.itaminer.extract.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.itaminer.extract.Extraction;
import org.itaminer.ingest.IngestException;
import org.itaminer.ingest.text.TextFormReader;
import org.itaminer.model.report.Measure;
import org.itaminer.model.report.Report;
import org.itaminer.model.report.Source;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Plans drawn as schedules, in the text form (a row a line, cells between bars, an empty cell as nothing
 * between two bars, a repeated header row starting a new page), read through the whole extraction. Each
 * measure is written as "number | title | steps (; between) | start..end | period text | responsible", a
 * field the document lacks as "null".
 */
class ScheduleDocumentsTest {

    private static final String MONTHS = "| ต.ค. | พ.ย. | ธ.ค. | ม.ค. | ก.พ. | มี.ค. | เม.ย. | พ.ค. | มิ.ย. | ก.ค. | ส.ค. | ก.ย. |";

    static Stream<Arguments> schedules() {
        return Stream.of(
                Arguments.of("months in one header row, ✓ ticks, activities numbered N.M", """
                        แผนปฏิบัติการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘
                        องค์การบริหารส่วนตำบลบ้านใหม่ อำเภอเมืองลำปาง จังหวัดลำปาง

                        | มาตรการ/กิจกรรม | ผู้รับผิดชอบ """ + MONTHS + """

                        | ๑. ส่งเสริมการเปิดเผยข้อมูลการจัดซื้อจัดจ้าง | กองคลัง | | | | | | | | | | | | |
                        | ๑.๑ จัดทำแผนการจัดซื้อจัดจ้างประจำปี | | ✓ | ✓ | | | | | | | | | | |
                        | ๑.๒ ประกาศผลการจัดซื้อจัดจ้างรายเดือนบนเว็บไซต์ | | | | ✓ | ✓ | ✓ | | | | | | | |
                        | ๒. อบรมคุณธรรมจริยธรรมแก่บุคลากร | สำนักปลัด | | | | | | ✓ | ✓ | | | | | |
                        """, List.of(
                        "1 | ส่งเสริมการเปิดเผยข้อมูลการจัดซื้อจัดจ้าง | จัดทำแผนการจัดซื้อจัดจ้างประจำปี; ประกาศผลการจัดซื้อจัดจ้างรายเดือนบนเว็บไซต์ | 2024-10-01..2025-02-28 | null | กองคลัง",
                        "2 | อบรมคุณธรรมจริยธรรมแก่บุคลากร | null | 2025-03-01..2025-04-30 | null | สำนักปลัด")),
                Arguments.of("quarters under a spanning fiscal year, X ticks, a number column, bullet activities", """
                        มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน
                        เทศบาลตำบลหนองแค อำเภอหนองแค จังหวัดสระบุรี

                        | ที่ | โครงการ/กิจกรรม | งบประมาณ (บาท) | ปีงบประมาณ พ.ศ. ๒๕๖๙ | | | | ผู้รับผิดชอบ |
                        | | | | ไตรมาส ๑ | ไตรมาส ๒ | ไตรมาส ๓ | ไตรมาส ๔ | |
                        | ๑ | ประชาสัมพันธ์ช่องทางร้องเรียนการทุจริต | ๒๐,๐๐๐ | | | | | งานนิติการ |
                        | | - จัดทำป้ายประชาสัมพันธ์หน้าสำนักงาน | | X | | | | |
                        | | - เผยแพร่ช่องทางทางเว็บไซต์และเพจเฟซบุ๊ก | | X | X | X | | |
                        | ๒ | ตรวจสอบพัสดุประจำปี | - | | | | X | กองคลัง |
                        """, List.of(
                        "1 | ประชาสัมพันธ์ช่องทางร้องเรียนการทุจริต | จัดทำป้ายประชาสัมพันธ์หน้าสำนักงาน; เผยแพร่ช่องทางทางเว็บไซต์และเพจเฟซบุ๊ก | 2025-10-01..2026-06-30 | null | งานนิติการ",
                        "2 | ตรวจสอบพัสดุประจำปี | null | 2026-07-01..2026-09-30 | null | กองคลัง")),
                Arguments.of("two header rows, the months split between two calendar years, ● ticks, no fiscal year in the title", """
                        มาตรการป้องกันการรับสินบน
                        องค์การบริหารส่วนตำบลท่าช้าง อำเภอเมืองจันทบุรี จังหวัดจันทบุรี

                        | มาตรการ | พ.ศ. ๒๕๖๗ | | | พ.ศ. ๒๕๖๘ | | | | | | | | |
                        | """ + MONTHS + """

                        | ประกาศนโยบายไม่รับของขวัญ (No Gift Policy) | | | ● | ● | | | | | | | | |
                        | ประเมินความเสี่ยงการรับสินบน | | | | | | | | | | ● | ● | ● |
                        """, List.of(
                        "null | ประกาศนโยบายไม่รับของขวัญ (No Gift Policy) | null | 2024-12-01..2025-01-31 | null | null",
                        "null | ประเมินความเสี่ยงการรับสินบน | null | 2025-07-01..2025-09-30 | null | null")),
                Arguments.of("months with their years printed, / ticks, a dash placeholder is no tick", """
                        มาตรการส่งเสริมคุณธรรมและความโปร่งใส
                        เทศบาลเมืองบ้านโป่ง อำเภอบ้านโป่ง จังหวัดราชบุรี

                        | กิจกรรม | ต.ค.๖๗ | พ.ย.๖๗ | ธ.ค.๖๗ | ม.ค.๖๘ | ก.พ.๖๘ | มี.ค.๖๘ | ผู้รับผิดชอบ |
                        | ๑. จัดทำคู่มือการปฏิบัติงานด้านการอนุญาต | - | / | / | - | - | - | กองช่าง |
                        | ๒. เผยแพร่คู่มือบนเว็บไซต์ | - | - | - | - | - | / | สำนักปลัด |
                        """, List.of(
                        "1 | จัดทำคู่มือการปฏิบัติงานด้านการอนุญาต | null | 2024-11-01..2024-12-31 | null | กองช่าง",
                        "2 | เผยแพร่คู่มือบนเว็บไซต์ | null | 2025-03-01..2025-03-31 | null | สำนักปลัด")),
                Arguments.of("full month names, an arrow drawn across months, a text period column kept as text", """
                        แผนการดำเนินงานตามมาตรการส่งเสริมคุณธรรม ประจำปีงบประมาณ ๒๕๖๘
                        องค์การบริหารส่วนจังหวัดน่าน

                        | มาตรการ | ระยะเวลา | ตุลาคม | พฤศจิกายน | ธันวาคม | มกราคม | กุมภาพันธ์ | มีนาคม |
                        | ๑. รายงานผลการใช้จ่ายงบประมาณ | ทุกไตรมาส | <----- | ----- | ----- | -----> | | |
                        | ๒. ทบทวนแผนบริหารความเสี่ยง | | | | | * | * | |
                        """, List.of(
                        "1 | รายงานผลการใช้จ่ายงบประมาณ | null | 2024-10-01..2025-01-31 | ทุกไตรมาส | null",
                        "2 | ทบทวนแผนบริหารความเสี่ยง | null | 2025-01-01..2025-02-28 | null | null")),
                Arguments.of("a schedule continued on the next page under its repeated header, (ต่อ) and wrapped activities", """
                        แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘
                        เทศบาลตำบลบางพลี อำเภอบางพลี จังหวัดสมุทรปราการ

                        | มาตรการ/กิจกรรม | ผู้รับผิดชอบ """ + MONTHS + """

                        | ๑. เสริมสร้างวัฒนธรรมองค์กรต่อต้านการทุจริต | สำนักปลัด | | | | | | | | | | | | |
                        | ๑.๑ อบรมหลักสูตรต้านทุจริตศึกษา | | | ✓ | | | | | | | | | | |
                        | ๑.๒ ประกวดหน่วยงาน | | | | | | | | | | | | | |
                        | ต่อต้านการทุจริตดีเด่น | | | | | | ✓ | | | | | | | |
                        | มาตรการ/กิจกรรม | ผู้รับผิดชอบ """ + MONTHS + """

                        | (ต่อ) | | | | | | | | | | | | | |
                        | ๑.๓ มอบรางวัลหน่วยงานดีเด่น | | | | | | | | | | ✓ | | | |
                        | ๒. เปิดเผยข้อมูลสาธารณะ | กองคลัง | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ |
                        """, List.of(
                        "1 | เสริมสร้างวัฒนธรรมองค์กรต่อต้านการทุจริต | อบรมหลักสูตรต้านทุจริตศึกษา; ประกวดหน่วยงาน ต่อต้านการทุจริตดีเด่น; มอบรางวัลหน่วยงานดีเด่น | 2024-11-01..2025-06-30 | null | สำนักปลัด",
                        "2 | เปิดเผยข้อมูลสาธารณะ | null | 2024-10-01..2025-09-30 | null | กองคลัง")),
                Arguments.of("a measure column and an activity column, the measure cell left empty under it", """
                        มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘
                        องค์การบริหารส่วนตำบลดอนแก้ว อำเภอแม่ริม จังหวัดเชียงใหม่

                        | มาตรการ | กิจกรรม | ไตรมาสที่ ๑ | ไตรมาสที่ ๒ | ไตรมาสที่ ๓ | ไตรมาสที่ ๔ |
                        | มาตรการจัดการเรื่องร้องเรียน | ๑. ทบทวนคู่มือรับเรื่องร้องเรียน | ✓ | | | |
                        | | ๒. รายงานสถิติเรื่องร้องเรียน | | ✓ | | ✓ |
                        | มาตรการตรวจสอบการใช้ดุลพินิจ | ๑. สุ่มตรวจการอนุมัติอนุญาต | | | ✓ | |
                        """, List.of(
                        "null | มาตรการจัดการเรื่องร้องเรียน | ทบทวนคู่มือรับเรื่องร้องเรียน; รายงานสถิติเรื่องร้องเรียน | 2024-10-01..2025-09-30 | null | null",
                        "null | มาตรการตรวจสอบการใช้ดุลพินิจ | สุ่มตรวจการอนุมัติอนุญาต | 2025-04-01..2025-06-30 | null | null")),
                Arguments.of("unnumbered measures, each with bullet activities under it", """
                        มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘
                        องค์การบริหารส่วนตำบลนาโพธิ์ อำเภอกุยบุรี จังหวัดประจวบคีรีขันธ์

                        | มาตรการ/กิจกรรม | ผู้รับผิดชอบ | ไตรมาสที่ ๑ | ไตรมาสที่ ๒ | ไตรมาสที่ ๓ | ไตรมาสที่ ๔ |
                        | การเปิดเผยข้อมูลการใช้จ่ายงบประมาณ | กองคลัง | | | | |
                        | - จัดทำรายงานการใช้จ่ายรายไตรมาส | | ✓ | ✓ | | |
                        | การส่งเสริมการมีส่วนร่วมของประชาชน | สำนักปลัด | | | | |
                        | - จัดเวทีประชาคมหมู่บ้าน | | | | ✓ | |
                        """, List.of(
                        "null | การเปิดเผยข้อมูลการใช้จ่ายงบประมาณ | จัดทำรายงานการใช้จ่ายรายไตรมาส | 2024-10-01..2025-03-31 | null | กองคลัง",
                        "null | การส่งเสริมการมีส่วนร่วมของประชาชน | จัดเวทีประชาคมหมู่บ้าน | 2025-04-01..2025-06-30 | null | สำนักปลัด")),
                Arguments.of("a group heading spans the table; a numbered measure written alone on its row heads its activities", """
                        แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘
                        องค์การบริหารส่วนตำบลโคกกลาง อำเภอพนมไพร จังหวัดร้อยเอ็ด

                        | โครงการ/กิจกรรม | ไตรมาส ๑ | ไตรมาส ๒ | ไตรมาส ๓ | ไตรมาส ๔ |
                        | ยุทธศาสตร์ที่ ๑ สร้างสังคมที่ไม่ทนต่อการทุจริต |
                        | ๑. โครงการปลูกจิตสำนึกต่อต้านการทุจริต |
                        | ๑.๑ กิจกรรมเข้าค่ายเยาวชนสุจริต | | ✓ | | |
                        | ๑.๒ กิจกรรมรณรงค์วันต่อต้านคอร์รัปชันสากล | ✓ | | | |
                        | ยุทธศาสตร์ที่ ๒ ยกระดับการบริหารราชการ |
                        | ๑. มาตรการลดขั้นตอนการให้บริการ | | | ✓ | ✓ |
                        """, List.of(
                        "1 | โครงการปลูกจิตสำนึกต่อต้านการทุจริต | กิจกรรมเข้าค่ายเยาวชนสุจริต; กิจกรรมรณรงค์วันต่อต้านคอร์รัปชันสากล | 2024-10-01..2025-03-31 | null | null",
                        "1 | มาตรการลดขั้นตอนการให้บริการ | null | 2025-04-01..2025-09-30 | null | null")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schedules")
    void aScheduleGivesItsMeasuresWithTheSpanTheirTicksDraw(String variation, String document, List<String> expected)
            throws IngestException {
        Report report = extract(document);
        assertEquals(expected, report.measures().stream().map(ScheduleDocumentsTest::line).toList(), variation);
        if (variation.startsWith("a group heading")) {
            assertEquals(List.of("ยุทธศาสตร์ที่ 1 สร้างสังคมที่ไม่ทนต่อการทุจริต", "ยุทธศาสตร์ที่ 2 ยกระดับการบริหารราชการ"),
                    report.measures().stream().map(m -> m.extra().get("group")).toList());
        }
    }

    static Report extract(String document) throws IngestException {
        var layout = new TextFormReader().read(document.getBytes(StandardCharsets.UTF_8));
        return Extraction.extract(layout, new Source("file:/plan.txt", "plan.txt", "0".repeat(64), "text/plain", 1, "text"));
    }

    private static String line(Measure m) {
        return String.join(" | ", m.optionalNumber().orElse("null"), m.title(),
                m.steps() == null || m.steps().isEmpty() ? "null" : String.join("; ", m.steps()),
                m.period().optionalStart().map(s -> s + ".." + m.period().end()).orElse("null"),
                m.period().optionalText().orElse("null"), m.optionalResponsible().orElse("null"));
    }
}
