package org.itaminer.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.itaminer.index.query.SearchRequest;
import org.itaminer.index.theme.Theme;
import org.itaminer.model.report.AgencyType;
import org.itaminer.model.report.DocumentKind;

/**
 * The state of a search, compare or export page as it stands in the URL (so a link can be shared): the query, the
 * filters of {@code itaminer search} under the same names, and the page number. Parsing only; the index does the
 * rest.
 *
 * @param query the words typed (may be empty)
 * @param params the filter parameters present, in {@link #FILTER_PARAMS} order, as given
 * @param page 1-based page of hits
 */
public record Filters(String query, Map<String, String> params, int page) {

    /** URL parameter → facet dimension of {@code SearchResult.facets()}. */
    public static final Map<String, String> FILTER_PARAMS = orderedParams();
    public static final int PAGE_SIZE = 20;
    /** Deeper pages cost the index a larger top-N: past this the analyst should narrow instead. */
    public static final int MAX_PAGE = 50;
    private static final int MAX_PARAM_CHARS = 500;

    public Filters {
        params = Map.copyOf(params);
    }

    private static Map<String, String> orderedParams() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("province", "province");
        m.put("district", "district");
        m.put("agencyType", "agencyType");
        m.put("year", "fiscalYear");
        m.put("kind", "kind");
        m.put("indicator", "indicator");
        m.put("theme", "theme");
        // no facets of their own: set by a compare cell's link
        m.put("agencyKey", "agencyKey");
        m.put("doc", "document");
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The state in {@code ctx}'s query string; a value the filters cannot take is a 400 naming it. */
    public static Filters of(Context ctx) {
        String q = bounded("q", Optional.ofNullable(ctx.queryParam("q")).orElse(""));
        Map<String, String> params = new LinkedHashMap<>();
        for (String name : FILTER_PARAMS.keySet()) {
            String v = ctx.queryParam(name);
            if (v != null && !v.isBlank()) {
                params.put(name, bounded(name, v.strip()));
            }
        }
        int page = 1;
        String p = ctx.queryParam("page");
        if (p != null && !p.isBlank()) {
            try {
                page = Integer.parseInt(p.strip());
            } catch (NumberFormatException e) {
                throw new BadRequestResponse("page must be a number, was '" + p + "'");
            }
            if (page < 1 || page > MAX_PAGE) {
                throw new BadRequestResponse("page must be 1-" + MAX_PAGE + ", was " + page);
            }
        }
        Filters f = new Filters(q, params, page);
        f.request(1); // reject bad values now, with their name
        return f;
    }

    private static String bounded(String name, String value) {
        if (value.length() > MAX_PARAM_CHARS) {
            throw new BadRequestResponse(name + " is longer than " + MAX_PARAM_CHARS + " characters");
        }
        return value;
    }

    /** The index request for the first {@code limit} hits. */
    public SearchRequest request(int limit) {
        return new SearchRequest(query, params.get("province"), params.get("district"),
                agencyType(params.get("agencyType")), year(params.get("year")), kind(params.get("kind")),
                params.get("indicator"), theme(params.get("theme")), params.get("agencyKey"),
                document(params.get("doc")), limit);
    }

    /** The request that reaches the end of this page. */
    public SearchRequest pageRequest() {
        return request(page * PAGE_SIZE);
    }

    /** The same state with {@code name} set to {@code value} (a blank value removes it), back on page 1. */
    public String with(String path, String name, String value) {
        Map<String, String> p = new LinkedHashMap<>(params);
        if (value == null || value.isBlank()) {
            p.remove(name);
        } else {
            p.put(name, value);
        }
        return url(path, query, p, 1);
    }

    /** This state on another page. */
    public String onPage(String path, int otherPage) {
        return url(path, query, params, otherPage);
    }

    /** This state under another path (search → compare → export keep the same filters). */
    public String at(String path) {
        return url(path, query, params, 1);
    }

    /** This state under another path with one more parameter (export's format). */
    public String at(String path, String name, String value) {
        return url(path, query, params, 1) + (hasAny(query, params) ? "&" : "?") + name + "=" + enc(value);
    }

    /**
     * Whether the page is narrowed by something the report-level export filter cannot say (a query, a theme, an
     * agency key, a document): then the export keeps the reports of the page's hits.
     */
    public boolean narrowsMeasures() {
        return !query.isEmpty() || params.containsKey("theme") || params.containsKey("agencyKey")
                || params.containsKey("doc");
    }

    /** A filter value as the page shows it: a theme by its Thai label, an agency key without its separators. */
    public static String display(String name, String value) {
        return switch (name) {
            case "theme" -> {
                try {
                    yield Theme.fromId(value).label();
                } catch (IllegalArgumentException e) {
                    yield value;
                }
            }
            case "agencyKey" -> String.join(" ", value.split("\\|")).strip();
            case "doc" -> value.length() > 12 ? value.substring(0, 12) + "…" : value;
            default -> value;
        };
    }

    public boolean isFilteredBy(String name) {
        return params.containsKey(name);
    }

    private static boolean hasAny(String q, Map<String, String> p) {
        return !q.isEmpty() || !p.isEmpty();
    }

    static String url(String path, String q, Map<String, String> p, int page) {
        StringBuilder s = new StringBuilder(path);
        char sep = '?';
        if (!q.isEmpty()) {
            s.append(sep).append("q=").append(enc(q));
            sep = '&';
        }
        for (String name : FILTER_PARAMS.keySet()) {
            if (p.containsKey(name)) {
                s.append(sep).append(name).append('=').append(enc(p.get(name)));
                sep = '&';
            }
        }
        if (page > 1) {
            s.append(sep).append("page=").append(page);
        }
        return s.toString();
    }

    /** A URL parameter value, encoded. */
    public static String enc(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8);
    }

    private static AgencyType agencyType(String v) {
        if (v == null) {
            return null;
        }
        for (AgencyType t : AgencyType.values()) {
            if (t.value().equals(v.toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        throw new BadRequestResponse("unknown agencyType '" + v + "'");
    }

    private static Theme theme(String v) {
        if (v == null) {
            return null;
        }
        try {
            return Theme.fromId(v);
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(e.getMessage());
        }
    }

    private static String document(String v) {
        if (v != null && !PageImages.isDigest(v)) {
            throw new BadRequestResponse("doc must be a content hash (64 lower-case hex digits)");
        }
        return v;
    }

    private static Integer year(String v) {
        if (v == null) {
            return null;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("year must be a fiscal year such as 2568, was '" + v + "'");
        }
    }

    private static DocumentKind kind(String v) {
        if (v == null) {
            return null;
        }
        for (DocumentKind k : DocumentKind.values()) {
            if (k.value().equals(v.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        throw new BadRequestResponse("kind must be plan, report or other, was '" + v + "'");
    }
}
