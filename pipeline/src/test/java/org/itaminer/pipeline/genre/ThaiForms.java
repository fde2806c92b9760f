package org.itaminer.pipeline.genre;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Random;
import org.itaminer.model.report.Period;

/** Thai months, digits and the written forms of a period within a fiscal year (ปีงบประมาณ). */
final class ThaiForms {

    /** Months in fiscal order, ต.ค. first. */
    static final String[] ABBR = {"ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.",
        "ส.ค.", "ก.ย."};
    static final String[] FULL = {"ตุลาคม", "พฤศจิกายน", "ธันวาคม", "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน",
        "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน"};

    private ThaiForms() {
    }

    /** Arabic digits as Thai ones, except in codes such as O12 (a digit after a Latin letter or digit of one). */
    static String thaiDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean code = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9' && !code) {
                b.append((char) ('\u0E50' + (c - '0')));
            } else {
                b.append(c);
            }
            code = (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') || (code && c >= '0' && c <= '9');
        }
        return b.toString();
    }

    /** The B.E. year of fiscal month {@code m} (0 = ต.ค.) in fiscal year {@code fy}. */
    static int beYear(int fy, int m) {
        return m < 3 ? fy - 1 : fy;
    }

    static LocalDate monthStart(int fy, int m) {
        return LocalDate.of(beYear(fy, m) - 543, (m + 9) % 12 + 1, 1);
    }

    static LocalDate monthEnd(int fy, int m) {
        return YearMonth.from(monthStart(fy, m)).atEndOfMonth();
    }

    /** The span of fiscal months a..b as a period with {@code text}. */
    static Period span(String text, int fy, int a, int b) {
        return new Period(text, monthStart(fy, a), monthEnd(fy, b));
    }

    /** A period of fiscal year {@code fy} written in {@code form}, its span drawn from {@code r}. */
    static Period period(GenreChoices.PeriodForm form, int fy, Random r) {
        String dash = r.nextBoolean() ? " – " : " - ";
        int a = r.nextInt(12);
        int b = a + r.nextInt(12 - a);
        return switch (form) {
            case MONTHS_WITH_YEARS -> span(a == b ? ABBR[a] + " " + beYear(fy, a)
                    : ABBR[a] + " " + beYear(fy, a) + dash + ABBR[b] + " " + beYear(fy, b), fy, a, b);
            case MONTHS_YEAR_ONCE -> {
                String yy = " " + beYear(fy, b) % 100;
                String text = a == b ? ABBR[a] + yy : beYear(fy, a) == beYear(fy, b) ? ABBR[a] + dash + ABBR[b] + yy
                        : ABBR[a] + " " + beYear(fy, a) % 100 + dash + ABBR[b] + yy;
                yield span(text, fy, a, b);
            }
            case FULL_MONTHS -> {
                String text = a == b ? FULL[a] + " " + beYear(fy, a)
                        : beYear(fy, a) == beYear(fy, b) ? FULL[a] + dash + FULL[b] + " " + beYear(fy, b)
                        : FULL[a] + " " + beYear(fy, a) + dash + FULL[b] + " " + beYear(fy, b);
                yield span(text, fy, a, b);
            }
            case QUARTER_RANGE -> {
                int q1 = 1 + r.nextInt(3);
                int q2 = q1 + 1 + r.nextInt(4 - q1);
                String text = (r.nextBoolean() ? "ไตรมาสที่ " : "ไตรมาส ") + q1 + (r.nextBoolean() ? "-" : " - ") + q2;
                yield span(text, fy, (q1 - 1) * 3, q2 * 3 - 1);
            }
            case ONE_QUARTER -> {
                int q = 1 + r.nextInt(4);
                yield span("ไตรมาสที่ " + q, fy, (q - 1) * 3, q * 3 - 1);
            }
            case FISCAL_YEAR -> span((r.nextBoolean() ? "ปีงบประมาณ พ.ศ. " : "ปีงบประมาณ ") + fy, fy, 0, 11);
            case WHOLE_YEAR -> span(switch (r.nextInt(3)) {
                case 0 -> "ตลอดปีงบประมาณ";
                case 1 -> "ตลอดปีงบประมาณ " + fy;
                default -> "ตลอดปี";
            }, fy, 0, 11);
            case DAYS -> span("1 " + ABBR[a] + " " + beYear(fy, a) % 100 + dash + monthEnd(fy, b).getDayOfMonth() + " "
                    + ABBR[b] + " " + beYear(fy, b) % 100, fy, a, b);
        };
    }

    /** A number with thousands separators, as budgets are printed. */
    static String baht(int amount) {
        return String.format(java.util.Locale.ROOT, "%,d", amount);
    }
}
