package org.itaminer.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.itaminer.model.report.ReportJson;
import org.itaminer.index.facet.FacetValue;
import org.itaminer.index.MeasureIndex;
import org.itaminer.index.query.QueryTooLongException;
import org.itaminer.index.query.SearchHit;
import org.itaminer.index.query.SearchRequest;
import org.itaminer.index.theme.Theme;
import org.itaminer.index.query.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code itaminer search}: find measures in the workdir's index. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the measures indexed by `run` or `reindex`: Thai or English words, Thai or Arabic "
                + "digits, abbreviations (อบต., ทต., ป.ป.ช.) or full names. Every word must occur, anywhere in the "
                + "measure: Thai typed without spaces is cut into its words (ช่องทางร้องเรียน = ช่องทาง and "
                + "ร้องเรียน), the closer together the higher the rank; a phrase in double quotes must occur as "
                + "written (\"ไม่รับของขวัญ\"). An empty query lists everything the filters let through. Prints the best hits and "
                + "counts per province, agency type, fiscal year, kind, indicator and theme. Each hit shows its id "
                + "(HEX#N) for `itaminer similar`.",
        footer = {"", "Examples:", "  itaminer search \"No Gift Policy\" -w W",
            "  itaminer search ร้องเรียน --province พัทลุง --year 2568 -w W",
            "  itaminer search 'ช่องทางร้องเรียน \"ไม่รับของขวัญ\"' -w W",
            "  itaminer search \"\" --kind plan --json -w W", ExitCodes.HELP})
public final class SearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkdirOptions workdirOptions;

    @Mixin
    FilterOptions filters;

    @Parameters(paramLabel = "QUERY", arity = "0..1", description = "The words to find (default: everything).")
    String query = "";

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
            description = "The most hits to print (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print one JSON object (hits and facets) instead of text.")
    boolean json;

    @Option(names = "--theme", paramLabel = "THEME", converter = ThemeConverter.class,
            description = "Only measures of this ITA theme (ประเด็น), as the facet names it: no_gift, complaints, "
                    + "disclosure, ethics …")
    Theme theme;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<SearchRequest> parsed = filters.request(query, limit, err);
        if (parsed.isEmpty()) {
            return ExitCodes.USAGE;
        }
        SearchRequest request = theme == null ? parsed.get() : parsed.get().narrowedTo(theme, null, null);
        Optional<MeasureIndex> opened = ReadOnlyIndex.open(workdirOptions, err);
        if (opened.isEmpty()) {
            return ExitCodes.USAGE;
        }
        SearchResult result;
        try (MeasureIndex index = opened.get()) {
            result = index.search(request);
        } catch (QueryTooLongException e) {
            err.println("query too long: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        StringWriter text = new StringWriter();
        PrintWriter printed = new PrintWriter(text);
        if (json) {
            printed.println(ReportJson.mapper().writeValueAsString(asJson(request, result)));
        } else {
            print(printed, request, result);
        }
        printed.flush();
        // documents may hold terminal escapes
        out.print(TerminalText.forStdout(text.toString()));
        out.flush();
        return ExitCodes.OK;
    }

    private static Map<String, Object> asJson(SearchRequest request, SearchResult result) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("query", request.query());
        o.put("totalHits", result.totalHits());
        List<Map<String, Object>> hits = new ArrayList<>();
        int rank = 1;
        for (SearchHit h : result.hits()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rank", rank++);
            m.put("id", h.id());
            m.put("score", h.score());
            m.put("title", h.title());
            m.put("agency", h.agency());
            m.put("fiscalYear", h.fiscalYear());
            m.put("province", h.province());
            m.put("kind", h.kind());
            m.put("indicators", h.indicators());
            m.put("themes", h.themes());
            m.put("reportId", h.reportId());
            m.put("fileName", h.fileName());
            m.put("seq", h.seq());
            m.put("page", h.page());
            m.put("snippet", h.snippet());
            hits.add(m);
        }
        o.put("hits", hits);
        Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
        result.facets().forEach((dim, values) -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            values.forEach(v -> counts.put(v.value(), v.count()));
            facets.put(dim, counts);
        });
        o.put("facets", facets);
        return o;
    }

    private static void print(PrintWriter out, SearchRequest request, SearchResult result) {
        out.printf(Locale.ROOT, "%d measures match%s%s%n", result.totalHits(),
                request.query().isEmpty() ? "" : " \"" + request.query() + "\"",
                result.hits().size() < result.totalHits() ? " (showing " + result.hits().size() + ")" : "");
        int rank = 1;
        for (SearchHit h : result.hits()) {
            out.printf(Locale.ROOT, "%3d. %6.2f  %s  %s  [%s  %s]%n", rank++, h.score(), h.agency(),
                    h.fiscalYear() == null ? "-" : h.fiscalYear(), h.id(), h.fileName());
            out.printf(Locale.ROOT, "      %s%n", h.title());
            if (!h.themes().isEmpty()) {
                out.printf(Locale.ROOT, "      themes: %s%n", String.join(", ", h.themes()));
            }
            if (!h.snippet().equals(h.title())) {
                out.printf(Locale.ROOT, "      %s%n", h.snippet().replace("<b>", "«").replace("</b>", "»")
                        .replace('\n', ' '));
            }
        }
        if (!result.facets().isEmpty()) {
            out.println();
            result.facets().forEach((dim, values) -> {
                StringBuilder line = new StringBuilder();
                for (FacetValue v : values) {
                    line.append(line.length() == 0 ? "" : ", ").append(v.value()).append(' ').append(v.count());
                }
                out.printf(Locale.ROOT, "%-11s %s%n", dim + ":", line);
            });
        }
    }
}
