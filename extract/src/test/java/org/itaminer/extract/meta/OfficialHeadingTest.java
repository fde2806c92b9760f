package org.itaminer.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Heading blocks of ประกาศ and คำสั่ง as published: " / " separates lines, "||" paragraphs. */
class OfficialHeadingTest {

    private static List<List<String>> paragraphs(String layout) {
        List<List<String>> out = new ArrayList<>();
        for (String p : layout.split("\\|\\|")) {
            out.add(List.of(p.strip().split("\\s+/\\s+")));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "null", textBlock = """
            # the subject line and the rule of dots under it: the body after the rule is not the title
            "ประกาศสำนักงานสาธารณสุขอำเภอหนองใหญ่ / เรื่อง มาตรการป้องกันการทุจริตและประพฤติมิชอบในการจัดซื้อจัดจ้าง / ........................................ / ตามพระราชบัญญัติการจัดซื้อจัดจ้าง พ.ศ. 2560 มีผลบังคับใช้" | ประกาศสำนักงานสาธารณสุขอำเภอหนองใหญ่ เรื่อง มาตรการป้องกันการทุจริตและประพฤติมิชอบในการจัดซื้อจัดจ้าง | มาตรการป้องกันการทุจริตและประพฤติมิชอบในการจัดซื้อจัดจ้าง
            # an order's number between the issuer and the subject; the subject wraps over two lines
            "คำสั่งองค์การบริหารส่วนตำบลบ้านโคก / ที่ 150/2563 / เรื่อง มอบหมายการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ / ขององค์การบริหารส่วนตำบลบ้านโคก / ----------------" | คำสั่งองค์การบริหารส่วนตำบลบ้านโคก ที่ 150/2563 เรื่อง มอบหมายการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ ขององค์การบริหารส่วนตำบลบ้านโคก | มอบหมายการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ ขององค์การบริหารส่วนตำบลบ้านโคก
            # ว่าด้วย instead of เรื่อง; the paragraph ends the subject
            "ประกาศเทศบาลตำบลท่าโพธิ์ / ว่าด้วยแนวทางปฏิบัติงานเพื่อตรวจสอบบุคลากรด้านการจัดซื้อจัดจ้าง / ประจำปีงบประมาณ พ.ศ. 2567 || เพื่อให้ผู้ปฏิบัติงานด้านพัสดุมีแนวทางการปฏิบัติตน" | ประกาศเทศบาลตำบลท่าโพธิ์ ว่าด้วยแนวทางปฏิบัติงานเพื่อตรวจสอบบุคลากรด้านการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567 | แนวทางปฏิบัติงานเพื่อตรวจสอบบุคลากรด้านการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567
            # the subject in a paragraph of its own (a heading set a size larger); the body's opening words end it
            "ประกาศองค์การบริหารส่วนตำบลโคกกระเบื้องทอง || เรื่อง มาตรการป้องกันการรับสินบน / ด้วยองค์การบริหารส่วนตำบลโคกกระเบื้องทองมีความมุ่งมั่น" | ประกาศองค์การบริหารส่วนตำบลโคกกระเบื้องทอง เรื่อง มาตรการป้องกันการรับสินบน | มาตรการป้องกันการรับสินบน
            # not heading blocks: the signing date, a body sentence, a ประกาศ with no subject near it
            "ประกาศ ณ วันที่ 13 พฤศจิกายน พ.ศ. 2562 / เรื่อง ใด ๆ" | null | null
            "ประกาศผลการคัดเลือกผู้ชนะการเสนอราคา / ซื้อวัสดุสำนักงาน / โดยวิธีเฉพาะเจาะจง / จำนวน 5 รายการ / เรื่อง อื่น" | null | null
            "รายงานผลการดำเนินการ / เรื่อง มาตรการ" | null | null
            """)
    void headingBlock(String layout, String title, String subject) {
        Optional<OfficialHeading> found = OfficialHeading.at(paragraphs(layout), 0);
        if (title == null) {
            assertTrue(found.isEmpty(), () -> "no heading block expected, got " + found);
            return;
        }
        assertEquals(title, found.orElseThrow().text());
        assertEquals(subject, found.get().subject());
    }
}
