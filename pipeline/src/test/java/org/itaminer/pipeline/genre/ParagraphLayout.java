package org.itaminer.pipeline.genre;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.itaminer.model.report.Measure;
import org.itaminer.pipeline.genre.GenreChoices.Headers;
import org.itaminer.pipeline.genre.GenreChoices.Numbering;
import org.itaminer.pipeline.genre.GenreChoices.Pages;
import org.itaminer.pipeline.genre.GenreChoices.StepStyle;
import org.itaminer.pipeline.genre.GenreDocument.Para;

/**
 * Measures as numbered paragraphs: the numbered title, then labelled lines (label, colon, value), the steps
 * inline after their label or listed under it.
 */
final class ParagraphLayout {

    private static final List<String> STEP_LABELS = List.of("วิธีการดำเนินการ", "ขั้นตอนการดำเนินการ", "กิจกรรม");
    private static final List<String> RESPONSIBLE_LABELS = List.of("ผู้รับผิดชอบ", "หน่วยงานรับผิดชอบ");
    private static final List<String> PERIOD_LABELS = List.of("ระยะเวลา", "ระยะเวลาดำเนินการ");
    private static final List<String> UNKNOWN = List.of("กลุ่มเป้าหมาย", "หมายเหตุ", "ประโยชน์ที่คาดว่าจะได้รับ");
    private static final List<String> UNKNOWN_VALUES = List.of("บุคลากรทุกคน", "ประชาชนในพื้นที่",
            "ดำเนินการต่อเนื่องทุกปี");

    private ParagraphLayout() {
    }

    static List<Measure> lay(Context cx, PageBuilder out) {
        GenreChoices c = cx.choices();
        boolean synonyms = c.headers() == Headers.SYNONYMS;
        String sep = cx.pick(List.of(": ", " : ", ":"));
        String stepLabel = cx.pick(STEP_LABELS);
        String respLabel = cx.pick(RESPONSIBLE_LABELS);
        String periodLabel = cx.pick(PERIOD_LABELS);
        boolean budget = cx.chance(40);
        boolean kpi = cx.chance(40);
        String unknown = cx.chance(40) ? cx.pick(UNKNOWN) : null;
        boolean bulletDot = cx.random().nextBoolean();
        // a step list marked like the measures would make each step a new measure: then the steps go inline
        boolean collide = c.numbering() == Numbering.DOT && c.stepStyle() == StepStyle.NUMBERED
                || c.numbering() == Numbering.PAREN && c.stepStyle() == StepStyle.PARENS
                || c.stepStyle() == StepStyle.PARAGRAPHS;
        int breakAfter = c.pages() == Pages.ONE ? -1 : cx.random().nextInt(cx.measures().size() - 1);
        List<Measure> expected = new ArrayList<>();
        for (DrawnMeasure m : cx.measures()) {
            int page = out.page();
            List<String> lines = new ArrayList<>();
            lines.add(m.number() == null ? "ชื่อมาตรการ" + sep + m.content().title() : m.numberedTitle(c.numbering()));
            List<String> steps = m.content().steps();
            List<String> items = DrawnMeasure.stepLines(steps, collide ? StepStyle.NUMBERED : c.stepStyle(), bulletDot);
            if (steps.size() == 1 || collide) {
                lines.add(stepLabel + sep + String.join(" ", items));
            } else {
                lines.add(stepLabel + (sep.contains(":") ? sep.stripTrailing() : ""));
                lines.addAll(items);
            }
            lines.add(respLabel + sep + m.content().responsible());
            lines.add(periodLabel + sep + m.period().text());
            Map<String, String> extra = new LinkedHashMap<>();
            if (budget) {
                String amount = m.content().budget() == 0 ? "ไม่ใช้งบประมาณ" : ThaiForms.baht(m.content().budget()) + " บาท";
                lines.add((synonyms ? "วงเงินงบประมาณ" : "งบประมาณ") + sep + amount);
                extra.put("budget", amount);
            }
            if (kpi) {
                lines.add((synonyms ? "ตัวชี้วัดความสำเร็จ" : "ตัวชี้วัด") + sep + m.content().kpi());
                extra.put("kpi", m.content().kpi());
            }
            if (m.monitoring() != null) {
                lines.add((synonyms ? "การติดตามประเมินผล" : "การติดตามผล") + sep + m.monitoring());
            }
            if (m.result() != null) {
                lines.add((synonyms ? "ผลการดำเนินงาน" : "ผลการดำเนินการ") + sep + m.result());
            }
            if (unknown != null) {
                String value = UNKNOWN_VALUES.get(m.k() % UNKNOWN_VALUES.size());
                lines.add(unknown + sep + value);
                extra.put(unknown, value);
            }
            if (m.k() - 1 == breakAfter && c.pages() == Pages.CONTINUATION) {
                int cut = lines.size() / 2;
                out.add(new Para(lines.subList(0, cut), false));
                out.pageBreak();
                out.add(new Para(lines.subList(cut, lines.size()), false));
            } else {
                out.add(new Para(lines, false));
                if (m.k() - 1 == breakAfter) {
                    out.pageBreak();
                }
            }
            expected.add(m.expected(m.k(), steps, m.period(), extra, page));
        }
        return expected;
    }
}
