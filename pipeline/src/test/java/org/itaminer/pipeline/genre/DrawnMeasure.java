package org.itaminer.pipeline.genre;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.itaminer.model.report.Measure;
import org.itaminer.model.report.Period;
import org.itaminer.pipeline.genre.MeasureCatalogue.MeasureContent;

/**
 * A measure as one document prints it: its position, printed number, content and period, and the expected
 * {@link Measure} a correct extractor gives for it.
 *
 * @param k its 1-based position
 * @param number the printed number in Arabic digits, or null when unnumbered
 * @param monitoring the การติดตามผล text, when the document has one
 * @param result the ผลการดำเนินการ text of a report, else null
 */
record DrawnMeasure(int k, String number, MeasureContent content, Period period, String monitoring, String result) {

    static final List<String> MONITORING = List.of("รายงานผลต่อผู้บริหารทุกไตรมาส", "สรุปผลเสนอนายกทุกหกเดือน",
            "ติดตามผลในการประชุมประจำเดือน", "รายงานผลรอบ 6 เดือน และ 12 เดือน");

    /** The measure cell or heading: its number in the document's numbering style, then the title. */
    String numberedTitle(GenreChoices.Numbering style) {
        return prefix(style, number) + content.title();
    }

    static String prefix(GenreChoices.Numbering style, String number) {
        if (number == null) {
            return "";
        }
        return switch (style) {
            case MEASURE_WORD -> "มาตรการที่ " + number + " ";
            case DOT -> number + ". ";
            case PAREN -> "(" + number + ") ";
            case HALF_PAREN -> number + ") ";
            case DECIMAL, NONE -> number + " ";
        };
    }

    /** The printed number of measure {@code k} in a numbering style (null when the style numbers nothing). */
    static String numberOf(GenreChoices.Numbering style, int k) {
        return switch (style) {
            case NONE -> null;
            case DECIMAL -> "1." + k;
            default -> Integer.toString(k);
        };
    }

    /** The steps as a list in a step style, one line each; a single step is written without a marker. */
    static List<String> stepLines(List<String> steps, GenreChoices.StepStyle style, boolean bulletDot) {
        if (steps.size() == 1) {
            return List.of(steps.get(0));
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            String marker = switch (style) {
                case NUMBERED -> (i + 1) + ". ";
                case PARENS -> "(" + (i + 1) + ") ";
                case BULLETS -> bulletDot ? "• " : "- ";
                case PARAGRAPHS -> "";
                case LETTERS -> "กขคงจฉ".charAt(i) + ". ";
            };
            out.add(marker + steps.get(i));
        }
        return out;
    }

    /** The expected measure, with the steps and period the document shows for it. */
    Measure expected(int seq, List<String> steps, Period shownPeriod, Map<String, String> extra, int page) {
        return new Measure(seq, number, content.title(), steps, content.responsible(), shownPeriod, monitoring, result,
                null, null, content.indicators(), extra, page);
    }
}
