package org.itaminer.pipeline.genre;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.itaminer.model.report.Measure;
import org.itaminer.model.report.Period;
import org.itaminer.pipeline.genre.GenreChoices.Columns;
import org.itaminer.pipeline.genre.GenreChoices.Headers;
import org.itaminer.pipeline.genre.GenreChoices.Pages;
import org.itaminer.pipeline.genre.GenreDocument.Grid;

/** Measures as a measure table: one row a measure, columns in the document's order, headers in its words. */
final class TableLayout {

    /** A column's role, its usual header words and synonyms the project has not been taught. */
    enum Role {
        NUMBER(List.of("ที่", "ลำดับ"), List.of("ลำดับที่", "ข้อ")),
        ISSUE(List.of("ประเด็น"), List.of("ประเด็นที่ต้องพัฒนา", "ประเด็นการประเมิน")),
        MEASURE(List.of("มาตรการ/แนวทาง", "มาตรการ"), List.of("ชื่อมาตรการ", "แนวทาง/มาตรการ", "มาตรการ/โครงการ/กิจกรรม")),
        STEPS(List.of("วิธีการดำเนินการ", "ขั้นตอน/วิธีการปฏิบัติ"),
                List.of("รายละเอียดการดำเนินงาน", "แนวทางปฏิบัติ", "วิธีดำเนินการ", "กระบวนการดำเนินงาน")),
        PERIOD(List.of("ระยะเวลาดำเนินการ", "ระยะเวลา"), List.of("ห้วงเวลา", "ช่วงเวลาดำเนินการ", "กำหนดเวลาแล้วเสร็จ")),
        RESPONSIBLE(List.of("ผู้รับผิดชอบ", "หน่วยงานรับผิดชอบ"),
                List.of("หน่วยงานที่รับผิดชอบ", "ส่วนราชการที่รับผิดชอบ", "ผู้รับผิดชอบหลัก")),
        MONITORING(List.of("การติดตามผล"), List.of("การติดตามประเมินผล", "วิธีการติดตามผล")),
        RESULT(List.of("ผลการดำเนินการ"), List.of("ผลการดำเนินงาน", "สรุปผลการปฏิบัติ", "ผลการปฏิบัติงาน")),
        BUDGET(List.of("งบประมาณ (บาท)", "งบประมาณ"), List.of("วงเงิน (บาท)", "งบประมาณที่ใช้")),
        KPI(List.of("ตัวชี้วัด", "ตัวชี้วัดความสำเร็จ"), List.of("ค่าเป้าหมาย", "เป้าหมาย/ตัวชี้วัด"));

        final List<String> usual;
        final List<String> synonyms;

        Role(List<String> usual, List<String> synonyms) {
            this.usual = usual;
            this.synonyms = synonyms;
        }
    }

    static final List<String> ISSUES = List.of("การเปิดเผยข้อมูล", "การป้องกันการทุจริต", "การใช้อำนาจ",
            "คุณภาพการดำเนินงาน", "การปรับปรุงระบบการทำงาน");

    private TableLayout() {
    }

    static List<Measure> lay(Context cx, PageBuilder out) {
        GenreChoices c = cx.choices();
        boolean monitoring = cx.measures().get(0).monitoring() != null;
        List<Role> roles = roles(cx, monitoring);
        Map<Role, String> words = new LinkedHashMap<>();
        for (Role role : roles) {
            words.put(role, cx.pick(c.headers() == Headers.SYNONYMS ? role.synonyms : role.usual));
        }
        List<List<List<String>>> header = header(cx, roles, words);
        boolean ruled = cx.chance(75);
        int breakAfter = c.pages() == Pages.ONE ? -1 : cx.random().nextInt(cx.measures().size() - 1);
        List<List<List<String>>> rows = new ArrayList<>(header);
        List<Measure> expected = new ArrayList<>();
        boolean bulletDot = cx.random().nextBoolean();
        for (DrawnMeasure m : cx.measures()) {
            int page = out.page();
            List<String> steps = m.content().steps();
            boolean split = m.k() - 1 == breakAfter && c.pages() == Pages.CONTINUATION && steps.size() > 1
                    && roles.contains(Role.STEPS);
            int cut = split ? steps.size() / 2 + steps.size() % 2 : steps.size();
            List<String> lines = DrawnMeasure.stepLines(steps, c.stepStyle(), bulletDot);
            rows.add(row(cx, m, roles, lines.subList(0, cut), roles.contains(Role.NUMBER)));
            if (m.k() - 1 == breakAfter) {
                out.add(new Grid(rows, header.size(), ruled));
                out.pageBreak();
                rows = new ArrayList<>(header);
                if (split) {
                    List<List<String>> cont = new ArrayList<>();
                    String mark = cx.random().nextBoolean() ? "(ต่อ)" : "";
                    for (Role role : roles) {
                        cont.add(role == Role.STEPS ? lines.subList(cut, lines.size())
                                : role == Role.MEASURE && !mark.isEmpty() ? List.of(mark) : List.of());
                    }
                    rows.add(cont);
                }
            }
            Map<String, String> extra = new LinkedHashMap<>();
            if (roles.contains(Role.ISSUE)) {
                extra.put(words.get(Role.ISSUE), ISSUES.get((m.k() - 1) % ISSUES.size()));
            }
            if (roles.contains(Role.BUDGET)) {
                extra.put("budget", budget(m));
            }
            if (roles.contains(Role.KPI)) {
                extra.put("kpi", m.content().kpi());
            }
            expected.add(new Measure(m.k(), roles.contains(Role.NUMBER) ? Integer.toString(m.k()) : m.number(),
                    m.content().title(), roles.contains(Role.STEPS) ? steps : null,
                    roles.contains(Role.RESPONSIBLE) ? m.content().responsible() : null,
                    roles.contains(Role.PERIOD) ? m.period() : Period.NONE, m.monitoring(), m.result(),
                    null, null, m.content().indicators(), extra, page));
        }
        out.add(new Grid(rows, header.size(), ruled));
        return expected;
    }

    private static List<Role> roles(Context cx, boolean monitoring) {
        List<Role> base = new ArrayList<>(List.of(Role.MEASURE, Role.STEPS, Role.PERIOD, Role.RESPONSIBLE));
        if (monitoring) {
            base.add(Role.MONITORING);
        }
        if (cx.report()) {
            base.add(Role.RESULT);
        }
        switch (cx.choices().columns()) {
            case SHUFFLED -> {
                base.remove(Role.MEASURE);
                Collections.shuffle(base, cx.random());
                base.add(cx.random().nextInt(2), Role.MEASURE);
            }
            case NUMBER_FIRST -> base.add(0, Role.NUMBER);
            case ISSUE_FIRST -> base.add(0, Role.ISSUE);
            case FEWER -> base.remove(cx.pick(List.of(Role.STEPS, Role.PERIOD, Role.RESPONSIBLE)));
            case BUDGET_KPI -> {
                base.add(base.indexOf(Role.RESPONSIBLE), Role.BUDGET);
                base.add(base.indexOf(Role.RESPONSIBLE), Role.KPI);
            }
            default -> {
            }
        }
        return base;
    }

    private static List<List<List<String>>> header(Context cx, List<Role> roles, Map<Role, String> words) {
        List<List<String>> first = new ArrayList<>();
        if (cx.choices().columns() != Columns.TWO_ROW) {
            roles.forEach(r -> first.add(List.of(words.get(r))));
            return List.of(first);
        }
        // two rows: steps and period under one spanning "การดำเนินการ" cell
        List<List<String>> second = new ArrayList<>();
        String group = cx.pick(List.of("การดำเนินการ", "แนวทางการดำเนินงาน", "รายละเอียดการดำเนินการ"));
        for (Role r : roles) {
            if (r == Role.STEPS) {
                first.add(List.of(group));
                second.add(List.of(words.get(r)));
            } else if (r == Role.PERIOD && roles.indexOf(Role.PERIOD) == roles.indexOf(Role.STEPS) + 1) {
                first.add(List.of());
                second.add(List.of(words.get(r)));
            } else if (r == Role.PERIOD) {
                first.add(List.of(words.get(r)));
                second.add(List.of());
            } else {
                first.add(List.of(words.get(r)));
                second.add(List.of());
            }
        }
        return List.of(first, second);
    }

    private static List<List<String>> row(Context cx, DrawnMeasure m, List<Role> roles, List<String> steps,
                                          boolean numberColumn) {
        List<List<String>> row = new ArrayList<>();
        for (Role role : roles) {
            row.add(switch (role) {
                case NUMBER -> List.of(Integer.toString(m.k()));
                case ISSUE -> List.of(ISSUES.get((m.k() - 1) % ISSUES.size()));
                case MEASURE -> List.of(numberColumn ? m.content().title()
                        : m.numberedTitle(cx.choices().numbering()));
                case STEPS -> steps;
                case PERIOD -> List.of(m.period().text());
                case RESPONSIBLE -> List.of(m.content().responsible());
                case MONITORING -> List.of(m.monitoring());
                case RESULT -> List.of(m.result());
                case BUDGET -> List.of(budget(m));
                case KPI -> List.of(m.content().kpi());
            });
        }
        return row;
    }

    private static String budget(DrawnMeasure m) {
        return m.content().budget() == 0 ? "-" : ThaiForms.baht(m.content().budget());
    }
}
