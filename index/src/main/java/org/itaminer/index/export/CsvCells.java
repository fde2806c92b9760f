package org.itaminer.index.export;

/**
 * Text cells of a CSV file made safe from formula injection, as OWASP's CSV Injection guidance says: a cell that
 * begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is read by Excel, LibreOffice and
 * Google Sheets as a formula ({@code =HYPERLINK(…)}, a DDE call), so it is written with a single quote before it, which
 * makes it text. OWASP's rule is followed as it stands, with no guess at which cells "look like" formulas: a Thai step
 * written as a {@code - } bullet becomes {@code '- ประชุมชี้แจง}, which still reads as the bullet it is. Numbers are
 * not text cells and are written as they are. XLSX needs none of this: its cells are typed, and text is written as
 * strings.
 */
public final class CsvCells {

    /** The single quote OWASP prefixes. */
    public static final char PREFIX = '\'';

    private CsvCells() {
    }

    /** The text as a CSV cell: with {@link #PREFIX} before it when its first character starts a formula. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        return startsFormula(value.charAt(0)) ? PREFIX + value : value;
    }

    private static boolean startsFormula(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
