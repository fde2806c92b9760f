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
import org.itaminer.index.MeasureIndex;
import org.itaminer.index.query.SearchHit;
import org.itaminer.index.similar.SimilarResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code itaminer similar}: other agencies' measures like one measure. */
@Command(name = "similar", mixinStandardHelpOptions = true,
        description = "Find the measures of OTHER agencies closest to one measure: those sharing most of its ITA "
                + "themes first, then by the words of the title and steps (Lucene MoreLikeThis on the Thai-analyzed "
                + "text). The measure id is the HEX#N that `search` prints for each hit.",
        footer = {"", "Examples:", "  itaminer search \"No Gift\" -w W        # note the id of a hit",
            "  itaminer similar 3f9a0c12be47#2 -w W", "  itaminer similar 3f9a0c12be47#2 -w W --limit 20 --json",
            ExitCodes.HELP})
public final class SimilarCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkdirOptions workdirOptions;

    @Parameters(paramLabel = "MEASURE_ID", description = "A measure id as `search` prints it (3f9a0c12be47#2).")
    String measureId;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
            description = "The most measures to print (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (limit < 1) {
            err.println("bad option: --limit must be at least 1, was " + limit);
            return ExitCodes.USAGE;
        }
        Optional<MeasureIndex> opened = ReadOnlyIndex.open(workdirOptions, err);
        if (opened.isEmpty()) {
            return ExitCodes.USAGE;
        }
        Optional<SimilarResult> result;
        try (MeasureIndex index = opened.get()) {
            result = index.similar(measureId, limit);
        } catch (IllegalArgumentException e) {
            err.println("bad measure id: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (result.isEmpty()) {
            err.println("no measure '" + measureId + "' in the index of " + workdirOptions.workdir()
                    + "; `itaminer search` prints the ids of the measures there");
            return ExitCodes.NOT_FOUND;
        }
        StringWriter text = new StringWriter();
        PrintWriter printed = new PrintWriter(text);
        if (json) {
            printed.println(ReportJson.mapper().writeValueAsString(asJson(result.get())));
        } else {
            print(printed, result.get());
        }
        printed.flush();
        // documents may hold terminal escapes
        out.print(TerminalText.forStdout(text.toString()));
        out.flush();
        return ExitCodes.OK;
    }

    private static Map<String, Object> hit(SearchHit h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", h.id());
        m.put("score", h.score());
        m.put("title", h.title());
        m.put("agency", h.agency());
        m.put("province", h.province());
        m.put("fiscalYear", h.fiscalYear());
        m.put("kind", h.kind());
        m.put("themes", h.themes());
        m.put("reportId", h.reportId());
        m.put("fileName", h.fileName());
        m.put("seq", h.seq());
        return m;
    }

    private static Map<String, Object> asJson(SimilarResult result) {
        Map<String, Object> o = new LinkedHashMap<>();
        Map<String, Object> measure = hit(result.measure());
        measure.remove("score");
        o.put("measure", measure);
        List<Map<String, Object>> hits = new ArrayList<>();
        int rank = 1;
        for (SearchHit h : result.hits()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rank", rank++);
            m.putAll(hit(h));
            hits.add(m);
        }
        o.put("hits", hits);
        return o;
    }

    private static void print(PrintWriter out, SimilarResult result) {
        SearchHit q = result.measure();
        out.printf(Locale.ROOT, "measures like %s  %s  %s  %s%n", q.id(), q.agency(), q.province() == null ? "-"
                : q.province(), q.fiscalYear() == null ? "-" : q.fiscalYear());
        out.printf(Locale.ROOT, "      %s%n", q.title());
        out.printf(Locale.ROOT, "      themes: %s%n%n", q.themes().isEmpty() ? "-" : String.join(", ", q.themes()));
        if (result.hits().isEmpty()) {
            out.println("no measure of another agency is like it");
            return;
        }
        int rank = 1;
        for (SearchHit h : result.hits()) {
            out.printf(Locale.ROOT, "%3d. %6.2f  %s  %s  %s  [%s]%n", rank++, h.score(), h.agency(),
                    h.province() == null ? "-" : h.province(), h.fiscalYear() == null ? "-" : h.fiscalYear(), h.id());
            out.printf(Locale.ROOT, "      %s%n", h.title());
            if (!h.themes().isEmpty()) {
                out.printf(Locale.ROOT, "      themes: %s%n", String.join(", ", h.themes()));
            }
        }
    }
}
