package org.itaminer.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.itaminer.index.compare.ThemeMatrix;
import org.itaminer.index.export.CsvExport;
import org.itaminer.index.export.JsonlExport;
import org.itaminer.index.export.LocalPaths;
import org.itaminer.index.export.ReportFilter;
import org.itaminer.index.export.SelectedMeasures;
import org.itaminer.index.export.XlsxExport;
import org.itaminer.index.query.SearchHit;
import org.itaminer.index.query.SearchRequest;
import org.itaminer.index.query.SearchResult;
import org.itaminer.model.report.Measure;
import org.itaminer.model.report.Report;
import org.itaminer.pipeline.lookup.DocumentLookup;
import org.itaminer.pipeline.lookup.StoredDocument;
import org.itaminer.pipeline.store.ContentStore;

/** The built-in pages: each parses the request, calls the index or the workdir, and renders. */
final class Pages {

    /** Export formats, as {@code itaminer export --format} names them. */
    enum ExportFormat { csv, xlsx, jsonl }

    private final WorkspaceContext ws;
    private final PageImages images;

    Pages(WorkspaceContext ws, PageImages images) {
        this.ws = ws;
        this.images = images;
    }

    void search(Context ctx) throws IOException {
        Filters f = ws.filters(ctx);
        SearchResult result = ws.index().search(f.pageRequest());
        int from = Math.min((f.page() - 1) * Filters.PAGE_SIZE, result.hits().size());
        List<SearchHit> hits = result.hits().subList(from, result.hits().size());
        ws.render(ctx, "search.jte", WorkspaceServer.model("nav", ws.nav(), "f", f, "result", result, "hits", hits,
                "from", from));
    }

    void measure(Context ctx) throws IOException {
        String sha = digest(ctx.pathParam("sha"));
        int seq = number(ctx.pathParam("seq"), "seq");
        // only a digest the content store holds reaches the lookup: no request text is ever taken as a path
        if (ws.workdir().originals().provenance(sha).isEmpty()) {
            throw new NotFoundResponse("no stored document " + sha);
        }
        List<StoredDocument> found = DocumentLookup.find(ws.workdir(), sha);
        StoredDocument doc = found.stream().filter(d -> d.sha256().equals(Optional.of(sha))).findFirst()
                .orElseThrow(() -> new NotFoundResponse("no stored document " + sha));
        Report report = doc.report().orElseThrow(() -> new NotFoundResponse("no report for " + sha
                + " (it failed or was not extracted yet: see `itaminer show " + sha + "`)"));
        Measure measure = report.measures().stream().filter(m -> m.seq() == seq).findFirst()
                .orElseThrow(() -> new NotFoundResponse("report " + sha + " has no measure " + seq));
        boolean pdf = PageImages.isPdf(ws.workdir().originals().file(sha));
        ws.render(ctx, "measure.jte", WorkspaceServer.model("nav", ws.nav(), "report", report, "measure", measure,
                "warnings", doc.warnings(), "sources", doc.sources(), "pdf", pdf));
    }

    void pageImage(Context ctx) throws IOException {
        String sha = digest(ctx.pathParam("sha"));
        String p = ctx.pathParam("page");
        int page = number(p.endsWith(".png") ? p.substring(0, p.length() - 4) : p, "page");
        Path png = images.page(sha, page).orElseThrow(() -> new NotFoundResponse("no page " + page + " of " + sha));
        ctx.header("Cache-Control", "private, max-age=86400");
        ctx.contentType("image/png");
        try (InputStream in = Files.newInputStream(png)) {
            ctx.result(in.readAllBytes());
        }
    }

    void original(Context ctx) throws IOException {
        String sha = digest(ctx.pathParam("sha"));
        ContentStore.Stored stored = ws.workdir().originals().stored(sha)
                .orElseThrow(() -> new NotFoundResponse("no stored document " + sha));
        boolean pdf = PageImages.isPdf(stored.file());
        // a PDF opens in the browser's viewer; anything else is a download, never rendered as our page
        ctx.contentType(pdf ? "application/pdf" : "application/octet-stream");
        ctx.header("Content-Disposition", (pdf ? "inline" : "attachment") + "; filename=\"" + sha
                + (pdf ? ".pdf" : "") + "\"");
        ctx.result(Files.readAllBytes(stored.file()));
    }

    void compare(Context ctx) throws IOException {
        Filters f = ws.filters(ctx);
        ThemeMatrix matrix = ws.index().compare(f.request(1));
        int max = matrix.rows().stream().flatMap(r -> r.counts().values().stream()).mapToInt(Integer::intValue)
                .max().orElse(0);
        ws.render(ctx, "compare.jte", WorkspaceServer.model("nav", ws.nav(), "f", f, "matrix", matrix, "max", max));
    }

    /**
     * What the search page shows, through the exporter {@code itaminer export} uses: the page's filters, and with a
     * query the reports its matches are in.
     */
    void export(Context ctx) throws IOException {
        Filters f = ws.filters(ctx);
        ExportFormat format = format(ctx.queryParam("format"));
        SearchRequest request = f.request(1);
        ReportFilter filter = ReportFilter.of(request);
        List<Report> reports = filter.reports(ws.workdir().storedReports().reports());
        if (f.narrowsMeasures()) {
            SearchResult all = ws.index().search(f.request(Math.max(1, ws.index().size())));
            SelectedMeasures selected = SelectedMeasures.of(all.hits());
            // JSONL lines are whole schema-v1 reports; CSV and XLSX rows are the measures the page lists
            reports = format == ExportFormat.jsonl ? reports.stream().filter(selected::holds).toList()
                    : selected.cut(reports);
        }
        reports = reports.stream().map(LocalPaths::hidden).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (format) {
            case csv -> {
                CsvExport.write(reports, filter, out);
                ctx.contentType("text/csv; charset=utf-8");
            }
            case xlsx -> {
                XlsxExport.write(reports, filter, out);
                ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            }
            case jsonl -> {
                JsonlExport.write(reports, out);
                ctx.contentType("application/x-ndjson; charset=utf-8");
            }
            default -> throw new IllegalStateException("unhandled format " + format);
        }
        ctx.header("Content-Disposition", "attachment; filename=\"itaminer-export." + format + "\"");
        ctx.result(out.toByteArray());
    }

    private static ExportFormat format(String v) {
        if (v == null || v.isBlank()) {
            return ExportFormat.csv;
        }
        try {
            return ExportFormat.valueOf(v.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse("format must be csv, xlsx or jsonl, was '" + v + "'");
        }
    }

    private static String digest(String sha) {
        if (!PageImages.isDigest(sha)) {
            throw new BadRequestResponse("not a content hash (64 lower-case hex digits)");
        }
        return sha;
    }

    private static int number(String v, String name) {
        if (v == null || !v.matches("[0-9]{1,4}")) {
            throw new BadRequestResponse(name + " must be a number from 1 to 9999");
        }
        int n = Integer.parseInt(v);
        if (n < 1) {
            throw new BadRequestResponse(name + " must be a number from 1 to 9999");
        }
        return n;
    }
}
