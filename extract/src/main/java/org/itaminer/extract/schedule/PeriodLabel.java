package org.itaminer.extract.schedule;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.itaminer.extract.period.ThaiMonth;
import org.itaminer.extract.period.ThaiYear;

/**
 * The header of one period column of a schedule: a month ("ต.ค.", "ตุลาคม", "ต.ค.67", "ต.ค. 2567") or a
 * quarter ("ไตรมาส 1", "ไตรมาสที่ 2", "ไตรมาส 3/2568", "ไตรมาสที่ 1 (ต.ค.–ธ.ค.)"). A header is one only when it
 * is exactly that: a range ("ม.ค. – มี.ค.") or a sentence with a month in it is not a column of its own.
 *
 * @param kind a month or a quarter column
 * @param month the month, for a month column
 * @param quarter 1–4, for a quarter column
 * @param year the B.E. year printed in the header (a calendar year beside a month, a fiscal year beside a quarter)
 * @param text the header as printed
 */
record PeriodLabel(Kind kind, Optional<ThaiMonth> month, int quarter, OptionalInt year, String text) {

    /** What a period column counts. */
    enum Kind { MONTH, QUARTER }

    /** The longest period header seen: a quarter with its months and year, "ไตรมาสที่ 1 (ต.ค. - ธ.ค. 2567)". */
    private static final int MAX_CHARS = 40;
    private static final Pattern QUARTER = Pattern.compile(
            "^(?:ไตรมาส\\s*(?:ที่)?|[Qq])\\s*([1-4])(?!\\d)\\s*(?:/\\s*(\\d{4}|\\d{2})(?!\\d))?(.*)$");
    /** What may stand beside a month name and its year: a leading เดือน, dots, dashes, slashes, brackets. */
    private static final Pattern FILLER = Pattern.compile("[\\s.\\-–/'’()]*(?:เดือน)?[\\s.\\-–/'’()]*");
    /** A year in a label: after พ.ศ., ปี or ปีงบประมาณ, or a bare four-digit B.E. year. */
    private static final Pattern LABEL_YEAR = Pattern.compile(
            "(?:พ\\s*\\.?\\s*ศ\\s*\\.?|ปี(?:งบ(?:ประมาณ)?)?)\\s*(\\d{4}|\\d{2})(?!\\d)|(?<!\\d)(2[45]\\d\\d)(?!\\d)");
    private static final Pattern YEAR = Pattern.compile("(?:พ\\s*\\.?\\s*ศ\\s*\\.?|ปี)?\\s*(\\d{4}|\\d{2})");

    PeriodLabel {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(year, "year");
    }

    /** Reads a (normalized) header cell; empty when it names no single month or quarter. */
    static Optional<PeriodLabel> of(String header) {
        String text = header.strip();
        if (text.isEmpty() || text.length() > MAX_CHARS) {
            return Optional.empty();
        }
        Matcher q = QUARTER.matcher(text);
        if (q.matches()) {
            String rest = q.group(3).strip();
            // "ไตรมาส 1 (ต.ค.-ธ.ค.)" and "ไตรมาสที่ 1 ปี 2568" are quarters; "ไตรมาส 1 และ 2" is no column of one
            if (!rest.isEmpty() && !rest.startsWith("(") && !rest.startsWith("ปี") && !rest.startsWith("พ")) {
                return Optional.empty();
            }
            OptionalInt year = q.group(2) != null ? ThaiYear.interpret(q.group(2)) : yearIn(rest);
            return Optional.of(new PeriodLabel(Kind.QUARTER, Optional.empty(), Integer.parseInt(q.group(1)), year, text));
        }
        List<ThaiMonth.Mention> months = ThaiMonth.findAll(text);
        if (months.size() != 1) {
            return Optional.empty();
        }
        ThaiMonth.Mention mention = months.get(0);
        String before = text.substring(0, mention.start());
        String after = text.substring(mention.end());
        if (!FILLER.matcher(before).matches()) {
            return Optional.empty();
        }
        OptionalInt year = OptionalInt.empty();
        Matcher y = YEAR.matcher(after);
        if (y.find() && FILLER.matcher(after.substring(0, y.start())).matches()
                && FILLER.matcher(after.substring(y.end())).matches()) {
            year = ThaiYear.interpret(y.group(1));
        } else if (!FILLER.matcher(after).matches()) {
            return Optional.empty();
        }
        return Optional.of(new PeriodLabel(Kind.MONTH, Optional.of(mention.month()), 0, year, text));
    }

    /** A B.E. year in a label over period columns ("ปีงบประมาณ พ.ศ. 2568", "พ.ศ. 2567", "2568"). */
    static OptionalInt yearIn(String label) {
        Matcher m = LABEL_YEAR.matcher(label);
        if (!m.find()) {
            return OptionalInt.empty();
        }
        OptionalInt year = ThaiYear.interpret(m.group(1) != null ? m.group(1) : m.group(2));
        return year.isPresent() && year.getAsInt() >= 2400 && year.getAsInt() <= 2700 ? year : OptionalInt.empty();
    }
}
