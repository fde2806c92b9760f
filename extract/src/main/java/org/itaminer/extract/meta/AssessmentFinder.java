package org.itaminer.extract.meta;

import org.itaminer.model.Warning;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.itaminer.model.report.Assessment;

/**
 * Finds the earlier ITA result a document cites: "ผลการประเมิน ... ประจำปีงบประมาณ พ.ศ. 2565 ซึ่งมีคะแนน
 * 83.59 คะแนน ... ระดับ B". The score is a number followed by คะแนน in a sentence about the
 * assessment, never the "คะแนนเต็ม 100" maximum nor an indicator-table row; the year is the last one
 * named before the score. A document that only says it analysed a year's result gives the year alone.
 * Two different scores for the same year's assessment give a warning; an indicator's score, a difference
 * ("เพิ่มขึ้น 5 คะแนน"), an earlier year's result quoted to compare, or the same score printed with fewer
 * decimals do not.
 */
public final class AssessmentFinder {

    private static final Pattern SCORE = Pattern.compile("(?<![\\d.])(\\d{1,3}(?:\\.\\d{1,2})?)\\s*คะแนน");
    private static final Pattern GRADE = Pattern.compile("(?:ระดับ|เกรด|grade)\\s*[:\"“]?\\s*(AA|A|B|C|D|E|F)(?![A-Za-z])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("(?:ปีงบประมาณ|ประจำปี|ปี)\\s*(?:พ\\.\\s?ศ\\.?)?\\s*(\\d{4})(?!\\d)");
    private static final Pattern TARGET_BEFORE = Pattern.compile("เต็ม|ร้อยละ|ไม่น้อยกว่า|ไม่ต่ำกว่า|เกินกว่า|ไม่เกิน|เป้าหมาย|เกณฑ์");
    /** "เพิ่มขึ้น 5.10 คะแนน", "ลดลง 2 คะแนน": a difference between two results, not a result. */
    private static final Pattern DIFFERENCE_BEFORE = Pattern.compile("(?:เพิ่มขึ้น|ลดลง|สูงขึ้น|ต่ำลง|ต่างกัน|แตกต่าง)(?:จากเดิม|ประมาณ|อีก|เป็นจำนวน|จำนวน|\\s)*$");
    /**
     * "ตัวชี้วัดที่ 10 การป้องกันการทุจริต ได้ 65.50 คะแนน": an indicator's score named in the running text
     * after the overall result, not a second overall result.
     */
    private static final Pattern INDICATOR_MENTION = Pattern.compile("ตัวชี้วัดที่\\s*\\d|ตัวชี้วัด\\s*(?:การ|คุณภาพ|ประสิทธิภาพ)"
            + "|การปฏิบัติหน้าที่|การใช้งบประมาณ|การใช้อำนาจ|การใช้ทรัพย์สิน|การแก้ไขปัญหาการทุจริต|คุณภาพการดำเนินงาน"
            + "|ประสิทธิภาพการสื่อสาร|การปรับปรุง(?:ระบบ)?การทำงาน|การเปิดเผยข้อมูล|การป้องกันการทุจริต");
    /** Words that bring the text back to the overall result: "ภาพรวม", "คะแนนรวม", the assessment itself. */
    private static final Pattern OVERALL_MENTION = Pattern.compile("ภาพรวม|คะแนนรวม|รวมทั้งสิ้น|ITA|คุณธรรมและความโปร่งใส");
    private static final int INDICATOR_WINDOW = 70;
    /** "เพิ่มขึ้นจากปีที่ผ่านมาที่ได้ 85.20 คะแนน": the year before's result, quoted to compare. */
    private static final Pattern EARLIER_YEAR = Pattern.compile("ปีที่ผ่านมา|ปีก่อน|ปีที่แล้ว|จากเดิม|เทียบกับ|เมื่อเทียบ");
    private static final int EARLIER_WINDOW = 50;
    /** "เป้าหมายปี 2567 คือ 90 คะแนน": a hoped-for score a little further before, also not a result. */
    private static final Pattern TARGET_NEAR = Pattern.compile("เป้าหมาย|ตั้งเป้า|คาดหวัง|มุ่งหวัง|ให้ได้");
    private static final int TARGET_WINDOW = 40;
    /**
     * The country's Corruption Perceptions Index (ดัชนีการรับรู้การทุจริต, CPI), which plans quote in their
     * background ("ประเทศไทยได้รับคะแนน 35 คะแนน"): a score, but not the agency's ITA result.
     */
    /** "คะแนนเฉลี่ยในภาพรวมของประเทศ เท่ากับ 87.57 คะแนน": the national average, not this agency's result. */
    private static final Pattern AVERAGE = Pattern.compile("เฉลี่ย|ภาพรวมของประเทศ");
    private static final int AVERAGE_WINDOW = 60;
    private static final Pattern ITA_NAMED = Pattern.compile("ITA|คุณธรรมและความโปร่งใส");
    private static final Pattern OTHER_INDEX = Pattern.compile("ดัชนีการรับรู้การทุจริต|Corruption\\s*Perceptions?|CPI");
    private static final Pattern ABOUT_ASSESSMENT = Pattern.compile("ผลการประเมิน|ผลคะแนน|ITA|คุณธรรมและความโปร่งใส|ได้คะแนน");
    private static final Pattern INDICATOR_ROW = Pattern.compile("^\\s*(?:ตัวชี้วัดที่\\s*)?\\d{1,2}\\s*[.)]?\\s*[\\u0E01-\\u0E4E]");
    /**
     * "วิเคราะห์ผลการประเมิน ... ประจำปีงบประมาณ พ.ศ. 2565": the year of a result named without a score. The words
     * between name the ITA, or there are a few of them and no label: "แจ้งผลการประเมินให้บุคลากรทราบ / ระยะเวลา:
     * ปีงบประมาณ 2569" is a staff appraisal in a measure's steps, and the year its period's.
     */
    private static final Pattern MENTION = Pattern.compile("ผลการประเมิน(?:[^.]{0,120}?(?:ITA|คุณธรรม|โปร่งใส)[^.]{0,120}?"
            + "|[^.:：]{0,24}?)(?:ปีงบประมาณ|ประจำปี)\\s*(?:พ\\.\\s?ศ\\.?)?\\s*(\\d{4})");

    private AssessmentFinder() {
    }

    /** The assessment found, if any, and the warnings about it. */
    public record Found(Optional<Assessment> assessment, List<Warning> warnings) {
    }

    /** A score as printed: {@code decimals} digits after the point, so 83.6 and 83.59 can be the same result. */
    private record Candidate(OptionalInt year, double score, int decimals, Optional<String> grade, int page) {

        /** Equal at the coarser of the two printed precisions: "83.6" restates "83.59", "83.99" does not. */
        boolean sameScore(Candidate other) {
            int d = Math.min(decimals, other.decimals);
            double scale = Math.pow(10, d);
            return Math.abs(score - other.score) <= 0.005
                    || (decimals != other.decimals && Math.round(score * scale) == Math.round(other.score * scale));
        }

        /** Both name a year and the years differ: last year's result and this year's are different things. */
        boolean otherYear(Candidate other) {
            return year.isPresent() && other.year.isPresent() && year.getAsInt() != other.year.getAsInt();
        }
    }

    public static Found find(DocumentText text) {
        List<Candidate> candidates = new ArrayList<>();
        OptionalInt mentionYear = OptionalInt.empty();
        for (TextLine line : sentences(text.paragraphLines())) {
            String s = line.text();
            Matcher m = SCORE.matcher(s);
            int previousScoreEnd = -1;
            while (m.find()) {
                int sinceScore = previousScoreEnd;
                previousScoreEnd = m.end();
                String before = s.substring(Math.max(0, m.start() - 14), m.start());
                String after = s.substring(m.end(), Math.min(s.length(), m.end() + 12));
                if (TARGET_BEFORE.matcher(before).find() || after.contains("ขึ้นไป")
                        || DIFFERENCE_BEFORE.matcher(s.substring(Math.max(0, m.start() - 30), m.start())).find()
                        || TARGET_NEAR.matcher(s.substring(Math.max(0, m.start() - TARGET_WINDOW), m.start())).find()) {
                    continue; // a maximum, a target ("ไม่น้อยกว่า 85 คะแนน", "85 คะแนนขึ้นไป") or a difference
                }
                double score = Double.parseDouble(m.group(1));
                String context = s.substring(Math.max(0, m.start() - 200), m.start());
                if (score <= 0 || score > 100 || !ABOUT_ASSESSMENT.matcher(context).find()
                        || aboutOtherIndex(s.substring(0, m.start()))
                        || AVERAGE.matcher(s.substring(Math.max(0, m.start() - AVERAGE_WINDOW), m.start())).find()
                        || aboutIndicator(s.substring(Math.max(0, m.start() - INDICATOR_WINDOW), m.start()))
                        || quotedForComparison(s, sinceScore, m.start())) {
                    continue;
                }
                OptionalInt year = lastYear(context);
                Matcher g = GRADE.matcher(s.substring(m.end(), Math.min(s.length(), m.end() + 120)));
                Optional<String> grade = g.find() ? Optional.of(g.group(1).toUpperCase(Locale.ROOT)) : Optional.empty();
                candidates.add(new Candidate(year, score, decimals(m.group(1)), grade, line.page()));
            }
            if (mentionYear.isEmpty()) {
                Matcher mention = MENTION.matcher(s);
                if (mention.find()) {
                    mentionYear = YearText.buddhist(mention.group(1));
                }
            }
        }
        List<Warning> warnings = new ArrayList<>();
        if (candidates.isEmpty()) {
            return new Found(mentionYear.isEmpty() ? Optional.empty()
                    : Optional.of(new Assessment(mentionYear.getAsInt(), null, null)), warnings);
        }
        conflict(candidates).ifPresent(pair -> warnings.add(Warning.onPage(Warning.Kind.CONFLICTING_VALUES,
                pair[0].page(), String.format(Locale.ROOT, "assessment score differs: %s (page %d) vs %s (page %d)",
                        fmt(pair[0].score()), pair[0].page(), fmt(pair[1].score()), pair[1].page()))));
        Candidate kept = latest(candidates);
        Optional<String> grade = kept.grade();
        OptionalInt year = kept.year();
        for (Candidate c : candidates) {
            if (grade.isEmpty() && !c.otherYear(kept)) {
                grade = c.grade();
            }
            if (year.isEmpty()) {
                year = c.year();
            }
        }
        if (year.isEmpty()) {
            year = mentionYear;
        }
        Integer fiscalYear = year.isPresent() ? year.getAsInt() : null; // the schema's null for a year not given
        return new Found(Optional.of(new Assessment(fiscalYear, kept.score(), grade.orElse(null))), warnings);
    }

    /**
     * The paragraphs' lines joined, indicator-table rows left out: a PDF prints the sentence "ผลการประเมิน
     * ... ประจำปีงบประมาณ พ.ศ. 2565 ซึ่งมีคะแนน 83.59 คะแนน ... ระดับ B" over three printed lines.
     */
    /**
     * True when the paragraph before a score last spoke of the CPI and not of the ITA since: "จากดัชนีการรับรู้
     * การทุจริต (CPI) ... ประเทศไทยได้รับคะแนน 35 คะแนน" is about the country, however far apart the two are.
     */
    private static boolean aboutOtherIndex(String before) {
        Matcher other = OTHER_INDEX.matcher(before);
        int last = -1;
        while (other.find()) {
            last = other.end();
        }
        return last >= 0 && !ITA_NAMED.matcher(before.substring(last)).find();
    }

    /**
     * The first pair of results the document really contradicts itself with: two different scores for the
     * same year's assessment (or where one names no year, a score the document gives for no year at all),
     * the first one (the one the report keeps) first. Results of two different years are not a conflict.
     */
    private static Optional<Candidate[]> conflict(List<Candidate> candidates) {
        for (int i = 0; i < candidates.size(); i++) {
            Candidate a = candidates.get(i);
            for (int j = i + 1; j < candidates.size(); j++) {
                Candidate b = candidates.get(j);
                if (a.sameScore(b) || a.otherYear(b)) {
                    continue;
                }
                Candidate undated = a.year().isEmpty() ? a : b.year().isEmpty() ? b : null;
                // a score printed without its year restates one of the dated ones when it equals any of them
                if (undated != null && candidates.stream().anyMatch(c -> c != undated && c.sameScore(undated))) {
                    continue;
                }
                return Optional.of(new Candidate[] {a, b});
            }
        }
        return Optional.empty();
    }

    /**
     * The result the document cites: of the latest year it names ("ปี 2564 ได้ 80.12 คะแนน ปี 2565 ได้ 86.40
     * คะแนน" cites 2565's), the first printed among equals; the first one when none names a year.
     */
    private static Candidate latest(List<Candidate> candidates) {
        Candidate kept = candidates.get(0);
        for (Candidate c : candidates) {
            if (c.year().isPresent() && (kept.year().isEmpty() || c.year().getAsInt() > kept.year().getAsInt())) {
                kept = c;
            }
        }
        return kept;
    }

    /** True when the text just before a score last named one indicator and not the overall result since. */
    private static boolean aboutIndicator(String before) {
        Matcher indicator = INDICATOR_MENTION.matcher(before);
        int last = -1;
        while (indicator.find()) {
            last = indicator.end();
        }
        return last >= 0 && !OVERALL_MENTION.matcher(before.substring(last)).find();
    }

    /**
     * True when a second score in one sentence is the earlier year's, quoted to compare: "ได้ 91.30 คะแนน
     * เพิ่มขึ้นจากปีที่ผ่านมาซึ่งได้ 85.20 คะแนน".
     */
    private static boolean quotedForComparison(String s, int previousScoreEnd, int start) {
        if (previousScoreEnd < 0) {
            return false;
        }
        String between = s.substring(Math.max(previousScoreEnd, start - EARLIER_WINDOW), start);
        return EARLIER_YEAR.matcher(between).find() && !YEAR.matcher(between).find();
    }

    private static int decimals(String printed) {
        int dot = printed.indexOf('.');
        return dot < 0 ? 0 : printed.length() - dot - 1;
    }

    private static List<TextLine> sentences(List<TextLine> lines) {
        List<TextLine> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        TextLine first = null;
        for (TextLine line : lines) {
            if (first != null && line.paragraph() != first.paragraph()) {
                out.add(new TextLine(sb.toString(), first.page(), first.origin(), first.paragraph()));
                sb.setLength(0);
                first = null;
            }
            // "๑. ผลการประเมินคุณธรรมและความโปร่งใส ... ได้คะแนน 84.63 คะแนน" opens with a number like an
            // indicator's row, but is a numbered section about the whole assessment
            boolean overall = OVERALL_MENTION.matcher(line.text()).find() || line.text().contains("ผลการประเมิน");
            if (INDICATOR_ROW.matcher(line.text()).find() && !overall) {
                continue;
            }
            if (first == null) {
                first = line;
            } else {
                sb.append(' ');
            }
            sb.append(line.text());
        }
        if (first != null) {
            out.add(new TextLine(sb.toString(), first.page(), first.origin(), first.paragraph()));
        }
        return out;
    }

    private static OptionalInt lastYear(String context) {
        Matcher y = YEAR.matcher(context);
        OptionalInt last = OptionalInt.empty();
        while (y.find()) {
            OptionalInt v = YearText.buddhist(y.group(1));
            if (v.isPresent()) {
                last = v;
            }
        }
        return last;
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }
}
