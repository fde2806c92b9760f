package org.itaminer.index.compare;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.itaminer.index.export.CsvCells;
import org.itaminer.index.theme.Theme;

/**
 * A {@link ThemeMatrix} as CSV: UTF-8 with a byte-order mark (spreadsheets then read the Thai right), one row per
 * agency and fiscal year, a column per theme id holding the measure count.
 */
public final class ThemeMatrixCsv {

    /** The columns before the theme columns. */
    public static final List<String> LEADING = List.of("agency_name", "agency_type", "district", "province",
            "fiscal_year", "kinds", "documents", "measures");

    private ThemeMatrixCsv() {
    }

    /** The header: {@link #LEADING}, then the theme ids. */
    public static List<String> header(ThemeMatrix matrix) {
        List<String> h = new ArrayList<>(LEADING);
        matrix.themes().forEach(t -> h.add(t.id()));
        return h;
    }

    /** Writes the matrix; the stream is flushed, not closed. */
    public static void write(ThemeMatrix matrix, OutputStream out) throws IOException {
        Objects.requireNonNull(matrix, "matrix");
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180.builder()
                .setHeader(header(matrix).toArray(String[]::new)).get());
        for (ThemeMatrix.Row r : matrix.rows()) {
            List<Object> values = new ArrayList<>(List.of(text(r.agency()), r.agencyType().value(), text(r.district()),
                    text(r.province()), r.fiscalYear() == null ? "" : r.fiscalYear(), String.join(" ", r.kinds()),
                    r.documents(), r.measures()));
            for (Theme t : matrix.themes()) {
                values.add(r.count(t));
            }
            printer.printRecord(values);
        }
        printer.flush();
    }

    private static String text(String s) {
        return CsvCells.text(s);
    }
}
