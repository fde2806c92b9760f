package org.itaminer.extract.period;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.itaminer.model.report.Period;
import org.itaminer.thai.DecimalDigits;

/**
 * Reads the span a period text (ระยะเวลาดำเนินการ) names. The rules, applied in this order, each
 * consuming the text it reads:
 * <ol>
 *   <li>quarters (ไตรมาส / ไตรมาสที่ 2, "2 หรือ 3", "2 ,3", "2-3", "2 และ 3", "3/2568") of the fiscal year;</li>
 *   <li>months, with optional day and year ("ม.ค. – มี.ค. 65", "1 ต.ค. 2565 – 30 ก.ย. 2566",
 *       "เดือนมีนาคม 2566"); two joined by a dash (- – —) or ถึง / จนถึง form a range, and a year printed
 *       on one end only applies to both;</li>
 *   <li>fiscal-year phrases: ตลอดปี, ทั้งปี, ตลอดทั้งปี, (ตลอด/ประจำ)ปีงบประมาณ [พ.ศ.] N, ปี 65, พ.ศ. N.
 *       "ตลอด"/"ทั้ง" always name the whole fiscal year; the others name it only when nothing else
 *       in the text names a span, and otherwise just give the fiscal year for the year-less parts.</li>
 * </ol>
 * The result runs from the earliest start to the latest end of everything found. Parts without a
 * year fall within the fiscal year the text names, else the document's; month names without a
 * year are placed in the fiscal year (ต.ค.–ธ.ค. in C.E. FY − 544, the rest in FY − 543).
 * The result has no dates when nothing is found, or when any part found cannot be resolved
 * (a quarter other than 1–4, a day the month lacks, a fiscal year outside 2400–2700, a year-less
 * part with no fiscal year known): a span that leaves out a part would be wrong, not just vague.
 * A fiscal year follows ปีงบประมาณ in B.E. unless ค.ศ. is printed, so "ปีงบประมาณ 1999" names nothing.
 */
public final class PeriodParser {

    private static final String DASH = "(?:[-\\u2010-\\u2015\\u2212~]|(?:ไป)?(?:จน)?ถึง)";
    private static final String QUARTER_WORD = "ไตรมาส\\s*(?:ที่)?\\s*";
    private static final Pattern QUARTERS = Pattern.compile(QUARTER_WORD
            + "(?<list>\\d{1,2}(?!\\d)(?:\\s*(?:,|และ|หรือ|&|/|" + DASH + ")\\s*(?:" + QUARTER_WORD + ")?\\d(?!\\d))*)"
            + "(?:\\s*/\\s*(?<year>\\d{4}|\\d{2})(?!\\d))?");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern POINT = Pattern.compile(
            "(?:(?:ตั้งแต่\\s*)?วัน(?:ที่)?\\s*)?"
            + "(?:(?<from>\\d{1,2})\\s*[-\\u2010-\\u2015]\\s*(?=\\d))?(?:(?<day>\\d{1,2})(?!\\d)\\s*)?"
            + "(?:เดือน\\s*)?" + ThaiMonth.regex()
            + "(?:\\s*" + ThaiYear.YEAR_REGEX + ")?");
    private static final Pattern RANGE_GAP = Pattern.compile("\\s*" + DASH + "\\s*");
    private static final Pattern FISCAL = Pattern.compile(
            "(?<whole>ตลอด\\s*(?:ทั้ง\\s*)?|ทั้ง\\s*)?ปี(?<budget>\\s*งบ(?:ประมาณ)?)?"
            + "(?:\\s*" + ThaiYear.YEAR_REGEX + "(?:\\s*" + DASH + "\\s*(?<last>\\d{4}|\\d{2})(?!\\d))?)?");
    private static final Pattern ERA_YEAR = Pattern.compile(
            ThaiYear.ERA_REGEX + "\\s*(?<year>\\d{4}|\\d{2})(?!\\d)");
    private static final char CONSUMED = '\u0000';

    private PeriodParser() {
    }

    /**
     * Reads the span {@code text} names.
     *
     * @param text the period as printed, already normalized; kept unchanged in the result
     * @param documentFiscalYear the document's fiscal year (B.E.), used when the text gives none
     * @return {@link Period#NONE} for null text, else a period whose dates are null when the text
     *         names no resolvable span
     * @throws IllegalArgumentException if {@code documentFiscalYear} is outside 2400–2700
     */
    public static Period parse(String text, OptionalInt documentFiscalYear) {
        FiscalYear documentYear = documentFiscalYear.isEmpty() ? null : FiscalYear.ofBuddhist(documentFiscalYear.getAsInt());
        if (text == null) {
            return Period.NONE;
        }
        return new Parse(DecimalDigits.toAscii(text), documentYear).run()
                .map(span -> new Period(text, span.start(), span.end()))
                .orElseGet(() -> new Period(text, null, null));
    }

    /** State of one call: the working text with consumed parts blanked, and what was found. */
    private static final class Parse {
        private final StringBuilder work;
        private final FiscalYear documentYear;
        private final List<int[]> quarters = new ArrayList<>(); // {quarter, fiscal year or 0}
        private final List<DatePoint> points = new ArrayList<>();
        private final List<FiscalYear> wholeYears = new ArrayList<>(); // ตลอด/ทั้ง, null = context
        private final List<FiscalYear> namedYears = new ArrayList<>(); // other year phrases, null = context
        private final List<int[]> consumed = new ArrayList<>(); // {start, end} read by the current rule
        private FiscalYear textYear;
        private boolean invalid;

        Parse(String text, FiscalYear documentYear) {
            this.work = new StringBuilder(text);
            this.documentYear = documentYear;
        }

        Optional<DateSpan> run() {
            findQuarters();
            findPoints();
            findFiscalYears();
            if (invalid) {
                return Optional.empty();
            }
            FiscalYear context = textYear != null ? textYear : documentYear;
            List<Optional<DateSpan>> spans = new ArrayList<>();
            for (int[] q : quarters) {
                FiscalYear fy = q[1] != 0 ? FiscalYear.ofBuddhist(q[1]) : context;
                spans.add(fy == null ? Optional.empty() : Optional.of(fy.quarter(q[0])));
            }
            spans.addAll(pointSpans(context));
            wholeYears.forEach(fy -> spans.add(spanOf(fy, context)));
            if (spans.isEmpty()) {
                namedYears.forEach(fy -> spans.add(spanOf(fy, context)));
            }
            DateSpan union = null;
            for (Optional<DateSpan> span : spans) {
                if (span.isEmpty()) {
                    return Optional.empty();
                }
                union = union == null ? span.get() : union.union(span.get());
            }
            return Optional.ofNullable(union);
        }

        private static Optional<DateSpan> spanOf(FiscalYear fy, FiscalYear context) {
            FiscalYear year = fy != null ? fy : context;
            return year == null ? Optional.empty() : Optional.of(year.span());
        }

        private void findQuarters() {
            Matcher m = QUARTERS.matcher(work);
            while (m.find()) {
                int year = 0;
                if (m.group("year") != null) {
                    year = fiscalYear(m.group("year"), 'พ');
                }
                Matcher d = DIGITS.matcher(m.group("list"));
                while (d.find()) {
                    int q = Integer.parseInt(d.group());
                    if (q < 1 || q > 4) {
                        invalid = true;
                    } else {
                        quarters.add(new int[] {q, year});
                    }
                }
                consumed.add(new int[] {m.start(), m.end()});
            }
            consumeAll();
        }

        private void findPoints() {
            Matcher m = POINT.matcher(work);
            while (m.find()) {
                Integer year = null;
                if (m.group("year") != null) {
                    OptionalInt be = ThaiYear.fromMatch(m);
                    if (be.isEmpty() || !FiscalYear.isValid(be.getAsInt())) {
                        invalid = true;
                        continue;
                    }
                    year = be.getAsInt();
                }
                points.add(new DatePoint(m.start(), m.end(), number(m.group("from")), number(m.group("day")),
                        ThaiMonth.monthOf(m), year));
            }
            // consumed only after the scan, so the gaps between points stay readable
            points.forEach(p -> consumed.add(new int[] {p.begin(), p.end()}));
            consumeAll();
        }

        private List<Optional<DateSpan>> pointSpans(FiscalYear context) {
            List<Optional<DateSpan>> spans = new ArrayList<>();
            for (int i = 0; i < points.size(); i++) {
                DatePoint p = points.get(i);
                if (i + 1 < points.size() && isRangeGap(p.end(), points.get(i + 1).begin())) {
                    spans.add(DatePoint.range(p, points.get(i + 1), context));
                    i++;
                } else {
                    spans.add(p.resolve(context));
                }
            }
            return spans;
        }

        private boolean isRangeGap(int from, int to) {
            return RANGE_GAP.matcher(work.subSequence(from, to)).matches();
        }

        private void findFiscalYears() {
            Matcher m = FISCAL.matcher(work);
            while (m.find()) {
                boolean whole = m.group("whole") != null;
                if (m.group("year") == null) {
                    if (whole) {
                        wholeYears.add(null);
                    } else if (m.group("budget") != null) {
                        namedYears.add(null);
                    }
                    continue;
                }
                addNamed(m, m.group("last"), whole);
                consumed.add(new int[] {m.start(), m.end()});
            }
            consumeAll();
            Matcher e = ERA_YEAR.matcher(work);
            while (e.find()) {
                addNamed(e, null, false);
            }
        }

        /** Adds the fiscal year(s) of a phrase; {@code last} is the end of "2566-2567", or null. */
        private void addNamed(Matcher m, String last, boolean whole) {
            String era = m.group("era");
            int first = fiscalYear(m.group("year"), era == null ? 'พ' : era.charAt(0));
            List<FiscalYear> target = whole ? wholeYears : namedYears;
            if (first == 0) {
                return;
            }
            FiscalYear fy = FiscalYear.ofBuddhist(first);
            if (textYear == null) {
                textYear = fy;
            }
            target.add(fy);
            if (last != null) {
                int end = fiscalYear(last, era == null ? 'พ' : era.charAt(0));
                if (end != 0 && end >= first) {
                    target.add(FiscalYear.ofBuddhist(end));
                } else {
                    invalid = true;
                }
            }
        }

        /** The fiscal year printed as {@code digits}, or 0 (and the parse invalid) if it is none. */
        private int fiscalYear(String digits, char era) {
            OptionalInt be = ThaiYear.interpret(digits, era);
            if (be.isEmpty() || !FiscalYear.isValid(be.getAsInt())) {
                invalid = true;
                return 0;
            }
            return be.getAsInt();
        }

        /** Blanks what the last scan read, so later rules do not read it again. */
        private void consumeAll() {
            for (int[] range : consumed) {
                for (int i = range[0]; i < range[1]; i++) {
                    work.setCharAt(i, CONSUMED);
                }
            }
            consumed.clear();
        }

        private static Integer number(String digits) {
            return digits == null ? null : Integer.valueOf(digits);
        }
    }
}
