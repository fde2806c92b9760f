package org.itaminer.web.history;

import io.javalin.config.JavalinConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itaminer.index.history.AgencyHistories;
import org.itaminer.index.history.AgencyHistory;
import org.itaminer.model.report.Report;
import org.itaminer.web.WorkspaceContext;
import org.itaminer.web.WorkspaceExtension;

/**
 * Year over year (ผลการดำเนินงานรายปี) in the workspace: an agency's documents by fiscal year, the ITA score and grade
 * over the years as a chart (ECharts, drawn by {@code /static/chart.js} from the JSON in the element's
 * {@code data-chart}: the CSP allows no inline script), and its measures kept, dropped and new from one year to the
 * next, as {@link AgencyHistories} computes them for {@code itaminer history}.
 */
public final class HistoryExtension implements WorkspaceExtension {

    static final int MAX_AGENCY_CHARS = 200;

    @Override
    public String navLabel() {
        return "รายปี History";
    }

    @Override
    public String path() {
        return "/history";
    }

    @Override
    public void routes(JavalinConfig config, WorkspaceContext ws) {
        config.routes.get("/history", ctx -> page(ctx, ws));
    }

    private static void page(Context ctx, WorkspaceContext ws) throws IOException {
        Optional<String> agency = Optional.ofNullable(ctx.queryParam("agency")).map(String::strip)
                .filter(s -> !s.isEmpty());
        if (agency.isPresent() && agency.get().length() > MAX_AGENCY_CHARS) {
            throw new BadRequestResponse("agency is longer than " + MAX_AGENCY_CHARS + " characters");
        }
        List<AgencyHistory> found = List.of();
        if (agency.isPresent()) {
            List<Report> all = ws.workdir().storedReports().reports();
            found = AgencyHistories.over(all).matching(all, agency.get());
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("nav", ws.nav());
        model.put("agency", agency.orElse(""));
        model.put("found", found);
        ws.render(ctx, "history.jte", model);
    }
}
