/**
 * Periods (ระยะเวลาดำเนินการ) as Thai government documents print them: months (เดือน) in full or
 * abbreviated, years in the Buddhist Era (พ.ศ.) or Common Era (ค.ศ.), fiscal years (ปีงบประมาณ,
 * 1 October – 30 September) and their quarters (ไตรมาส). {@link org.itaminer.extract.period.PeriodParser}
 * is the front door: it turns a normalized period text into a
 * {@link org.itaminer.model.report.Period} with ISO start and end dates. Everything here uses
 * {@code java.time} (ISO chronology) only, so results never depend on the default locale.
 */
package org.itaminer.extract.period;
