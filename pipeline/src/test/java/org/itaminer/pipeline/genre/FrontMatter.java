package org.itaminer.pipeline.genre;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.itaminer.model.report.Agency;
import org.itaminer.model.report.AgencyType;
import org.itaminer.model.report.Assessment;
import org.itaminer.model.report.IndicatorScore;
import org.itaminer.pipeline.genre.GenreChoices.Cover;
import org.itaminer.pipeline.genre.GenreChoices.PreTable;
import org.itaminer.pipeline.genre.GenreDocument.Grid;
import org.itaminer.pipeline.genre.GenreDocument.Para;

/** What surrounds the measures: memo cover, heading block, preamble, tables that hold no measures, signatures. */
final class FrontMatter {

    static final String[][] INDICATORS = {{"การปฏิบัติหน้าที่", "IIT"}, {"การใช้งบประมาณ", "IIT"},
        {"การใช้อำนาจ", "IIT"}, {"การใช้ทรัพย์สินของราชการ", "IIT"}, {"การแก้ไขปัญหาการทุจริต", "IIT"},
        {"คุณภาพการดำเนินงาน", "EIT"}, {"ประสิทธิภาพการสื่อสาร", "EIT"}, {"การปรับปรุงระบบการทำงาน", "EIT"},
        {"การเปิดเผยข้อมูล", "OIT"}, {"การป้องกันการทุจริต", "OIT"}};
    private static final String[][] TOOLS = {{"IIT", "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)"},
        {"EIT", "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)"}, {"OIT", "แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT)"}};
    private static final List<String> PLAN_TITLES = List.of("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
            "มาตรการป้องกันการทุจริตและส่งเสริมคุณธรรมและความโปร่งใส", "แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส");
    private static final List<String> REPORT_TITLES = List.of(
            "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส",
            "รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน");

    /** The heading's expected title and the alternatives that are as right. */
    record Heading(String title, List<String> alternatives) {
    }

    private FrontMatter() {
    }

    static void memoCover(Context cx, PageBuilder out) {
        Agency a = cx.agency();
        String subject = cx.report() ? "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ "
                + cx.fy() : "ขออนุมัติมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ " + cx.fy();
        out.add(new Para(List.of("บันทึกข้อความ"), true));
        out.add(new Para(List.of("ส่วนราชการ สำนักปลัด " + a.name() + " โทร. 0 4452 1234",
                "ที่ " + cx.pick(List.of("อด", "พบ", "สข", "นศ")) + " 7" + (1000 + cx.random().nextInt(8999)) + "/"
                        + (10 + cx.random().nextInt(500)) + " วันที่ " + (1 + cx.random().nextInt(28)) + " "
                        + ThaiForms.FULL[cx.random().nextInt(3)] + " " + (cx.fy() - 1),
                "เรื่อง " + subject, "เรียน " + head(a)), false));
        out.add(Para.of("ตามที่ " + a.name() + " ได้ดำเนินการตามแนวทางการประเมินคุณธรรมและความโปร่งใส"
                + " ในการดำเนินงานของหน่วยงานภาครัฐ บัดนี้ได้ดำเนินการเสร็จแล้ว รายละเอียดตามเอกสารที่แนบ",
                "จึงเรียนมาเพื่อโปรดทราบและพิจารณา"));
        out.add(Para.of("(นางสาวกมลวรรณ ศรีสุข)", "นักวิเคราะห์นโยบายและแผน"));
        out.add(Para.of(cx.pick(List.of("ทราบ", "- ทราบ -", "อนุญาต", "ทราบ / อนุมัติ")), "(นายสมพงษ์ มั่นคง)",
                head(a).replace("นายก", "นายก").trim()));
        out.pageBreak();
    }

    private static String head(Agency a) {
        return (a.type() == AgencyType.SAO || a.type() == AgencyType.PAO ? "นายก" : "นายกเทศมนตรี")
                + (a.type() == AgencyType.SAO || a.type() == AgencyType.PAO ? a.name()
                : a.name().replaceFirst("^เทศบาล(ตำบล|เมือง|นคร)", ""));
    }

    static Heading heading(Context cx, PageBuilder out) {
        String title = cx.pick(cx.report() ? REPORT_TITLES : PLAN_TITLES);
        String year = "ประจำปีงบประมาณ พ.ศ. " + cx.fy();
        String agency = Agencies.line(cx.agency());
        switch (cx.choices().heading()) {
            case ONE_LINE -> {
                String line = title + " " + year + " " + agency;
                out.add(new Para(List.of(line), true));
                return new Heading(line, List.of());
            }
            case AGENCY_FIRST -> {
                out.add(new Para(List.of(agency, title, year), true));
                return new Heading(agency + " " + title + " " + year, List.of(title + " " + year));
            }
            case SEPARATE -> {
                out.add(new Para(List.of(title), true));
                out.add(new Para(List.of(year), true));
                out.add(new Para(List.of(agency), true));
                return new Heading(title + " " + year + " " + agency, List.of(title, title + " " + year));
            }
            default -> {
                out.add(new Para(List.of(title, year, agency), true));
                return new Heading(title + " " + year + " " + agency, List.of());
            }
        }
    }

    static void preamble(Context cx, PageBuilder out, Assessment cited) {
        String text = "ตามที่สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติได้กำหนดให้หน่วยงานภาครัฐ"
                + "เข้ารับการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน " + cx.agency().name()
                + " จึงได้" + (cx.report() ? "รายงานผลการดำเนินการตามมาตรการ" : "กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใส")
                + " ดังนี้";
        if (cited != null) {
            text = scoreSentence(cited) + " " + text;
        }
        out.add(Para.of(text));
    }

    static String scoreSentence(Assessment a) {
        return "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. "
                + a.fiscalYear() + " ได้คะแนน " + score(a.score()) + " คะแนน อยู่ในระดับ " + a.grade();
    }

    static String score(double s) {
        return String.format(Locale.ROOT, "%.2f", s);
    }

    static Assessment assessment(Context cx) {
        double score = 60 + cx.random().nextInt(3900) / 100.0;
        String grade = score >= 95 ? "AA" : score >= 85 ? "A" : score >= 75 ? "B" : score >= 65 ? "C" : "D";
        return new Assessment(cx.fy() - 1, score, grade);
    }

    /** The earlier ITA result by indicator, as a table of its own or grouped under the tools; its scores. */
    static List<IndicatorScore> itaTable(Context cx, PageBuilder out, Assessment a, boolean grouped) {
        out.add(Para.of("ผลการวิเคราะห์การประเมินคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. " + a.fiscalYear(),
                scoreSentence(a) + " โดยมีผลคะแนนรายตัวชี้วัด ดังนี้"));
        List<IndicatorScore> scores = new ArrayList<>();
        List<List<List<String>>> rows = new ArrayList<>();
        boolean toolFirst = cx.random().nextBoolean();
        if (grouped) {
            rows.add(List.of(List.of("ตัวชี้วัดของการประเมิน ITA"), List.of("ประเด็นที่ต้องปรับปรุง")));
        } else {
            rows.add(toolFirst ? List.of(List.of("เครื่องมือ"), List.of("ที่"), List.of("ตัวชี้วัด"), List.of("คะแนน"))
                    : List.of(List.of("ที่"), List.of("ตัวชี้วัด"), List.of("คะแนน"), List.of("เครื่องมือการประเมิน")));
        }
        String lastTool = "";
        for (int i = 0; i < INDICATORS.length; i++) {
            double s = 55 + cx.random().nextInt(4500) / 100.0;
            String name = INDICATORS[i][0];
            String tool = INDICATORS[i][1];
            scores.add(new IndicatorScore(i + 1, name, tool, Double.valueOf(score(s))));
            if (grouped) {
                if (!tool.equals(lastTool)) {
                    for (String[] t : TOOLS) {
                        if (t[0].equals(tool)) {
                            rows.add(List.of(List.of(t[1]), List.of()));
                        }
                    }
                }
                rows.add(List.of(List.of((i + 1) + ". " + name + " " + score(s) + " คะแนน"),
                        s < 80 ? List.of("ควรปรับปรุงการดำเนินงานด้าน" + name) : List.of()));
            } else {
                rows.add(toolFirst ? List.of(List.of(tool), List.of(Integer.toString(i + 1)), List.of(name),
                        List.of(score(s))) : List.of(List.of(Integer.toString(i + 1)), List.of(name), List.of(score(s)),
                        List.of(tool)));
            }
            lastTool = tool;
        }
        boolean ruled = cx.chance(70);
        if (!grouped && cx.choices().pages() != GenreChoices.Pages.ONE) {
            // split over two pages, the header printed again
            int cut = 1 + 3 + cx.random().nextInt(5);
            out.add(new Grid(rows.subList(0, cut), 1, ruled));
            out.pageBreak();
            List<List<List<String>>> rest = new ArrayList<>();
            rest.add(rows.get(0));
            rest.addAll(rows.subList(cut, rows.size()));
            out.add(new Grid(rest, 1, ruled));
        } else {
            out.add(new Grid(rows, 1, ruled));
        }
        return scores;
    }

    static void budgetTable(Context cx, PageBuilder out) {
        out.add(Para.of("สรุปงบประมาณที่ใช้ในการดำเนินการตามมาตรการ"));
        List<List<List<String>>> rows = new ArrayList<>();
        rows.add(List.of(List.of("แผนงาน"), List.of("จำนวนโครงการ"), List.of("งบประมาณ (บาท)")));
        int total = 0;
        int projects = 0;
        for (String plan : List.of("แผนงานบริหารงานทั่วไป", "แผนงานการศึกษา", "แผนงานสร้างความเข้มแข็งของชุมชน")) {
            int n = 1 + cx.random().nextInt(4);
            int amount = 5000 * (1 + cx.random().nextInt(20));
            projects += n;
            total += amount;
            rows.add(List.of(List.of(plan), List.of(Integer.toString(n)), List.of(ThaiForms.baht(amount))));
        }
        rows.add(List.of(List.of("รวม"), List.of(Integer.toString(projects)), List.of(ThaiForms.baht(total))));
        out.add(new Grid(rows, 1, cx.chance(70)));
    }

    static void signature(Context cx, PageBuilder out) {
        out.add(Para.of(cx.report() ? "จึงเรียนมาเพื่อโปรดทราบ"
                : "ประกาศ ณ วันที่ " + (1 + cx.random().nextInt(28)) + " ตุลาคม พ.ศ. " + (cx.fy() - 1)));
        switch (cx.choices().signature()) {
            case LINES -> out.add(Para.of("(ลงชื่อ) ..............................", "(นายสมพงษ์ มั่นคง)",
                    head(cx.agency())));
            case TABLE -> out.add(new Grid(List.of(
                    List.of(List.of("ผู้จัดทำ"), List.of("ผู้ตรวจสอบ"), List.of("ผู้อนุมัติ")),
                    List.of(List.of("(นางสาวกมลวรรณ ศรีสุข)"), List.of("(นายวิชัย ศรีงาม)"), List.of("(นายสมพงษ์ มั่นคง)")),
                    List.of(List.of("นักวิเคราะห์นโยบายและแผน"), List.of("ปลัด"), List.of("นายก"))), 0, cx.chance(50)));
            default -> {
            }
        }
    }

    /** The mention of the preamble or pre-table's cover in {@link PreTable}: only ITA tables cite scores. */
    static boolean citesIndicators(PreTable t) {
        return t == PreTable.ITA_TABLE || t == PreTable.ITA_GROUPED;
    }

    static boolean hasPreamble(Cover c) {
        return c == Cover.PREAMBLE;
    }
}
