package org.itaminer.index.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.itaminer.model.report.Report;

/**
 * One CSV row per measure with its report's columns (RFC 4180: fields with commas, quotes or line breaks are
 * quoted), UTF-8 with a byte-order mark so spreadsheet programs read the Thai correctly. Text that a spreadsheet
 * would take for a formula is neutralised ({@link CsvCells}).
 */
public final class CsvExport {

    /** U+FEFF, written first. */
    public static final char BOM = '\uFEFF';

    private CsvExport() {
    }

    /** Writes the header and one row per measure; the stream is flushed, not closed. */
    public static void write(List<Report> reports, OutputStream out) throws IOException {
        write(reports, ReportFilter.NONE, out);
    }

    /** Writes the header and one row per measure that passes the filter; the stream is flushed, not closed. */
    public static void write(List<Report> reports, ReportFilter filter, OutputStream out) throws IOException {
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(filter, "filter");
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(BOM);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(MeasureTable.measureHeader().toArray(String[]::new))
                .get();
        CSVPrinter printer = new CSVPrinter(w, format);
        for (MeasureTable.MeasureRow row : MeasureTable.measureRows(reports, filter)) {
            List<String> values = new ArrayList<>();
            for (Column<MeasureTable.MeasureRow> c : MeasureTable.MEASURE_COLUMNS) {
                values.add(text(c.value().apply(row)));
            }
            printer.printRecord(values);
        }
        printer.flush();
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return d == Math.rint(d) ? String.format(Locale.ROOT, "%.1f", d) : Double.toString(d);
        }
        return value instanceof String s ? CsvCells.text(s) : value.toString();
    }
}
