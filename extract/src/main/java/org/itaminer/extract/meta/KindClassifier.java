package org.itaminer.extract.meta;

import java.util.List;
import java.util.regex.Pattern;
import org.itaminer.model.report.DocumentKind;
import org.itaminer.model.report.Measure;

/**
 * Decides plan, report or other. Only a document whose title is about integrity measures can be a plan
 * or a report: it names มาตรการ, an anti-corruption, integrity or risk plan (แผนปฏิบัติการป้องกันการทุจริต,
 * แผนบริหารความเสี่ยง), คุณธรรม/โปร่งใส/ITA, and it is not of a genre that merely mentions them (คู่มือ manual,
 * คำสั่ง order, ข้อกำหนด/ประมวลจริยธรรม code, พระราชบัญญัติ/กฎกระทรวง/ระเบียบ law, แบบฟอร์ม/คำร้อง form) unless
 * its title names มาตรการ itself. Manuals, process sheets and procurement reports have tables with
 * ผู้รับผิดชอบ and ระยะเวลา columns too, so measures alone do not decide.
 *
 * <p>Among measure documents, measures with a result or outcome column make a report (a report quotes
 * its plan's columns and adds results); a heading that reports results (รายงานผล...) makes a report;
 * other measures make a plan. Without measures, only a real heading about the ITA measures makes a plan
 * or report; everything else (memos, orders, forms, laws) is other. A title that is not a heading (a memo
 * cover's subject, a first line) never makes a report by its words: the body's measures decide.
 */
public final class KindClassifier {

    private static final Pattern REPORT_HEADING = Pattern.compile("รายงานผล|สรุปผล|ผลการดำเนินการ|ผลการดำเนินงาน|ผลการปฏิบัติ");
    private static final Pattern ITA_TOPIC = Pattern.compile("คุณธรรม|โปร่งใส|ITA");
    private static final Pattern MEASURE_TOPIC = Pattern.compile(
            "มาตรการ|คุณธรรม|โปร่งใส|ITA|ทุจริต|สินบน|ผลประโยชน์ทับซ้อน|แผนบริหารความเสี่ยง|แผนปฏิบัติ");
    private static final Pattern OTHER_GENRE = Pattern.compile(
            "^(?:คู่มือ|คำสั่ง|ข้อกำหนด|ประมวล|พระราชบัญญัติ|พ\\.ร\\.บ\\.|กฎกระทรวง|ระเบียบ|แบบฟอร์ม|แบบคำขอ|คำร้อง|คำชี้แจง"
                    + "|หนังสือมอบอำนาจ|บันทึกข้อความ)");

    private KindClassifier() {
    }

    public static DocumentKind classify(TitleFinder.Title title, List<Measure> measures) {
        String t = title.text().replace(" ", "");
        // only a heading of the body says "report": a memo cover's subject ("รายงานผลการจัดทำมาตรการ...")
        // speaks of the covering letter, and the body's measures decide
        boolean reportHeading = title.heading() && REPORT_HEADING.matcher(t).find();
        boolean aboutMeasures = MEASURE_TOPIC.matcher(t).find()
                && (!OTHER_GENRE.matcher(t).find() || t.contains("มาตรการ"));
        if (!measures.isEmpty() && aboutMeasures) {
            boolean hasResults = measures.stream().anyMatch(m -> m.optionalResult().isPresent() || m.optionalOutcome().isPresent());
            return hasResults || reportHeading ? DocumentKind.REPORT : DocumentKind.PLAN;
        }
        if (title.heading() && ITA_TOPIC.matcher(t).find() && t.contains("มาตรการ")) {
            return reportHeading ? DocumentKind.REPORT : DocumentKind.PLAN;
        }
        return DocumentKind.OTHER;
    }
}
