package org.itaminer.ingest.ocr.digits;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.itaminer.ingest.ocr.LineText;
import org.itaminer.ingest.ocr.Symbol;

/**
 * Checks the Thai-digit numbers of a scanned page against what such numbers must be: a Buddhist-era year
 * (พ.ศ.) between 2500 and 2600, at most a few years after this one and within a few years of the page's
 * other years; a score (คะแนน) from 0 to
 * 100; a day of a month (วันที่ ๓๑ มีนาคม) that the month has. A number that fails is a doubt for the
 * report's warnings; its text is left as read.
 */
public final class NumberChecks {

    /** How far a year may be from the page's most common year. */
    static final int YEAR_SPREAD = 3;
    /** How many years ahead of now a document may name. */
    static final int YEARS_AHEAD = 5;
    /** The Buddhist era's lead over the Common Era (พ.ศ. = ค.ศ. + 543). */
    static final int BUDDHIST_ERA = 543;

    private static final String D = "[๐-๙]";
    private static final Pattern YEAR = Pattern.compile("(?:พ\\.\\s?ศ\\.?|ปี(?:งบประมาณ)?)\\s*(" + D + "{2,5})(?!" + D + ")");
    private static final Pattern BARE_YEAR = Pattern.compile("(?<![๐-๙.])(๒" + D + "{3})(?![๐-๙.])");
    private static final Pattern SCORE = Pattern.compile("(?<![๐-๙.])(" + D + "+(?:\\." + D + "+)?)\\s*คะแนน");
    private static final List<String> MONTHS = List.of("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม",
            "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม");
    private static final int[] DAYS = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    private static final Pattern DAY = Pattern.compile("(?<![๐-๙.])(" + D + "{1,3})\\s*(" + String.join("|", MONTHS) + ")");

    private NumberChecks() {
    }

    /** The doubts of a page's lines of symbols. */
    public static List<NumberDoubt> check(List<List<List<Symbol>>> paragraphs) {
        List<String> lines = new ArrayList<>();
        for (List<List<Symbol>> paragraph : paragraphs) {
            for (List<Symbol> line : paragraph) {
                lines.add(LineText.text(LineText.words(line)));
            }
        }
        return checkLines(lines);
    }

    /** The doubts of a page's lines of text, in this year. */
    public static List<NumberDoubt> checkLines(List<String> lines) {
        return checkLines(lines, java.time.Year.now().getValue() + BUDDHIST_ERA);
    }

    /**
     * The doubts of a page's lines of text.
     *
     * @param thisYear the Buddhist-era year it is now: a plan looks at most {@link #YEARS_AHEAD} years ahead
     */
    public static List<NumberDoubt> checkLines(List<String> lines, int thisYear) {
        List<NumberDoubt> doubts = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        for (String line : lines) {
            Matcher y = YEAR.matcher(line);
            while (y.find()) {
                int year = value(y.group(1));
                if (y.group(1).length() != 4 || year < 2500 || year > 2600) {
                    if (line.substring(y.start(), y.start(1)).startsWith("พ")) {
                        doubts.add(new NumberDoubt(y.group(1), y.group(1), "not a Buddhist-era year"));
                    }
                }
            }
            Matcher b = BARE_YEAR.matcher(line);
            while (b.find()) {
                int year = value(b.group(1));
                if (year >= 2500 && year <= 2600) {
                    years.add(year);
                    if (year > thisYear + YEARS_AHEAD) {
                        doubts.add(new NumberDoubt(b.group(1), b.group(1), "a year after " + thai(thisYear + YEARS_AHEAD)));
                    }
                }
            }
            Matcher s = SCORE.matcher(line);
            while (s.find()) {
                if (Double.parseDouble(arabic(s.group(1))) > 100) {
                    doubts.add(new NumberDoubt(s.group(1), s.group(1), "a score over 100"));
                }
            }
            Matcher d = DAY.matcher(line);
            while (d.find()) {
                int day = value(d.group(1));
                int month = MONTHS.indexOf(d.group(2));
                if (day < 1 || day > DAYS[month]) {
                    doubts.add(new NumberDoubt(d.group(1), d.group(1), "no such day in " + d.group(2)));
                }
            }
        }
        mode(years).ifPresent(common -> years.stream().distinct().filter(y -> Math.abs(y - common) > YEAR_SPREAD)
                .forEach(y -> doubts.add(new NumberDoubt(thai(y), thai(y), "a year far from " + thai(common)))));
        Map<String, NumberDoubt> first = new java.util.LinkedHashMap<>(); // one doubt per number, the first found
        doubts.forEach(d -> first.putIfAbsent(d.written(), d));
        return List.copyOf(first.values());
    }

    /** The page's most common Buddhist-era year (2500–2600), when it names any. */
    public static java.util.Optional<Integer> commonYear(List<String> lines) {
        List<Integer> years = new ArrayList<>();
        for (String line : lines) {
            Matcher b = BARE_YEAR.matcher(line);
            while (b.find()) {
                int year = value(b.group(1));
                if (year >= 2500 && year <= 2600) {
                    years.add(year);
                }
            }
        }
        return mode(years);
    }

    private static java.util.Optional<Integer> mode(List<Integer> values) {
        Map<Integer, Integer> counts = new HashMap<>();
        values.forEach(v -> counts.merge(v, 1, Integer::sum));
        return counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
    }

    static int value(String thaiDigits) {
        int v = 0;
        for (char c : thaiDigits.toCharArray()) {
            v = v * 10 + (c - '๐');
        }
        return v;
    }

    static String arabic(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c >= '๐' && c <= '๙' ? (char) ('0' + c - '๐') : c);
        }
        return b.toString();
    }

    static String thai(int v) {
        StringBuilder b = new StringBuilder();
        for (char c : Integer.toString(v).toCharArray()) {
            b.append((char) ('๐' + c - '0'));
        }
        return b.toString();
    }
}
