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
 * Two different scores give a warning.
 */
public final class AssessmentFinder {

    private static final Pattern SCORE = Pattern.compile("(?<![\\d.])(\\d{1,3}(?:\\.\\d{1,2})?)\\s*คะแนน");
    private static final Pattern GRADE = Pattern.compile("(?:ระดับ|เกรด|grade)\\s*[:\"“]?\\s*(AA|A|B|C|D|E|F)(?![A-Za-z])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("(?:ปีงบประมาณ|ประจำปี|ปี)\\s*(?:พ\\.\\s?ศ\\.?)?\\s*(\\d{4})(?!\\d)");
    private static final Pattern TARGET_BEFORE = Pattern.compile("เต็ม|ร้อยละ|ไม่น้อยกว่า|ไม่ต่ำกว่า|เกินกว่า|ไม่เกิน|เป้าหมาย");
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
    /** "วิเคราะห์ผลการประเมิน ... ประจำปีงบประมาณ พ.ศ. 2565": the year of a result named without a score. */
    private static final Pattern MENTION = Pattern.compile("ผลการประเมิน[^.]{0,160}?(?:ปีงบประมาณ|ประจำปี)\\s*(?:พ\\.\\s?ศ\\.?)?\\s*(\\d{4})");

    private AssessmentFinder() {
    }

    /** The assessment found, if any, and the warnings about it. */
    public record Found(Optional<Assessment> assessment, List<Warning> warnings) {
    }

    private record Candidate(OptionalInt year, double score, Optional<String> grade, int page) {
    }

    public static Found find(DocumentText text) {
        List<Candidate> candidates = new ArrayList<>();
        OptionalInt mentionYear = OptionalInt.empty();
        for (TextLine line : sentences(text.paragraphLines())) {
            String s = line.text();
            Matcher m = SCORE.matcher(s);
            while (m.find()) {
                String before = s.substring(Math.max(0, m.start() - 14), m.start());
                String after = s.substring(m.end(), Math.min(s.length(), m.end() + 12));
                if (TARGET_BEFORE.matcher(before).find() || after.contains("ขึ้นไป")) {
                    continue; // "คะแนนเต็ม 100", "ไม่น้อยกว่า 85 คะแนน", "85 คะแนนขึ้นไป": a maximum or a target
                }
                double score = Double.parseDouble(m.group(1));
                String context = s.substring(Math.max(0, m.start() - 200), m.start());
                if (score <= 0 || score > 100 || !ABOUT_ASSESSMENT.matcher(context).find()
                        || aboutOtherIndex(s.substring(0, m.start()))
                        || AVERAGE.matcher(s.substring(Math.max(0, m.start() - AVERAGE_WINDOW), m.start())).find()) {
                    continue;
                }
                OptionalInt year = lastYear(context);
                Matcher g = GRADE.matcher(s.substring(m.end(), Math.min(s.length(), m.end() + 120)));
                Optional<String> grade = g.find() ? Optional.of(g.group(1).toUpperCase(Locale.ROOT)) : Optional.empty();
                candidates.add(new Candidate(year, score, grade, line.page()));
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
        Candidate first = candidates.get(0);
        for (Candidate c : candidates) {
            if (Math.abs(c.score() - first.score()) > 0.005) {
                // about the first page that gives the score: the one the report takes
                warnings.add(Warning.onPage(Warning.Kind.CONFLICTING_VALUES, first.page(),
                        String.format(Locale.ROOT, "assessment score differs: %s (page %d) vs %s (page %d)",
                                fmt(first.score()), first.page(), fmt(c.score()), c.page())));
                break;
            }
        }
        Optional<String> grade = first.grade();
        OptionalInt year = first.year();
        for (Candidate c : candidates) {
            if (grade.isEmpty()) {
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
        return new Found(Optional.of(new Assessment(fiscalYear, first.score(), grade.orElse(null))), warnings);
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
            if (INDICATOR_ROW.matcher(line.text()).find()) {
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
