package org.itaminer.extract.period;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * One printed month, optionally with a day (or day range "1-15") and a year, as found in a
 * period text: "ต.ค. 66", "1 ตุลาคม 2567", "วันที่ 1-15 มกราคม พ.ศ. 2566", "มีนาคม".
 * Resolution turns it into days of the ISO calendar; a year-less point needs a fiscal year.
 *
 * @param begin offset of the first character in the working text
 * @param end offset after the last character
 * @param dayFrom first day of a printed day range, or null
 * @param day the printed day, or null
 * @param month the month
 * @param buddhistYear the B.E. year, or null when none is printed
 */
record DatePoint(int begin, int end, Integer dayFrom, Integer day, ThaiMonth month, Integer buddhistYear) {

    boolean hasYear() {
        return buddhistYear != null;
    }

    /** This point as a span; empty when it names no real day or has no year and no fiscal year is known. */
    Optional<DateSpan> resolve(FiscalYear context) {
        Optional<Integer> year = commonYear(context);
        if (year.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> first = first(year.get());
        Optional<LocalDate> last = last(year.get());
        if (first.isEmpty() || last.isEmpty() || last.get().isBefore(first.get())) {
            return Optional.empty();
        }
        return Optional.of(new DateSpan(first.get(), last.get()));
    }

    /**
     * The range from {@code from} to {@code to} ("ม.ค. – มี.ค. 65"). A year printed on one end only
     * applies to both, except that the start moves back a year when its month comes after the end's
     * ("พ.ย. – ก.พ. 66"). With no year at all the start falls within {@code context} and the end is
     * the first such month on or after it.
     */
    static Optional<DateSpan> range(DatePoint from, DatePoint to, FiscalYear context) {
        int fromYear;
        int toYear;
        boolean wraps = from.month.compareTo(to.month) > 0;
        if (from.hasYear() && to.hasYear()) {
            fromYear = ThaiYear.toCommonEra(from.buddhistYear);
            toYear = ThaiYear.toCommonEra(to.buddhistYear);
        } else if (to.hasYear()) {
            toYear = ThaiYear.toCommonEra(to.buddhistYear);
            fromYear = wraps ? toYear - 1 : toYear;
        } else if (from.hasYear()) {
            fromYear = ThaiYear.toCommonEra(from.buddhistYear);
            toYear = wraps ? fromYear + 1 : fromYear;
        } else if (context != null) {
            fromYear = context.commonYearOf(from.month);
            toYear = wraps ? fromYear + 1 : fromYear;
        } else {
            return Optional.empty();
        }
        Optional<LocalDate> first = from.first(fromYear);
        Optional<LocalDate> last = to.last(toYear);
        if (first.isEmpty() || last.isEmpty() || last.get().isBefore(first.get())) {
            return Optional.empty();
        }
        return Optional.of(new DateSpan(first.get(), last.get()));
    }

    private Optional<Integer> commonYear(FiscalYear context) {
        if (hasYear()) {
            return Optional.of(ThaiYear.toCommonEra(buddhistYear));
        }
        return context == null ? Optional.empty() : Optional.of(context.commonYearOf(month));
    }

    private Optional<LocalDate> first(int commonYear) {
        Integer d = dayFrom != null ? dayFrom : day;
        return date(commonYear, d == null ? 1 : d);
    }

    private Optional<LocalDate> last(int commonYear) {
        if (day == null) {
            return Optional.of(YearMonth.of(commonYear, month.toMonth()).atEndOfMonth());
        }
        return date(commonYear, day);
    }

    private Optional<LocalDate> date(int commonYear, int dayOfMonth) {
        try {
            return Optional.of(LocalDate.of(commonYear, month.toMonth(), dayOfMonth));
        } catch (DateTimeException e) {
            // a printed day the month does not have ("31 ก.พ.") names no span
            return Optional.empty();
        }
    }
}
