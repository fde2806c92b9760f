package org.itaminer.extract.measure;

import java.util.Optional;

/**
 * What a measure-table column holds, as its header says. The first roles are fields of a measure; the
 * roles from {@link #TARGET_GROUP} on are columns the genre prints often enough to be named, kept in the
 * measure's {@code extra} map under a fixed key ({@link #extraKey()}) so that reports from different
 * documents can be compared column by column whatever the header's wording.
 */
public enum ColumnRole {
    /** ข้อที่ / ลำดับ / ที่: a column of measure numbers only. */
    NUMBER,
    /** มาตรการ/แนวทาง, มาตรการที่ดำเนินการ, แผนงาน/โครงการ, โครงการ/กิจกรรม. */
    MEASURE,
    /**
     * วิธีการดำเนินการ, ขั้นตอน/วิธีการปฏิบัติ, ขั้นตอนหรือวิธีการปฏิบัติ; also a bare กิจกรรม column beside a
     * แผนงาน/โครงการ column (the activities are how the project is carried out).
     */
    STEPS,
    /** ผู้รับผิดชอบ, หน่วยงานรับผิดชอบ. */
    RESPONSIBLE,
    /** ระยะเวลา(ดำเนินการ). */
    PERIOD,
    /** การติดตามผล(การดำเนินการ). */
    MONITORING,
    /** ผลการดำเนินการ, ผลการดำเนินงาน, สรุปผลการดำเนินการ(ตามมาตรการ/กิจกรรม), ผลการปฏิบัติ(ตามมาตรการ). */
    RESULT,
    /** ผลลัพธ์หรือผลสัมฤทธิ์, ผลลัพธ์หรือความสำเร็จของการดำเนินการ. */
    OUTCOME,
    /** ข้อเสนอแนะ. */
    RECOMMENDATION,
    /** กลุ่มเป้าหมาย: who the measure is aimed at (บุคลากรทุกคน, เจ้าหน้าที่พัสดุ ...). */
    TARGET_GROUP("targetGroup"),
    /** สถิติ (การกระทำผิด / เรื่องร้องเรียน): counts a report on bribery or complaints gives. */
    STATISTICS("statistics"),
    /** งบประมาณ (บาท), แหล่งงบประมาณ: the money set aside, as printed. */
    BUDGET("budget"),
    /** ตัวชี้วัด, ค่าเป้าหมาย, เป้าหมาย: the plan's own success indicator (KPI), not an ITA code. */
    KPI("kpi"),
    /** วัตถุประสงค์: what the project is for. */
    OBJECTIVE("objective"),
    /** หมายเหตุ: a remark. */
    REMARK("remark"),
    /**
     * สถานะ (การดำเนินการ), or option columns under a spanning header (ดำเนินการแล้ว / ยังมิได้ดำเนินการ):
     * where the measure stands, as the ticked option's words (read by the table package's {@code StatusMarks}).
     */
    STATUS("status"),
    /**
     * เหตุการณ์ความเสี่ยง, โอกาส/ความเสี่ยงการทุจริต: the risk a risk-plan form tracks. Beside a มาตรการ
     * (control measure) column it is kept in {@code extra}; without one, each risk is the form's measure.
     */
    RISK("risk"),
    /**
     * ประเด็น, ประเด็นที่ต้องพัฒนา: the issue (often an ITA finding) a measure answers, printed in a column
     * before the measure's; kept in {@code extra}, carried down to the measures under a merged cell.
     */
    ISSUE("issue"),
    /**
     * ยุทธศาสตร์, กลยุทธ์, มิติ: a column naming the strategy a measure serves, usually merged down over the
     * measures under it. It is the measures' group ({@code extra.group}), as a heading row over them would be.
     */
    STRATEGY("group"),
    /** A column the vocabulary does not know: kept in {@code extra} under its header text. */
    EXTRA;

    private final String extraKey;

    ColumnRole() {
        this(null);
    }

    ColumnRole(String extraKey) {
        this.extraKey = extraKey;
    }

    /** The fixed {@code extra} key of a named non-field column, or empty for measure fields and {@link #EXTRA}. */
    public Optional<String> extraKey() {
        return Optional.ofNullable(extraKey);
    }
}
