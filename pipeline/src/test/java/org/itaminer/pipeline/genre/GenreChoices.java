package org.itaminer.pipeline.genre;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * One generated document's choice along every variation class of the genre, each drawn independently.
 * {@link #classes()} names them as {@code dimension=value}, the rows of the score table.
 */
record GenreChoices(Kind kind, Layout layout, Numbering numbering, Digits digits, PeriodForm period, Cover cover,
                    PreTable preTable, Signature signature, Columns columns, Headers headers, Pages pages,
                    Heading heading, StepStyle stepStyle) {

    enum Kind { PLAN, REPORT }

    /** How the measures are laid out: a measure table, labelled paragraphs, or a Gantt schedule. */
    enum Layout { TABLE, PARAGRAPHS, SCHEDULE }

    /** The measure's printed number: มาตรการที่ ๑, ๑., (๑), ๑), 1.1, none. */
    enum Numbering { MEASURE_WORD, DOT, PAREN, HALF_PAREN, DECIMAL, NONE }

    enum Digits { THAI, ARABIC }

    /** How a period is written. */
    enum PeriodForm { MONTHS_WITH_YEARS, MONTHS_YEAR_ONCE, FULL_MONTHS, QUARTER_RANGE, ONE_QUARTER, FISCAL_YEAR,
        WHOLE_YEAR, DAYS }

    /** What comes in front of the document: nothing, a memo cover (บันทึกข้อความ), a preamble paragraph. */
    enum Cover { NONE, MEMO, PREAMBLE }

    /** A table before the measures that holds no measures. */
    enum PreTable { NONE, ITA_TABLE, ITA_GROUPED, BUDGET }

    enum Signature { NONE, LINES, TABLE }

    /** Which columns a measure table has and in what order ({@code FEWER}: no steps, period or responsible column). */
    enum Columns { STANDARD, SHUFFLED, NUMBER_FIRST, ISSUE_FIRST, TWO_ROW, BUDGET_KPI, FEWER }

    /** The header words: the usual ones or their synonyms. */
    enum Headers { USUAL, SYNONYMS }

    /** One page, a page break with the header repeated, or a break inside a measure (a continuation row). */
    enum Pages { ONE, BREAK, CONTINUATION }

    /** The heading block: title/year/agency lines in one paragraph, one line, agency first, separate paragraphs. */
    enum Heading { BLOCK, ONE_LINE, AGENCY_FIRST, SEPARATE }

    /** How a measure's steps are listed. */
    enum StepStyle { NUMBERED, PARENS, BULLETS, PARAGRAPHS, LETTERS }

    static GenreChoices draw(Random r) {
        Layout layout = pick(r, Layout.values());
        return new GenreChoices(pick(r, Kind.values()), layout, pick(r, Numbering.values()), pick(r, Digits.values()),
                pick(r, PeriodForm.values()), pick(r, Cover.values()), pick(r, PreTable.values()),
                pick(r, Signature.values()), pick(r, Columns.values()), pick(r, Headers.values()),
                pick(r, Pages.values()), pick(r, Heading.values()), pick(r, StepStyle.values()));
    }

    private static <E> E pick(Random r, E[] values) {
        return values[r.nextInt(values.length)];
    }

    /** The classes this document belongs to, e.g. {@code layout=table}; dimensions that do not apply are left out. */
    List<String> classes() {
        List<String> out = new ArrayList<>();
        add(out, "kind", kind);
        add(out, "layout", layout);
        if (layout != Layout.SCHEDULE || numbering != Numbering.DECIMAL) {
            add(out, "numbering", numbering);
        }
        add(out, "digits", digits);
        if (layout != Layout.SCHEDULE) {
            add(out, "period", period);
        }
        add(out, "cover", cover);
        add(out, "pretable", preTable);
        add(out, "signature", signature);
        if (layout == Layout.TABLE) {
            add(out, "columns", columns);
        }
        if (layout != Layout.PARAGRAPHS) {
            add(out, "headers", headers);
        }
        add(out, "pages", pages);
        add(out, "heading", heading);
        if (layout != Layout.SCHEDULE) {
            add(out, "steps", stepStyle);
        }
        return out;
    }

    private static void add(List<String> out, String dimension, Enum<?> value) {
        out.add(dimension + "=" + value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
