package org.itaminer.web.reconcile;

import io.javalin.config.JavalinConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.itaminer.index.reconcile.Reconciler;
import org.itaminer.index.reconcile.Reconciliation;
import org.itaminer.index.reconcile.ReconciliationRows;
import org.itaminer.index.reconcile.ReportedShares;
import org.itaminer.model.report.Report;
import org.itaminer.web.WorkspaceContext;
import org.itaminer.web.WorkspaceExtension;

/**
 * Plan ↔ report (การติดตามผลการดำเนินการตามแผน) in the workspace: for each agency and fiscal year with a plan and a
 * report, the planned measures paired with the report's accounts of them and their scores, the planned ones not
 * reported and the reported ones not planned, then the shares of planned measures reported by province and agency
 * type. The pairing is {@link Reconciler#filtered}, as {@code itaminer reconcile} computes it; the export writes the
 * rows of {@code itaminer export --reconciliation}.
 */
public final class ReconcileExtension implements WorkspaceExtension {

    /** Export formats of the page's rows. */
    enum Format { csv, xlsx, jsonl }

    @Override
    public String navLabel() {
        return "แผน ↔ รายงาน Reconcile";
    }

    @Override
    public String path() {
        return "/reconcile";
    }

    @Override
    public void routes(JavalinConfig config, WorkspaceContext ws) {
        config.routes.get("/reconcile", ctx -> page(ctx, ws));
        config.routes.get("/reconcile/export", ctx -> export(ctx, ws));
    }

    private static List<Reconciliation> reconciliations(ReconcileQuery q, WorkspaceContext ws) throws IOException {
        List<Report> all = ws.workdir().storedReports().reports();
        return Reconciler.filtered(all, q.reportFilter(), q.agency());
    }

    private static void page(Context ctx, WorkspaceContext ws) throws IOException {
        ReconcileQuery q = ReconcileQuery.of(ctx);
        List<Reconciliation> found = reconciliations(q, ws);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("nav", ws.nav());
        model.put("q", q);
        model.put("found", found);
        model.put("shares", ReportedShares.of(found));
        ws.render(ctx, "reconcile.jte", model);
    }

    private static void export(Context ctx, WorkspaceContext ws) throws IOException {
        ReconcileQuery q = ReconcileQuery.of(ctx);
        Format format = format(ctx.queryParam("format"));
        List<Reconciliation> found = reconciliations(q, ws);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (format) {
            case csv -> {
                ReconciliationRows.writeCsv(found, out);
                ctx.contentType("text/csv; charset=utf-8");
            }
            case xlsx -> {
                ReconciliationRows.writeXlsx(found, out);
                ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            }
            case jsonl -> {
                ReconciliationRows.writeJsonl(found, out);
                ctx.contentType("application/x-ndjson; charset=utf-8");
            }
            default -> throw new IllegalStateException("unhandled format " + format);
        }
        ctx.header("Content-Disposition", "attachment; filename=\"itaminer-reconciliation." + format + "\"");
        ctx.result(out.toByteArray());
    }

    private static Format format(String v) {
        if (v == null || v.isBlank()) {
            return Format.csv;
        }
        try {
            return Format.valueOf(v.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse("format must be csv, xlsx or jsonl, was '" + v + "'");
        }
    }
}
