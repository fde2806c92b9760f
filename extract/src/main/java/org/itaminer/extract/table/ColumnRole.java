package org.itaminer.extract.table;

/** What a measure-table column holds, as its header says. */
public enum ColumnRole {
    /** ข้อที่ / ลำดับ: a column of measure numbers only. */
    NUMBER,
    /** มาตรการ/แนวทาง, มาตรการที่ดำเนินการ, โครงการ/กิจกรรม. */
    MEASURE,
    /** วิธีการดำเนินการ, ขั้นตอน/วิธีการปฏิบัติ, ขั้นตอนหรือวิธีการปฏิบัติ. */
    STEPS,
    /** ผู้รับผิดชอบ, หน่วยงานรับผิดชอบ. */
    RESPONSIBLE,
    /** ระยะเวลา(ดำเนินการ). */
    PERIOD,
    /** การติดตามผล(การดำเนินการ). */
    MONITORING,
    /** ผลการดำเนินการ, สรุปผลการดำเนินการ(ตามมาตรการ/กิจกรรม), ผลการปฏิบัติ. */
    RESULT,
    /** ผลลัพธ์หรือผลสัมฤทธิ์, ผลลัพธ์หรือความสำเร็จของการดำเนินการ. */
    OUTCOME,
    /** ข้อเสนอแนะ. */
    RECOMMENDATION,
    /** A column the vocabulary does not know (กลุ่มเป้าหมาย, สถิติ, งบประมาณ ...): kept under its header text. */
    EXTRA
}
