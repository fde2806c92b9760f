package org.itaminer.extract.table;

/**
 * What a printed table holds, judged before any of its rows becomes a measure ({@link TableClassifier}).
 * Only {@link #MEASURES} tables (and the header-less parts that continue one) give measures;
 * {@link #INDICATOR_SCORES} tables give the report's indicator scores; the others give nothing.
 */
public enum TableKind {
    /** A table of measures: มาตรการ/แนวทาง, วิธีการดำเนินการ, ผู้รับผิดชอบ, ระยะเวลา ... */
    MEASURES,
    /**
     * The earlier ITA result by indicator: number, name, score, tool (IIT/EIT/OIT), sometimes the issue to
     * improve (ประเด็นที่ต้องพัฒนา).
     */
    INDICATOR_SCORES,
    /** A plan drawn as a schedule (Gantt): month (ต.ค. … ก.ย.) or quarter (ไตรมาส ๑–๔) columns with ticks. */
    SCHEDULE,
    /** A budget summary: amounts (งบประมาณ, บาท) by project or strategy, often with a total (รวม) row. */
    BUDGET_SUMMARY,
    /** Signature blocks laid out as a table: ลงชื่อ ..., (นาย ...), ตำแหน่ง ... */
    SIGNATURES,
    /** A checklist: items with yes/no option columns (มี / ไม่มี, ✓) and no measure column. */
    CHECKLIST,
    /** A table of contents: titles with page numbers (เรื่อง | หน้า). */
    CONTENTS,
    /** Nothing known: a header-less part of a table, a table of some other kind. */
    UNKNOWN;

    /** Whether a table of this kind is something other than measures, so that no measure is read from it. */
    public boolean isNotMeasures() {
        return this != MEASURES && this != UNKNOWN;
    }
}
