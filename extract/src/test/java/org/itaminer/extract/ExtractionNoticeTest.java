package org.itaminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.itaminer.model.report.DocumentKind;
import org.itaminer.model.report.Measure;
import org.itaminer.model.report.Report;
import org.itaminer.model.report.Source;
import org.itaminer.model.layout.Block;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.TextSource;
import org.junit.jupiter.api.Test;

/**
 * ประกาศ and คำสั่ง that number their clauses: only one whose subject is มาตรการ... sets measures. Pages are
 * written as a PDF's paragraphs come out, with the catchword and page number around the page break.
 */
class ExtractionNoticeTest {

    /** Pages separated by "=====", paragraphs by blank lines, lines by newlines. */
    private static Report extract(String text) {
        List<Page> pages = new ArrayList<>();
        for (String page : text.split("=====\n")) {
            List<Block> blocks = new ArrayList<>();
            for (String p : page.strip().split("\n\n")) {
                blocks.add(new Paragraph(List.of(p.split("\n"))));
            }
            pages.add(new Page(pages.size() + 1, blocks));
        }
        LayoutDocument layout = new LayoutDocument("application/pdf", TextSource.PDF_TEXT, pages, List.of());
        return Extraction.extract(layout, new Source("file:/x.pdf", "x.pdf", "0".repeat(64), "application/pdf",
                pages.size(), "pdf-text"));
    }

    private static final String BODY = """
            ........................................
            ตามพระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ.๒๕๖๐ มีผลบังคับใช้
            ไปแล้วนั้น เพื่อให้การดำเนินงานเกี่ยวกับการจัดซื้อจัดจ้างของโรงพยาบาลบ้านโคก โปร่งใส ตรวจสอบได้

            โรงพยาบาลบ้านโคก จึงกำหนดไว้ ดังต่อไปนี้

            ๑.จัดทำแผนจัดซื้อจัดจ้างประจำปี ซึ่งครอบคลุมรายละเอียดสาระสำคัญ
            และเผยแพร่ให้ทราบโดยทั่วกัน ตั้งแต่ต้นปีงบประมาณ
            ๒.มีการประกาศเผยแพร่การจัดซื้อจัดจ้างแต่ละโครงการล่วงหน้า
            ๒.๑ ประกาศในเว็บไซต์ของกรมบัญชีกลาง
            ๒.๒ ประกาศในเว็บไซต์ของหน่วยงาน
            ๓.ให้ดำเนินการตรวจสอบควบคุมงานก่อสร้างให้เป็นตามมาตรฐาน ถูกต้องตามแบบรูปและ

            /รายการตาม...
            =====
            -๒-

            รายการตามสัญญาจ้าง ทั้งนี้เพื่อป้องกันมิให้ผู้รับจ้างลดคุณภาพของงาน
            ๔.มีการวิเคราะห์ผลการจัดซื้อจัดจ้างประจำปีงบประมาณ

            จึงประกาศให้ทราบโดยทั่วกัน

            ประกาศ ณ วันที่ ๑๓ พฤศจิกายน พ.ศ. ๒๕๖๒
            """;

    @Test
    void noticeWhoseSubjectIsMeasuresSetsItsNumberedItemsAsMeasures() {
        Report report = extract("ประกาศโรงพยาบาลบ้านโคก\nเรื่อง มาตรการป้องกันการทุจริตและประพฤติมิชอบในการจัดซื้อจัดจ้าง\n" + BODY);
        assertEquals("ประกาศโรงพยาบาลบ้านโคก เรื่อง มาตรการป้องกันการทุจริตและประพฤติมิชอบในการจัดซื้อจัดจ้าง", report.title());
        assertEquals(DocumentKind.PLAN, report.kind());
        List<Measure> ms = report.measures();
        assertEquals(List.of("1", "2", "3", "4"), ms.stream().map(Measure::number).toList());
        assertEquals("จัดทำแผนจัดซื้อจัดจ้างประจำปี ซึ่งครอบคลุมรายละเอียดสาระสำคัญ และเผยแพร่ให้ทราบโดยทั่วกัน ตั้งแต่ต้นปีงบประมาณ",
                ms.get(0).title());
        assertNull(ms.get(0).steps(), "an item without sub-items has no steps column");
        assertEquals(List.of("ประกาศในเว็บไซต์ของกรมบัญชีกลาง", "ประกาศในเว็บไซต์ของหน่วยงาน"), ms.get(1).steps());
        // the catchword and the page number are skipped; the item goes on over the page break
        assertEquals("ให้ดำเนินการตรวจสอบควบคุมงานก่อสร้างให้เป็นตามมาตรฐาน ถูกต้องตามแบบรูปและ"
                + " รายการตามสัญญาจ้าง ทั้งนี้เพื่อป้องกันมิให้ผู้รับจ้างลดคุณภาพของงาน", ms.get(2).title());
        assertEquals("มีการวิเคราะห์ผลการจัดซื้อจัดจ้างประจำปีงบประมาณ", ms.get(3).title(), "the closing formula ends the list");
        assertEquals(2, ms.get(3).page());
    }

    @Test
    void noticeOnAnotherSubjectKeepsItsNumberedClausesAsText() {
        Report report = extract("ประกาศโรงพยาบาลบ้านโคก\nว่าด้วยแนวทางปฏิบัติงานเพื่อตรวจสอบบุคลากรในหน่วยงานด้านการจัดซื้อจัดจ้าง\n" + BODY);
        assertEquals(DocumentKind.OTHER, report.kind());
        assertEquals(0, report.measures().size());
        report = extract("คำสั่งโรงพยาบาลบ้านโคก\nที่ ๑๕๐/๒๕๖๓\nเรื่อง แต่งตั้งคณะกรรมการกำหนดมาตรการป้องกันการทุจริต\n" + BODY);
        assertEquals(DocumentKind.OTHER, report.kind());
        assertEquals(0, report.measures().size());
    }

    @Test
    void wrappedSentenceHoldingALabelWordIsNotALabel() {
        // "และรายงานผลการติดตาม..." holds การติดตาม: it must not turn a plain list item into a labelled measure
        Report report = extract("ประกาศโรงพยาบาลบ้านโคก\nเรื่อง แนวทางการตรวจสอบงานก่อสร้าง\n\n"
                + "๑.ให้มีการติดตามตรวจสอบการดำเนินงานก่อสร้างตามสัญญาจ้าง\nและรายงานผลการติดตามตรวจสอบทุกเดือน\n"
                + "๒.ให้มีการตรวจรับพัสดุโดยครบถ้วน");
        assertEquals(0, report.measures().size());
        assertEquals(DocumentKind.OTHER, report.kind());
    }
}
