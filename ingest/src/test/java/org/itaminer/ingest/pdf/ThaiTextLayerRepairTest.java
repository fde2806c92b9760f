package org.itaminer.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.itaminer.model.layout.Block;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.Row;
import org.itaminer.model.layout.Table;
import org.itaminer.model.layout.TableMethod;
import org.junit.jupiter.api.Test;

class ThaiTextLayerRepairTest {

    private final ThaiTextLayerRepair repair = ThaiTextLayerRepair.shared();

    private ThaiTextLayerRepair.Repaired run(String... lines) {
        List<Block> blocks = List.of(new Paragraph(List.of(lines)));
        ThaiTextLayerRepair.Repaired r = repair.repairPage(blocks);
        System.out.println("ThaiTextLayerRepair " + r.outcome() + " :: " + ((Paragraph) r.blocks().get(0)).lines());
        return r;
    }

    @Test
    void dictionaryLoads() {
        assertNotNull(repair, "ICU Thai dictionary");
        assertTrue(repair.dictionarySize() > 10_000);
        assertTrue(repair.isWord("สำนักงาน"));
    }

    @Test
    void lostSaraAmIsRestored() {
        ThaiTextLayerRepair.Repaired r = run("สานักงานสาธารณสุขอาเภอหนองใหญ่ ดาเนินการจัดซื้อจัดจ้าง",
                "ประจาปีงบประมาณ จานวน ๖ โครงการ ตามที่กาหนด");
        assertEquals(ThaiTextLayerRepair.Mode.AM_LOST, r.outcome().mode());
        assertTrue(r.outcome().shareAfter() > r.outcome().shareBefore());
        assertEquals(List.of("สำนักงานสาธารณสุขอำเภอหนองใหญ่ ดำเนินการจัดซื้อจัดจ้าง",
                "ประจำปีงบประมาณ จำนวน ๖ โครงการ ตามที่กำหนด"), ((Paragraph) r.blocks().get(0)).lines());
    }

    @Test
    void saraAaShownAsSaraAmIsRestoredInTablesToo() {
        List<Block> blocks = List.of(new Table(List.of(Row.of("ยุทธศำสตร์และตัวชี้วัด", "กลุ่มงำนบริหำร"),
                Row.of("นำยแพทย์ผู้อำนวยกำร", "ควำมโปร่งใส")), TableMethod.LATTICE));
        ThaiTextLayerRepair.Repaired r = repair.repairPage(blocks);
        System.out.println("ThaiTextLayerRepair " + r.outcome());
        assertEquals(ThaiTextLayerRepair.Mode.AA_AS_AM, r.outcome().mode());
        Table t = (Table) r.blocks().get(0);
        assertEquals("ยุทธศาสตร์และตัวชี้วัด", t.rows().get(0).cell(0).text());
        assertEquals("กลุ่มงานบริหาร", t.rows().get(0).cell(1).text());
        assertEquals("นายแพทย์ผู้อำนวยการ", t.rows().get(1).cell(0).text(), "a real ำ stays");
        assertEquals("ความโปร่งใส", t.rows().get(1).cell(1).text());
    }

    @Test
    void cleanTextIsLeftAlone() {
        String[] lines = {"การดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส สำนักงานปลัด",
            "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ ตามที่กำหนดไว้ในแผนปฏิบัติการ", "สํานักงานสาธารณสุขอําเภอ"};
        ThaiTextLayerRepair.Repaired r = run(lines);
        assertEquals(ThaiTextLayerRepair.Mode.NONE, r.outcome().mode());
        assertEquals(List.of(lines), ((Paragraph) r.blocks().get(0)).lines());
    }

    /** The pages of one document share their segmentations; each page is repaired as it would be alone. */
    @Test
    void pagesSharingSegmentationsAreRepairedAsAlone() {
        List<List<Block>> pages = List.of(
                List.of(new Paragraph(List.of("สานักงานสาธารณสุขอาเภอหนองใหญ่ ดาเนินการจัดซื้อจัดจ้าง"))),
                List.of(new Paragraph(List.of("การดำเนินงานตามมาตรการส่งเสริมคุณธรรม สำนักงานปลัด"))),
                List.of(new Table(List.of(Row.of("ยุทธศำสตร์และตัวชี้วัด", "กลุ่มงำนบริหำร"),
                        Row.of("นำยแพทย์ผู้อำนวยกำร", "ควำมโปร่งใส")), TableMethod.LATTICE)),
                List.of(new Paragraph(List.of("สานักงานสาธารณสุขอาเภอหนองใหญ่ ประจาปีงบประมาณ จานวน ๖ โครงการ"))));
        ThaiTextLayerRepair.Memo memo = new ThaiTextLayerRepair.Memo();
        for (List<Block> page : pages) {
            assertEquals(repair.repairPage(page), repair.repairPage(page, memo));
        }
        assertEquals(ThaiTextLayerRepair.Mode.AM_LOST, repair.repairPage(pages.get(3), memo).outcome().mode());
    }
}
