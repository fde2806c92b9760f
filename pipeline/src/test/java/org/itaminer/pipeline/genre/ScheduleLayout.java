package org.itaminer.pipeline.genre;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.itaminer.model.report.Measure;
import org.itaminer.model.report.Period;
import org.itaminer.pipeline.genre.GenreChoices.Headers;
import org.itaminer.pipeline.genre.GenreChoices.Numbering;
import org.itaminer.pipeline.genre.GenreChoices.Pages;
import org.itaminer.pipeline.genre.GenreDocument.Grid;

/**
 * Measures as a schedule (Gantt): a measure row, then its activities (N.M or bullets) with ticks in month or
 * quarter columns. The period is the span of the ticked columns; the document writes no period text.
 */
final class ScheduleLayout {

    private static final List<String> TICKS = List.of("✓", "/", "X", "●");

    private ScheduleLayout() {
    }

    /** 1.1 numbers are the activities' here: a schedule numbering its measures so prints them 1. instead. */
    static Numbering effective(GenreChoices c) {
        return c.numbering() == Numbering.DECIMAL ? Numbering.DOT : c.numbering();
    }

    static List<Measure> lay(Context cx, PageBuilder out) {
        GenreChoices c = cx.choices();
        Numbering numbering = effective(c);
        boolean months = cx.random().nextBoolean();
        boolean twoRows = cx.random().nextBoolean();
        int slots = months ? 12 : 4;
        boolean synonyms = c.headers() == Headers.SYNONYMS;
        String tick = cx.pick(TICKS);
        boolean bullets = numbering == Numbering.NONE || cx.random().nextBoolean();
        boolean budget = cx.chance(40);

        List<List<String>> first = new ArrayList<>();
        List<List<String>> second = new ArrayList<>();
        first.add(List.of(synonyms ? cx.pick(List.of("มาตรการ/โครงการ/กิจกรรม", "แผนงาน/กิจกรรม")) : "มาตรการ/กิจกรรม"));
        first.add(List.of(synonyms ? "หน่วยงานที่รับผิดชอบ" : "ผู้รับผิดชอบ"));
        if (budget) {
            first.add(List.of(synonyms ? "วงเงิน (บาท)" : "งบประมาณ (บาท)"));
        }
        int fixed = first.size();
        for (int i = 0; i < fixed; i++) {
            second.add(List.of());
        }
        for (int s = 0; s < slots; s++) {
            String label = months ? ThaiForms.ABBR[s] + " " + ThaiForms.beYear(cx.fy(), s) % 100
                    : (synonyms ? "ไตรมาส " : "ไตรมาสที่ ") + (s + 1);
            if (twoRows) {
                first.add(s == 0 ? List.of(months ? "ปีงบประมาณ พ.ศ. " + cx.fy() : "ระยะเวลาดำเนินการ") : List.of());
                second.add(List.of(label));
            } else {
                first.add(List.of(label));
            }
        }
        List<List<List<String>>> header = twoRows ? List.of(first, second) : List.of(first);
        boolean ruled = cx.chance(80);
        int breakAfter = c.pages() == Pages.ONE ? -1 : cx.random().nextInt(cx.measures().size() - 1);
        List<List<List<String>>> rows = new ArrayList<>(header);
        List<Measure> expected = new ArrayList<>();
        for (DrawnMeasure m : cx.measures()) {
            int page = out.page();
            List<List<String>> row = new ArrayList<>();
            row.add(List.of(DrawnMeasure.prefix(numbering, m.number()) + m.content().title()));
            row.add(List.of(m.content().responsible()));
            if (budget) {
                row.add(List.of(m.content().budget() == 0 ? "-" : ThaiForms.baht(m.content().budget())));
            }
            for (int s = 0; s < slots; s++) {
                row.add(List.of());
            }
            rows.add(row);
            int lo = Integer.MAX_VALUE;
            int hi = -1;
            List<String> steps = m.content().steps();
            for (int i = 0; i < steps.size(); i++) {
                List<List<String>> act = new ArrayList<>();
                act.add(List.of((bullets ? "- " : m.number() + "." + (i + 1) + " ") + steps.get(i)));
                for (int f = 1; f < fixed; f++) {
                    act.add(List.of());
                }
                int a = cx.random().nextInt(slots);
                int b = a + cx.random().nextInt(Math.min(slots - a, months ? 4 : 2));
                lo = Math.min(lo, a);
                hi = Math.max(hi, b);
                for (int s = 0; s < slots; s++) {
                    act.add(s >= a && s <= b ? List.of(tick) : List.of());
                }
                rows.add(act);
            }
            if (m.k() - 1 == breakAfter) {
                out.add(new Grid(rows, header.size(), ruled));
                out.pageBreak();
                rows = new ArrayList<>(header);
            }
            Period period = months ? ThaiForms.span(null, cx.fy(), lo, hi)
                    : ThaiForms.span(null, cx.fy(), lo * 3, hi * 3 + 2);
            expected.add(new Measure(m.k(), m.number(), m.content().title(), steps, m.content().responsible(), period,
                    null, null, null, null, m.content().indicators(), Map.of(), page));
        }
        out.add(new Grid(rows, header.size(), ruled));
        return expected;
    }
}
