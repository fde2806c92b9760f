package org.itaminer.extract.meta;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.itaminer.extract.period.FiscalYear;
import org.itaminer.extract.period.PeriodParser;
import org.itaminer.extract.period.ThaiMonth;

/**
 * Finds the fiscal year (ปีงบประมาณ, B.E.) a document's measures are for: the year its title names
 * ("ประจำปีงบประมาณ พ.ศ. 2566", "ประจำปี พ.ศ. 2566"); else the fiscal year of a span the title names
 * ("รอบ ๖ เดือน (ตุลาคม ๒๕๖๖ – มีนาคม ๒๕๖๗)" → 2567); else the year its heading lines name; else the
 * fiscal year the running text names most often.
 */
public final class FiscalYearFinder {

    private static final Pattern TITLE_YEAR = Pattern.compile(
            "(?:ปีงบประมาณ|ประจำปี|ปี)\\s*(?:พ\\.\\s?ศ\\.?)?\\s*(\\d{4}|\\d{2})(?!\\d)");
    private static final Pattern FISCAL_YEAR = Pattern.compile(
            "ปีงบประมาณ\\s*(?:พ\\.\\s?ศ\\.?)?\\s*(\\d{4}|\\d{2})(?!\\d)");

    private FiscalYearFinder() {
    }

    /** The fiscal year, or empty when neither the title, the headings nor the text name one. */
    public static OptionalInt find(String title, DocumentText text) {
        OptionalInt fromTitle = firstYear(TITLE_YEAR, title);
        if (fromTitle.isPresent()) {
            return fromTitle;
        }
        OptionalInt fromSpan = yearOfSpan(title);
        if (fromSpan.isPresent()) {
            return fromSpan;
        }
        for (TextLine line : text.paragraphLines()) {
            if (line.origin() == TextLine.Origin.HEADING && line.text().length() < 100) {
                OptionalInt y = firstYear(TITLE_YEAR, line.text());
                if (y.isPresent()) {
                    return y;
                }
            }
        }
        Map<Integer, Integer> votes = new HashMap<>();
        for (TextLine line : text.lines()) {
            Matcher m = FISCAL_YEAR.matcher(line.text());
            while (m.find()) {
                YearText.buddhist(m.group(1)).ifPresent(y -> votes.merge(y, 1, Integer::sum));
            }
        }
        return votes.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry::getKey))
                .map(e -> OptionalInt.of(e.getKey())).orElse(OptionalInt.empty());
    }

    /**
     * The fiscal year a span in the title falls in: a report "รอบ ๖ เดือน (ตุลาคม ๒๕๖๖ – มีนาคม ๒๕๖๗)" is
     * for fiscal year 2567, which begins in October 2566.
     */
    static OptionalInt yearOfSpan(String title) {
        // a range of months ("ตุลาคม ... – มีนาคม ..."), not a single date such as a ประกาศ's or a gazette's
        if (title == null || ThaiMonth.findAll(title).size() < 2) {
            return OptionalInt.empty();
        }
        return PeriodParser.parse(title, OptionalInt.empty()).optionalStart()
                .map(start -> OptionalInt.of(FiscalYear.containing(start).buddhistYear()))
                .orElse(OptionalInt.empty());
    }

    static OptionalInt firstYear(Pattern pattern, String s) {
        if (s == null) {
            return OptionalInt.empty();
        }
        Matcher m = pattern.matcher(s);
        while (m.find()) {
            OptionalInt y = YearText.buddhist(m.group(1));
            if (y.isPresent()) {
                return y;
            }
        }
        return OptionalInt.empty();
    }
}
