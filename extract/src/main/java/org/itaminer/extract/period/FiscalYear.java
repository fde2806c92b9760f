package org.itaminer.extract.period;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A Thai fiscal year (ปีงบประมาณ) numbered in the Buddhist Era: fiscal year B.E. N runs from
 * 1 October of C.E. N − 544 to 30 September of C.E. N − 543. Its quarters (ไตรมาส) are Q1 Oct–Dec,
 * Q2 Jan–Mar, Q3 Apr–Jun and Q4 Jul–Sep.
 *
 * @param buddhistYear the B.E. number, 2400–2700
 */
public record FiscalYear(int buddhistYear) {

    /** Smallest accepted B.E. year. */
    public static final int MIN = 2400;
    /** Largest accepted B.E. year. */
    public static final int MAX = 2700;

    public FiscalYear {
        if (buddhistYear < MIN || buddhistYear > MAX) {
            throw new IllegalArgumentException(
                    "buddhistYear must be " + MIN + "-" + MAX + ": " + buddhistYear);
        }
    }

    /** The fiscal year B.E. {@code buddhistYear}. */
    public static FiscalYear ofBuddhist(int buddhistYear) {
        return new FiscalYear(buddhistYear);
    }

    /** The fiscal year that contains {@code date}. */
    public static FiscalYear containing(LocalDate date) {
        Objects.requireNonNull(date, "date");
        int commonYear = date.getMonthValue() >= Month.OCTOBER.getValue() ? date.getYear() + 1 : date.getYear();
        return new FiscalYear(ThaiYear.toBuddhistEra(commonYear));
    }

    /** Whether {@code buddhistYear} is in the accepted range. */
    public static boolean isValid(int buddhistYear) {
        return buddhistYear >= MIN && buddhistYear <= MAX;
    }

    /** 1 October of the previous C.E. year. */
    public LocalDate start() {
        return LocalDate.of(buddhistYear - 544, Month.OCTOBER, 1);
    }

    /** 30 September. */
    public LocalDate end() {
        return LocalDate.of(buddhistYear - 543, Month.SEPTEMBER, 30);
    }

    /** The whole fiscal year as a span. */
    public DateSpan span() {
        return new DateSpan(start(), end());
    }

    /**
     * Quarter {@code q} (ไตรมาสที่ q) of this fiscal year.
     *
     * @param q 1–4
     */
    public DateSpan quarter(int q) {
        if (q < 1 || q > 4) {
            throw new IllegalArgumentException("quarter must be 1-4: " + q);
        }
        YearMonth first = YearMonth.from(start()).plusMonths(3L * (q - 1));
        return new DateSpan(first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    /** The C.E. year in which {@code month} falls within this fiscal year (Oct–Dec: the earlier one). */
    public int commonYearOf(ThaiMonth month) {
        Objects.requireNonNull(month, "month");
        return month.ordinal() >= Month.OCTOBER.ordinal() ? buddhistYear - 544 : buddhistYear - 543;
    }
}
