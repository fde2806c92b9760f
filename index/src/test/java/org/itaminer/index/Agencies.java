package org.itaminer.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.itaminer.model.report.Agency;
import org.itaminer.model.report.AgencyType;
import org.itaminer.model.report.DocumentKind;
import org.itaminer.model.report.Measure;
import org.itaminer.model.report.Period;
import org.itaminer.model.report.Report;
import org.itaminer.model.report.Source;

/**
 * Small reports written for the compare and similar tests: four agencies, two of them with the same name in
 * different provinces, one with a plan and a report on it for the same year and a plan for the year before.
 */
public final class Agencies {

    public static final Agency HUAI_LAMPANG = new Agency("องค์การบริหารส่วนตำบลห้วยทรายงาม", AgencyType.SAO, "เกาะคา",
            "ลำปาง");
    /** The same name as {@link #HUAI_LAMPANG}, another province: another agency. */
    public static final Agency HUAI_UDON = new Agency("องค์การบริหารส่วนตำบลห้วยทรายงาม", AgencyType.SAO, "กุมภวาปี",
            "อุดรธานี");
    public static final Agency MAESAI = new Agency("เทศบาลตำบลเวียงพางคำ", AgencyType.SUBDISTRICT_MUNICIPALITY, "แม่สาย",
            "เชียงราย");
    public static final Agency BANPHAI = new Agency("เทศบาลเมืองบ้านไผ่", AgencyType.TOWN_MUNICIPALITY, "บ้านไผ่",
            "ขอนแก่น");

    public static final Report HUAI_LAMPANG_PLAN_2568 = report("a1b2c3d4e5f6", HUAI_LAMPANG, DocumentKind.PLAN, 2568,
            m(1, "มาตรการไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)",
                    "ประกาศเจตนารมณ์ไม่รับของขวัญ", "ประชาสัมพันธ์ให้ผู้มาติดต่อทราบ"),
            m(2, "เปิดช่องทางร้องเรียนและแจ้งเบาะแสการทุจริต", "จัดทำกล่องรับเรื่องร้องเรียน",
                    "รับแจ้งทางเว็บไซต์และ Line"),
            m(3, "ประชุมประจำเดือนพนักงานส่วนตำบล", "จัดประชุมทุกวันที่ 5 ของเดือน"));
    /** The report on the plan above, one measure more. */
    public static final Report HUAI_LAMPANG_REPORT_2568 = report("b2c3d4e5f6a1", HUAI_LAMPANG, DocumentKind.REPORT, 2568,
            m(1, "มาตรการไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)",
                    "ประกาศเจตนารมณ์ไม่รับของขวัญ", "ประชาสัมพันธ์ให้ผู้มาติดต่อทราบ"),
            m(2, "เปิดช่องทางร้องเรียนและแจ้งเบาะแสการทุจริต", "จัดทำกล่องรับเรื่องร้องเรียน",
                    "รับแจ้งทางเว็บไซต์และ Line"),
            m(3, "ประชุมประจำเดือนพนักงานส่วนตำบล", "จัดประชุมทุกวันที่ 5 ของเดือน"),
            m(4, "เผยแพร่ข้อมูลข่าวสารของหน่วยงานผ่านเว็บไซต์", "ปรับปรุงหน้าเว็บไซต์", "อัปเดตข่าวทุกสัปดาห์"));
    public static final Report HUAI_LAMPANG_PLAN_2567 = report("c3d4e5f6a1b2", HUAI_LAMPANG, DocumentKind.PLAN, 2567,
            m(1, "มาตรการป้องกันผลประโยชน์ทับซ้อน", "อบรมให้ความรู้แก่บุคลากร", "จัดทำคู่มือ"));
    public static final Report HUAI_UDON_PLAN_2568 = report("d4e5f6a1b2c3", HUAI_UDON, DocumentKind.PLAN, 2568,
            m(1, "การประเมินความเสี่ยงการทุจริตประจำปี", "ระบุความเสี่ยง", "จัดทำแผนบริหารความเสี่ยง"),
            m(2, "ส่งเสริมนโยบายงดรับของขวัญ (No Gift Policy) ช่วงเทศกาลปีใหม่", "ออกประกาศ",
                    "ติดป้ายประชาสัมพันธ์"));
    public static final Report MAESAI_REPORT_2568 = report("e5f6a1b2c3d4", MAESAI, DocumentKind.REPORT, 2568,
            m(1, "จัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "รับเรื่อง", "ตรวจสอบข้อเท็จจริง"),
            m(2, "เปิดเผยข้อมูลการจัดซื้อจัดจ้างให้สาธารณชนทราบ", "เผยแพร่ประกาศทางเว็บไซต์"),
            m(3, "ปรับปรุงถนนในหมู่บ้าน", "สำรวจพื้นที่", "ของบประมาณ"));
    public static final Report BANPHAI_PLAN_2568 = report("f6a1b2c3d4e5", BANPHAI, DocumentKind.PLAN, 2568,
            m(1, "นโยบายไม่รับของขวัญ No Gift Policy ของผู้บริหารและพนักงาน", "ประกาศนโยบาย",
                    "รายงานการรับของขวัญ"),
            m(2, "จัดทำคู่มือมาตรฐานการให้บริการประชาชน", "รวบรวมขั้นตอน", "เผยแพร่คู่มือ"));

    public static final List<Report> ALL = List.of(HUAI_LAMPANG_PLAN_2568, HUAI_LAMPANG_REPORT_2568, HUAI_LAMPANG_PLAN_2567,
            HUAI_UDON_PLAN_2568, MAESAI_REPORT_2568, BANPHAI_PLAN_2568);

    /** A new index in {@code folder} holding {@link #ALL}, committed. */
    public static WritableIndex indexed(Path folder) throws IOException {
        WritableIndex index = WritableIndex.open(folder);
        for (Report r : ALL) {
            index.indexReport(r);
        }
        index.commit();
        return index;
    }

    private Agencies() {
    }

    public static Measure m(int seq, String title, String... steps) {
        return new Measure(seq, Integer.toString(seq), title, List.of(steps), "สำนักปลัด", Period.NONE, null, null,
                null, null, List.of(), Map.of(), 1);
    }

    /** A report whose id starts with {@code idStart} (12 hex digits), padded to a SHA-256's length. */
    public static Report report(String idStart, Agency agency, DocumentKind kind, int year, Measure... measures) {
        String id = (idStart + "0".repeat(64)).substring(0, 64);
        Source source = new Source("file:/in/" + idStart + ".txt", idStart + ".txt", id, "text/plain", 1, "text");
        return new Report(1, id, source, "มาตรการส่งเสริมคุณธรรมและความโปร่งใส", kind, agency, year, null, List.of(),
                new ArrayList<>(List.of(measures)), List.of());
    }
}
