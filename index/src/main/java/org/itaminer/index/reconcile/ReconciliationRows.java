package org.itaminer.index.reconcile;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.itaminer.index.export.CsvCells;
import org.itaminer.index.export.XlsxExport;
import org.itaminer.index.theme.Theme;
import org.itaminer.model.report.Measure;
import org.itaminer.model.report.ReportJson;

/**
 * Reconciliations as rows, the same for the {@code reconcile} command, {@code export --reconciliation} and a web
 * page: one row per pair ({@code paired}), per planned measure the report does not account for ({@code unreported})
 * and per reported measure no plan announced ({@code unplanned}). CSV is UTF-8 with a BOM, its text cells
 * neutralised against formula injection ({@link CsvCells}).
 */
public final class ReconciliationRows {

    /** The columns. */
    public static final List<String> HEADER = List.of("agency_name", "agency_type", "province", "fiscal_year",
            "status", "plan_measure", "plan_title", "report_measure", "report_title", "score", "shared_themes",
            "plan_id", "report_id");

    /** What a row says of its measures. */
    public enum Status { paired, unreported, unplanned }

    private ReconciliationRows() {
    }

    /** The rows of these reconciliations, each a map from {@link #HEADER}'s names to values (null where empty). */
    public static List<Map<String, Object>> rows(List<Reconciliation> reconciliations) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Reconciliation r : reconciliations) {
            for (MeasurePair p : r.pairs()) {
                out.add(row(r, Status.paired, p.left(), p.right(), p.score(), p.sharedThemes().stream()
                        .sorted().map(Theme::id).collect(Collectors.joining(" "))));
            }
            r.unreported().forEach(m -> out.add(row(r, Status.unreported, m, null, null, null)));
            r.unplanned().forEach(m -> out.add(row(r, Status.unplanned, null, m, null, null)));
        }
        return out;
    }

    private static Map<String, Object> row(Reconciliation r, Status status, Measure plan, Measure report,
                                           Double score, String themes) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("agency_name", r.agency().name());
        m.put("agency_type", r.agency().type().value());
        m.put("province", r.agency().province());
        m.put("fiscal_year", r.fiscalYear());
        m.put("status", status.name());
        m.put("plan_measure", plan == null ? null : label(plan));
        m.put("plan_title", plan == null ? null : plan.title());
        m.put("report_measure", report == null ? null : label(report));
        m.put("report_title", report == null ? null : report.title());
        m.put("score", score);
        m.put("shared_themes", themes);
        m.put("plan_id", r.plan().id());
        m.put("report_id", r.report().id());
        return m;
    }

    /** The measure's printed number, else its place in the document ({@code #3}). */
    public static String label(Measure m) {
        return m.optionalNumber().orElse("#" + m.seq());
    }

    /** Writes the rows as CSV; the stream is flushed, not closed. */
    public static void writeCsv(List<Reconciliation> reconciliations, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180.builder()
                .setHeader(HEADER.toArray(String[]::new)).get());
        for (Map<String, Object> row : rows(reconciliations)) {
            List<Object> values = new ArrayList<>();
            for (String c : HEADER) {
                Object v = row.get(c);
                values.add(v instanceof String s ? CsvCells.text(s) : v == null ? "" : v);
            }
            printer.printRecord(values);
        }
        printer.flush();
    }

    /** Writes the rows as one XLSX sheet, {@code Reconciliation}, styled like the other exports; not closed. */
    public static void writeXlsx(List<Reconciliation> reconciliations, OutputStream out) throws IOException {
        XlsxExport.writeTable("Reconciliation", HEADER, rows(reconciliations), out);
    }

    /**
     * Writes one JSON line per reconciliation (its agency, year, documents, share and rows, as in {@link #tree}); the
     * stream is flushed, not closed.
     */
    public static void writeJsonl(List<Reconciliation> reconciliations, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (Reconciliation r : reconciliations) {
            List<?> one = (List<?>) tree(List.of(r)).get("reconciliations");
            w.write(ReportJson.mapper().writeValueAsString(one.get(0)));
            w.write('\n');
        }
        w.flush();
    }

    /** The reconciliations and the shares as one JSON-ready tree. */
    public static Map<String, Object> tree(List<Reconciliation> reconciliations) {
        Map<String, Object> o = new LinkedHashMap<>();
        List<Map<String, Object>> items = new ArrayList<>();
        for (Reconciliation r : reconciliations) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("agency", r.agency());
            m.put("fiscalYear", r.fiscalYear());
            m.put("planId", r.plan().id());
            m.put("reportId", r.report().id());
            m.put("planned", r.planned());
            m.put("shareReported", Math.round(r.shareReported() * 1000) / 1000.0);
            m.put("rows", rows(List.of(r)));
            items.add(m);
        }
        o.put("reconciliations", items);
        ReportedShares shares = ReportedShares.of(reconciliations);
        o.put("sharesByProvince", shares.byProvince());
        o.put("sharesByAgencyType", shares.byAgencyType());
        o.put("overall", shares.overall());
        return o;
    }
}
