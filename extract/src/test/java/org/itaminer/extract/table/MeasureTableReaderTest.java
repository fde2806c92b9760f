package org.itaminer.extract.table;

import org.itaminer.extract.measure.ColumnRole;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalInt;
import org.itaminer.extract.measure.MeasureBuilder;
import org.itaminer.model.report.Measure;
import org.itaminer.model.layout.Block;
import org.itaminer.model.layout.Cell;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.Row;
import org.itaminer.model.layout.Table;
import org.itaminer.model.layout.TableMethod;
import org.itaminer.model.layout.TextSource;
import org.junit.jupiter.api.Test;

class MeasureTableReaderTest {

    private static final Row HEADER = Row.of("มาตรการ/แนวทาง", "วิธีการดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลา", "การติดตามผล");

    private static LayoutDocument doc(List<Block>... pages) {
        List<Page> ps = new java.util.ArrayList<>();
        for (List<Block> blocks : pages) {
            ps.add(new Page(ps.size() + 1, blocks));
        }
        return new LayoutDocument("text/plain", TextSource.TEXT, ps, List.of());
    }

    @Test
    void continuationRowsAcrossPagesMergeIntoOneMeasure() {
        LayoutDocument layout = doc(
                List.of(new Table(List.of(HEADER,
                        Row.of("1. เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง", "1. จัดทำแผน", "กองคลัง", "ตลอดปีงบประมาณ", "รายงานผลทุกไตรมาส")), TableMethod.TEXT_FORM)),
                List.of(new Table(List.of(HEADER,
                        Row.of("(ต่อ)", "2. เผยแพร่ผลรายเดือน", "กองคลัง", "", "รายงานผลทุกไตรมาส"),
                        Row.of("2. มาตรการไม่รับของขวัญ", "ประกาศนโยบาย", "สำนักปลัด", "ไตรมาสที่ 1", "")), TableMethod.TEXT_FORM)));
        List<MeasureRow> rows = MeasureTableReader.rows(layout);
        assertEquals(2, rows.size());
        assertEquals("1. เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง", rows.get(0).text(ColumnRole.MEASURE).orElseThrow());
        assertEquals("1. จัดทำแผน 2. เผยแพร่ผลรายเดือน", rows.get(0).text(ColumnRole.STEPS).orElseThrow());
        assertEquals("กองคลัง", rows.get(0).text(ColumnRole.RESPONSIBLE).orElseThrow(), "a repeated cell is kept once");
        assertEquals("รายงานผลทุกไตรมาส", rows.get(0).text(ColumnRole.MONITORING).orElseThrow());
        assertEquals(2, rows.get(1).page());
    }

    @Test
    void emptyFirstCellContinuesAndHeaderlessTableOnNextPageKeepsTheLayout() {
        LayoutDocument layout = doc(
                List.of(new Table(List.of(HEADER, Row.of("1. จัดทำคู่มือ", "1. แต่งตั้งคณะทำงาน", "สำนักปลัด", "ไตรมาสที่ 2", "")), TableMethod.TEXT_FORM)),
                List.of(new Table(List.of(Row.of("", "2. เผยแพร่คู่มือ", "", "", "")), TableMethod.TEXT_FORM)));
        List<MeasureRow> rows = MeasureTableReader.rows(layout);
        assertEquals(1, rows.size());
        assertEquals("1. แต่งตั้งคณะทำงาน 2. เผยแพร่คู่มือ", rows.get(0).text(ColumnRole.STEPS).orElseThrow());
    }

    @Test
    void columnsAreFoundByTheirWordsInAnyOrderAndUnknownColumnsKept() {
        Row header = Row.of("ข้อที่", "มาตรการ", "กลุ่มเป้าหมาย", "ผลการปฏิบัติ", "ระยะเวลา");
        LayoutDocument layout = doc(List.of(new Table(List.of(header,
                Row.of("1", "อบรมคุณธรรมจริยธรรม", "บุคลากรทุกคน", "อบรมแล้ว 45 คน", "มีนาคม 2568")), TableMethod.STREAM)));
        MeasureRow row = MeasureTableReader.rows(layout).get(0);
        assertEquals("1", row.text(ColumnRole.NUMBER).orElseThrow());
        assertEquals("อบรมคุณธรรมจริยธรรม", row.text(ColumnRole.MEASURE).orElseThrow());
        assertEquals("อบรมแล้ว 45 คน", row.text(ColumnRole.RESULT).orElseThrow());
        assertEquals("บุคลากรทุกคน", row.text(ColumnRole.TARGET_GROUP).orElseThrow());
    }

    @Test
    void aColumnTheVocabularyDoesNotKnowIsKeptAsExtra() {
        Row header = Row.of("มาตรการ", "วิธีการดำเนินการ", "ผู้ประสานงาน");
        LayoutDocument layout = doc(List.of(new Table(List.of(header,
                Row.of("1. อบรมคุณธรรม", "จัดอบรม", "นางสาวสมใจ")), TableMethod.TEXT_FORM)));
        MeasureRow row = MeasureTableReader.rows(layout).get(0);
        assertEquals(ColumnRole.EXTRA, row.layout().roles().get(2));
        assertEquals("นางสาวสมใจ", row.text(2));
    }

    /** Strategy rows span the table (a merged cell, a one-cell pipe row, or a grouping word alone in its row). */
    @Test
    void groupHeadingsAreNotMeasuresAndGroupTheRowsBelowThem() {
        Row header = Row.of("แผนงาน/โครงการ", "วัตถุประสงค์", "กิจกรรม", "ผลการดำเนินงาน", "หมายเหตุ");
        LayoutDocument layout = doc(
                List.of(new Table(List.of(header,
                        new Row(List.of(new org.itaminer.model.layout.Cell(List.of("กลยุทธ์ที่ 1 ปลูกฝังจิตสำนึกสุจริต"), 5))),
                        Row.of("1. อบรมวินัยและผลประโยชน์ทับซ้อน", "เพื่อให้บุคลากรมีความรู้", "- จัดอบรม", "อบรมแล้ว 60 คน", ""),
                        Row.of("มิติที่ 2 การบริหารราชการเพื่อป้องกันการทุจริต"),
                        Row.of("1. ประกาศเจตจำนงสุจริต", "เพื่อแสดงเจตนารมณ์", "- ประกาศบนเว็บไซต์", "ประกาศแล้ว", "-")), TableMethod.HTML)),
                List.of(new Table(List.of(header,
                        Row.of("ยุทธศาสตร์ที่ 3 เสริมสร้างการมีส่วนร่วม", "", "", "", ""),
                        Row.of("1. เครือข่ายเฝ้าระวัง", "เพื่อสร้างเครือข่าย", "- อบรมแกนนำ", "แกนนำ 40 คน", "ร่วมกับอำเภอ")), TableMethod.TEXT_FORM)));
        List<MeasureRow> rows = MeasureTableReader.rows(layout);
        assertEquals(3, rows.size());
        assertEquals(List.of("กลยุทธ์ที่ 1 ปลูกฝังจิตสำนึกสุจริต", "มิติที่ 2 การบริหารราชการเพื่อป้องกันการทุจริต",
                "ยุทธศาสตร์ที่ 3 เสริมสร้างการมีส่วนร่วม"), rows.stream().map(r -> r.group().orElseThrow()).toList());
        MeasureRow first = rows.get(0);
        assertEquals("1. อบรมวินัยและผลประโยชน์ทับซ้อน", first.text(ColumnRole.MEASURE).orElseThrow());
        assertEquals("เพื่อให้บุคลากรมีความรู้", first.text(ColumnRole.OBJECTIVE).orElseThrow());
        assertEquals("- จัดอบรม", first.text(ColumnRole.STEPS).orElseThrow(), "the กิจกรรม column beside the project column");
        assertEquals("อบรมแล้ว 60 คน", first.text(ColumnRole.RESULT).orElseThrow());
        assertEquals("ร่วมกับอำเภอ", rows.get(2).text(ColumnRole.REMARK).orElseThrow());
    }

    /** Found on report_pao_phatthalung_2568: a data row whose cells hold header words passed for a header. */
    @Test
    void aDataRowHoldingHeaderWordsIsNotAHeader() {
        Row header = Row.of("แผนงาน/โครงการ", "วัตถุประสงค์", "กิจกรรม", "ผลการดำเนินงาน", "หมายเหตุ");
        LayoutDocument layout = doc(List.of(new Table(List.of(header,
                Row.of("มิติที่ 2 การบริหารราชการเพื่อป้องกันการทุจริต"),
                Row.of("1. มาตรการจัดการเรื่องร้องเรียน", "เพื่อให้มีช่องทางร้องเรียน", "จัดทำคู่มือ", "มีเรื่องร้องเรียน 4 เรื่อง", ""),
                Row.of("2. โครงการเผยแพร่ข้อมูลข่าวสารด้านการจัดซื้อจัดจ้าง", "เพื่อให้ประชาชนตรวจสอบการใช้จ่ายงบประมาณได้",
                        "เผยแพร่ประกาศจัดซื้อจัดจ้างและสรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)", "เผยแพร่ครบ 12 เดือน", "-")),
                TableMethod.TEXT_FORM)));
        List<MeasureRow> rows = MeasureTableReader.rows(layout);
        assertEquals(2, rows.size());
        assertEquals("มิติที่ 2 การบริหารราชการเพื่อป้องกันการทุจริต", rows.get(1).group().orElseThrow());
    }

    @Test
    void aMeasureCellBeginningWithTheHeaderWordKeepsIt() {
        Row header = Row.of("ข้อที่", "มาตรการ", "กลุ่มเป้าหมาย", "สถิติ", "ผลการปฏิบัติ", "ระยะเวลา");
        LayoutDocument layout = doc(List.of(new Table(List.of(header,
                Row.of("1", "มาตรการป้องกันการรับสินบนในการจัดซื้อจัดจ้าง", "เจ้าหน้าที่พัสดุ", "ไม่พบ", "ไม่พบการเรียกรับ", "ตลอดปีงบประมาณ")),
                TableMethod.TEXT_FORM)));
        MeasureRow row = MeasureTableReader.rows(layout).get(0);
        assertEquals("มาตรการป้องกันการรับสินบนในการจัดซื้อจัดจ้าง", row.text(ColumnRole.MEASURE).orElseThrow());
        assertEquals("ไม่พบ", row.text(ColumnRole.STATISTICS).orElseThrow());
        assertEquals("1", row.text(ColumnRole.NUMBER).orElseThrow());
    }

    @Test
    void tablesWithoutAMeasureHeaderGiveNoMeasures() {
        LayoutDocument layout = doc(List.of(
                new Paragraph(List.of("ผลการประเมิน")),
                new Table(List.of(Row.of("ตัวชี้วัดของการประเมิน ITA", "ประเด็นที่ต้องแก้ไข"),
                        Row.of("1. การปฏิบัติหน้าที่ 99.71 คะแนน", "-")), TableMethod.TEXT_FORM)));
        assertEquals(0, MeasureTableReader.rows(layout).size());
    }

    @Test
    void headerEchoAtTheStartOfACellIsDropped() {
        assertEquals("1. แต่งตั้งคณะกรรมการ", MeasureTableReader.cellText(
                org.itaminer.model.layout.Cell.of("การติดตามผล การดำเนินการ 1. แต่งตั้งคณะกรรมการ"), "การติดตามผลการดำเนินการ"));
        assertEquals("การติดตามผล", MeasureTableReader.cellText(
                org.itaminer.model.layout.Cell.of("การติดตามผล"), "การติดตามผล"), "a cell that is only the echo stays");
        assertEquals("รายงานผลทุกไตรมาส", MeasureTableReader.cellText(
                new org.itaminer.model.layout.Cell(List.of("การติดตามผล", "รายงานผลทุกไตรมาส")), "การติดตามผล"),
                "the echo as the cell's own first paragraph");
        assertEquals("มาตรการไม่รับของขวัญ", MeasureTableReader.cellText(
                org.itaminer.model.layout.Cell.of("มาตรการไม่รับของขวัญ"), "มาตรการ"), "a word that goes on is no echo");
    }

    /** A header cell merged over two columns, split by the row below: "การดำเนินงาน" over "ดำเนินการแล้ว | ยังมิได้ดำเนินการ". */
    @Test
    void twoLevelHeaderWithMergedCellReadsTickedOptionAsStatus() {
        Row header = new Row(List.of(Cell.of("กิจกรรม"), new Cell(List.of("การดำเนินงาน"), 2), Cell.of("จำนวน"),
                Cell.of("ผลการดำเนินงาน"), Cell.of("หมายเหตุ")));
        Row sub = Row.of("", "ดำเนินการ แล้ว", "ยังมิได้ ดำเนินการ", "", "", "");
        LayoutDocument layout = doc(
                List.of(new Table(List.of(header, sub,
                        Row.of("1. โครงการสร้างคุณธรรม จริยธรรม เพื่อป้องกันการทุจริต", "/", "", "จนท. 150 คน",
                                "จนท. จำนวน 150 คน เข้าร่วมรับฟังบรรยาย", ""),
                        Row.of("2. กิจกรรมจิตอาสาทำความดีด้วยหัวใจ", "", "/", "", "", "เลื่อนไปไตรมาสหน้า")), TableMethod.LATTICE)),
                // the same two-level header repeated on the next page is skipped, not read as a measure
                List.of(new Table(List.of(header, sub,
                        Row.of("3. โครงการอบรมหลักสูตรต้านทุจริตศึกษา", "/", "", "150 คน", "อบรมครบตามเป้าหมาย", "")), TableMethod.LATTICE)));
        List<MeasureRow> rows = MeasureTableReader.rows(layout);
        assertEquals(3, rows.size());
        assertEquals("1. โครงการสร้างคุณธรรม จริยธรรม เพื่อป้องกันการทุจริต", rows.get(0).text(ColumnRole.MEASURE).orElseThrow());
        assertEquals("จนท. จำนวน 150 คน เข้าร่วมรับฟังบรรยาย", rows.get(0).text(ColumnRole.RESULT).orElseThrow());
        assertEquals("เลื่อนไปไตรมาสหน้า", rows.get(1).text(ColumnRole.REMARK).orElseThrow());
        Measure first = MeasureBuilder.build(rows.get(0).draft(), 1, OptionalInt.of(2567));
        Measure second = MeasureBuilder.build(rows.get(1).draft(), 2, OptionalInt.of(2567));
        assertEquals("ดำเนินการแล้ว", first.extra().get("status"));
        assertEquals("จนท. 150 คน", first.extra().get("จำนวน"));
        assertEquals("ยังมิได้ดำเนินการ", second.extra().get("status"));
    }

    /** A risk-plan status form: risk, status boxes, result; without a control-measure column each risk is the unit. */
    @Test
    void riskFormWithoutMeasureColumnReadsTheRiskAsTheMeasure() {
        Row header = Row.of("โอกาส/ความเสี่ยงการทุจริต", "สถานะการดำเนินการจัดการความเสี่ยง", "ผลการดำเนินงาน");
        String boxes = "\uF0A3 ยังไม่ได้ดำเนินการ \uF052 เฝ้าระวังและติดตามต่อเนื่อง \uF0A3 เริ่มดำเนินการไปบ้างแต่ยังไม่ครบถ้วน";
        LayoutDocument layout = doc(List.of(new Table(List.of(
                Row.of("แบบรายงานสถานะแผนบริหารความเสี่ยงการทุจริต (รอบ 12 เดือน)"),
                header,
                Row.of("1. กระบวนการจัดซื้อจัดจ้างไม่เป็นไปตามระเบียบ", boxes, "ไม่พบอุบัติการณ์ข้อร้องเรียน")), TableMethod.LATTICE)));
        Measure m = MeasureBuilder.build(MeasureTableReader.rows(layout).get(0).draft(), 1, OptionalInt.of(2567));
        assertEquals("1", m.number());
        assertEquals("กระบวนการจัดซื้อจัดจ้างไม่เป็นไปตามระเบียบ", m.title());
        assertEquals("เฝ้าระวังและติดตามต่อเนื่อง", m.extra().get("status"));
        assertEquals("ไม่พบอุบัติการณ์ข้อร้องเรียน", m.result());

        // beside a control-measure column the risk is kept in extra
        Row withMeasure = Row.of("เหตุการณ์ความเสี่ยง", "มาตรการควบคุมความเสี่ยง", "สถานะ", "ผลการดำเนินงาน");
        layout = doc(List.of(new Table(List.of(withMeasure,
                Row.of("เรียกรับสินบนในการจัดซื้อ", "1. ประกาศเจตนารมณ์ไม่รับสินบน", "ดำเนินการแล้ว", "ประกาศแล้ว")), TableMethod.LATTICE)));
        m = MeasureBuilder.build(MeasureTableReader.rows(layout).get(0).draft(), 1, OptionalInt.of(2567));
        assertEquals("ประกาศเจตนารมณ์ไม่รับสินบน", m.title());
        assertEquals("เรียกรับสินบนในการจัดซื้อ", m.extra().get("risk"));
        assertEquals("ดำเนินการแล้ว", m.extra().get("status"));
    }

    /**
     * A ministry plan: each table of แนวทางการพัฒนา sits under a กลยุทธ์ heading printed as a paragraph (the
     * numbers restart under each), every page carries the same running footer, and a row cut by a page
     * break goes on in a row with no number.
     */
    @Test
    void headingsAboveTablesGroupMeasuresAndARunningFooterDoesNotHideACutRow() {
        Row header = Row.of("ลำดับ", "แนวทางการพัฒนา", "หน่วยงานขับเคลื่อน");
        Paragraph footer = new Paragraph(List.of(
                "แผนปฏิบัติราชการด้านการป้องกัน ปราบปรามการทุจริตและประพฤติมิชอบ กระทรวงสาธารณสุข ระยะที่ 2", "(พ.ศ. 2566-2570)"));
        LayoutDocument layout = doc(
                List.of(new Paragraph(List.of("94")),
                        new Paragraph(List.of("แนวทางการพัฒนาตามกลยุทธ์", "กลยุทธที่ 1 ปลูกฝังวิธีคิด ปลุกจิตสำนึก",
                                "ในการผลิตบุคลากรของสถาบันการศึกษา")),
                        new Table(List.of(header, Row.of("1", "พัฒนาระบบการเรียนการสอน", "- สถาบันพระบรมราชชนก"),
                                Row.of("2", "ขับเคลื่อนมาตรการป้องกันการรับสินบน", "- ศูนย์ปฏิบัติการต่อต้านการทุจริต")), TableMethod.LATTICE),
                        footer),
                List.of(new Paragraph(List.of("95")),
                        new Table(List.of(header, Row.of("", "2.1 ให้หน่วยงานที่จัดซื้อใช้กลไกต่อรองราคา", "")), TableMethod.LATTICE),
                        new Paragraph(List.of("กลยุทธ์ที่ 2 สร้างเครือข่ายบุคลากร")),
                        new Table(List.of(header, Row.of("1", "ส่งเสริมเครือข่ายต่อต้านการทุจริต", "- ทุกหน่วยงาน")), TableMethod.LATTICE),
                        footer),
                List.of(new Paragraph(List.of("96")), new Paragraph(List.of("บทที่ 5")), footer));
        List<MeasureRow> rows = MeasureTableReader.rows(layout);
        assertEquals(3, rows.size());
        assertEquals("กลยุทธที่ 1 ปลูกฝังวิธีคิด ปลุกจิตสำนึก ในการผลิตบุคลากรของสถาบันการศึกษา", rows.get(0).group().orElseThrow());
        assertEquals("ขับเคลื่อนมาตรการป้องกันการรับสินบน 2.1 ให้หน่วยงานที่จัดซื้อใช้กลไกต่อรองราคา",
                rows.get(1).text(ColumnRole.MEASURE).orElseThrow(), "the footer and page number are furniture: the cut row goes on");
        assertEquals("กลยุทธ์ที่ 2 สร้างเครือข่ายบุคลากร", rows.get(2).group().orElseThrow());
    }
}
