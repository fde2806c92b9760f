package org.itaminer.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.itaminer.extract.Extraction;
import org.itaminer.ingest.text.TextFormReader;
import org.itaminer.model.report.DocumentKind;
import org.itaminer.model.report.Report;
import org.itaminer.model.report.Source;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The title is the document's heading block, wherever it stands and however it is set: agency first,
 * one line per paragraph, followed at once by a preamble, a numbered section or a table, behind a memo
 * cover (whose own lines never become the title, and whose subject does not decide the kind), a table
 * of contents or a คำนำ page. Small documents in the text form, read by the text-form reader.
 */
class HeadingAndCoverTest {

    private static final Source SOURCE = new Source("file:/x.txt", "x.txt", "0".repeat(64), "text/plain", 1, "text");

    private static final String MEASURES = """
            มาตรการ\tวิธีการดำเนินการ\tผู้รับผิดชอบ\tระยะเวลา
            ๑. เปิดเผยข้อมูลการจัดซื้อจัดจ้างบนเว็บไซต์\tเผยแพร่ประกาศและผลการจัดซื้อจัดจ้างทุกเดือน\tกองคลัง\tตลอดปีงบประมาณ
            ๒. จัดให้มีช่องทางร้องเรียนการทุจริต\tจัดทำแบบฟอร์มร้องเรียนออนไลน์\tสำนักปลัด\tไตรมาสที่ ๑
            """;

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("agency line above the heading, measures as มาตรการที่ paragraphs", """
                        องค์การบริหารส่วนตำบลหนองแสง
                        มาตรการส่งเสริมคุณธรรมและความโปร่งใส
                        ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

                        ตามที่สำนักงาน ป.ป.ช. ได้ประเมินคุณธรรมและความโปร่งใสในการดำเนินงานขององค์การบริหารส่วนตำบลหนองแสง จึงกำหนดมาตรการ ดังนี้

                        มาตรการที่ ๑ การเปิดเผยข้อมูลสาธารณะ
                        ผู้รับผิดชอบ: สำนักปลัด
                        """, "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567", DocumentKind.PLAN),
                Arguments.of("one heading line per paragraph, a round line, then the agency and a table", """
                        รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส

                        รอบ ๖ เดือน (ตุลาคม ๒๕๖๖ – มีนาคม ๒๕๖๗)

                        เทศบาลตำบลหนองปลิง อำเภอเมืองนครสวรรค์ จังหวัดนครสวรรค์

                        """ + MEASURES, "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส รอบ 6 เดือน (ตุลาคม 2566 – มีนาคม 2567)",
                        DocumentKind.REPORT),
                Arguments.of("a preamble straight under the heading, no blank line", """
                        มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน
                        ประจำปีงบประมาณ พ.ศ. ๒๕๖๘
                        องค์การบริหารส่วนตำบลป่าแดงได้วิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ และกำหนดมาตรการเพื่อส่งเสริมคุณธรรม ดังนี้

                        """ + MEASURES, "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568", DocumentKind.PLAN),
                Arguments.of("a numbered section straight under the heading", """
                        แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗
                        องค์การบริหารส่วนตำบลบางระกำ
                        ๑. หลักการและเหตุผล

                        """ + MEASURES, "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2567 องค์การบริหารส่วนตำบลบางระกำ", DocumentKind.PLAN),
                Arguments.of("a table straight under the heading", """
                        มาตรการป้องกันการรับสินบน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘
                        """ + MEASURES, "มาตรการป้องกันการรับสินบน ประจำปีงบประมาณ พ.ศ. 2568", DocumentKind.PLAN),
                Arguments.of("memo cover in one block with approvals; its subject says รายงานผล, the body is a plan", """
                        บันทึกข้อความ
                        ส่วนราชการ สำนักปลัด องค์การบริหารส่วนตำบลดอนตูม โทร. ๐ ๓๔๓๙ ๑๒๓๔
                        ที่ นฐ ๘๐๓๐๑/๑๑๒ วันที่ ๑๐ พฤศจิกายน ๒๕๖๖
                        เรื่อง รายงานผลการจัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน
                        เรียน นายกองค์การบริหารส่วนตำบลดอนตูม

                        ตามที่สำนักปลัดได้วิเคราะห์ผลการประเมิน ITA และจัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใส รายละเอียดตามเอกสารที่แนบมาพร้อมนี้

                        จึงเรียนมาเพื่อโปรดทราบ
                        (นางสาวมาลี ใจงาม)
                        ปลัดองค์การบริหารส่วนตำบลดอนตูม

                        - ทราบ -
                        - อนุญาต -
                        (นายสมพงษ์ รักดี)
                        นายกองค์การบริหารส่วนตำบลดอนตูม

                        องค์การบริหารส่วนตำบลดอนตูม
                        มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน
                        ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

                        """ + MEASURES, "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2567", DocumentKind.PLAN),
                Arguments.of("a table of contents before the heading", """
                        สารบัญ

                        มาตรการส่งเสริมคุณธรรมและความโปร่งใส ................ ๑
                        การวิเคราะห์ผลการประเมิน ITA ................ ๒

                        มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙
                        เทศบาลเมืองหนองคาย

                        """ + MEASURES, "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569 เทศบาลเมืองหนองคาย",
                        DocumentKind.PLAN),
                Arguments.of("a คำนำ page before the heading", """
                        คำนำ

                        มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานของเทศบาลตำบลบ้านใหม่ ฉบับนี้ จัดทำขึ้นเพื่อยกระดับผลการประเมิน

                        เทศบาลตำบลบ้านใหม่

                        รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส
                        ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

                        """ + MEASURES, "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567",
                        DocumentKind.REPORT),
                Arguments.of("a ประกาศ cover sets the measures", """
                        ประกาศองค์การบริหารส่วนตำบลห้วยทราย
                        เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘
                        ...............................

                        ด้วยองค์การบริหารส่วนตำบลห้วยทรายได้กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใส รายละเอียดแนบท้ายประกาศนี้

                        ประกาศ ณ วันที่ ๑ ตุลาคม พ.ศ. ๒๕๖๗

                        """ + MEASURES, "ประกาศองค์การบริหารส่วนตำบลห้วยทราย เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568",
                        DocumentKind.PLAN),
                Arguments.of("a ประกาศ cover in front of the plan's own heading", """
                        ประกาศเทศบาลตำบลแม่สาย
                        เรื่อง การใช้มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน
                        ...............................

                        เพื่อให้การดำเนินงานของเทศบาลตำบลแม่สายเป็นไปด้วยความโปร่งใส จึงประกาศใช้มาตรการตามเอกสารแนบท้ายประกาศนี้

                        ประกาศ ณ วันที่ ๒ ตุลาคม พ.ศ. ๒๕๖๗
                        (นายวิชัย ศรีสุข)
                        นายกเทศมนตรีตำบลแม่สาย

                        มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน
                        ประจำปีงบประมาณ พ.ศ. ๒๕๖๘
                        เทศบาลตำบลแม่สาย อำเภอแม่สาย จังหวัดเชียงราย

                        """ + MEASURES, "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568 เทศบาลตำบลแม่สาย อำเภอแม่สาย จังหวัดเชียงราย",
                        DocumentKind.PLAN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void titleIsTheHeadingBlock(String name, String document, String title, DocumentKind kind) throws Exception {
        Report report = Extraction.extract(new TextFormReader().read(document.getBytes(StandardCharsets.UTF_8)), SOURCE);
        assertEquals(title, report.title(), name);
        assertEquals(kind, report.kind(), name);
    }
}
