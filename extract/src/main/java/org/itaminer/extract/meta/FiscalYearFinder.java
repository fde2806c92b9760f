package org.itaminer.extract.meta;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the fiscal year (ปีงบประมาณ, B.E.) a document's measures are for: the year its title names
 * ("ประจำปีงบประมาณ พ.ศ. 2566", "ประจำปี พ.ศ. 2566"); else the year its heading lines name; else the
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
