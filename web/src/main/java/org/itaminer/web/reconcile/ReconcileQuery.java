package org.itaminer.web.reconcile;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.itaminer.index.export.ReportFilter;
import org.itaminer.web.Filters;

/**
 * The reconciliation page's state as it stands in the URL: an agency's name or a part of it (ห้วยยาง, อบต.ห้วยยาง)
 * beside the search page's filters under their names (province, year, agencyType …). Parsing only.
 *
 * @param agency the typed agency name, empty for every agency
 * @param filters the other filters, validated as the search page validates them
 */
public record ReconcileQuery(Optional<String> agency, Filters filters) {

    static final int MAX_AGENCY_CHARS = 200;

    /** The state in {@code ctx}'s query string; a bad value is a 400 naming it. */
    public static ReconcileQuery of(Context ctx) {
        Filters f = Filters.of(ctx);
        Optional<String> agency = Optional.ofNullable(ctx.queryParam("agency")).map(String::strip)
                .filter(s -> !s.isEmpty());
        if (agency.isPresent() && agency.get().length() > MAX_AGENCY_CHARS) {
            throw new BadRequestResponse("agency is longer than " + MAX_AGENCY_CHARS + " characters");
        }
        return new ReconcileQuery(agency, f);
    }

    /** The filter on the stored reports' fields. */
    public ReportFilter reportFilter() {
        return ReportFilter.of(filters.request(1));
    }

    /** A parameter's value, or "" (for the form's fields). */
    public String value(String name) {
        return name.equals("agency") ? agency.orElse("") : filters.params().getOrDefault(name, "");
    }

    /** This state under {@code path}, with {@code format} when given (the export's link). */
    public String at(String path, String format) {
        Map<String, String> p = new LinkedHashMap<>();
        agency.ifPresent(a -> p.put("agency", a));
        for (String name : Filters.FILTER_PARAMS.keySet()) {
            if (filters.params().containsKey(name)) {
                p.put(name, filters.params().get(name));
            }
        }
        if (format != null) {
            p.put("format", format);
        }
        StringBuilder s = new StringBuilder(path);
        char sep = '?';
        for (Map.Entry<String, String> e : p.entrySet()) {
            s.append(sep).append(e.getKey()).append('=').append(Filters.enc(e.getValue()));
            sep = '&';
        }
        return s.toString();
    }
}
