/**
 * Plans drawn as a schedule (Gantt chart): a column per month (ต.ค. … ก.ย.) or quarter (ไตรมาส 1–4) under a
 * spanning header, a row per measure with rows for its activities under it, ticks in the months each runs in.
 * {@link org.itaminer.extract.schedule.ScheduleColumns} reads the header (which columns are periods, the days
 * each stands for in the fiscal year, the other columns' roles), {@link org.itaminer.extract.schedule.TickMarks}
 * tells a ticked cell, and {@link org.itaminer.extract.schedule.ScheduleMeasureReader} groups the rows into
 * measures whose steps are their activities and whose period is the span their ticks draw.
 */
package org.itaminer.extract.schedule;
