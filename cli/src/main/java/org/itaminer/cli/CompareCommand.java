package org.itaminer.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.itaminer.model.report.ReportJson;
import org.itaminer.index.compare.ThemeMatrix;
import org.itaminer.index.compare.ThemeMatrixCsv;
import org.itaminer.index.MeasureIndex;
import org.itaminer.index.query.SearchRequest;
import org.itaminer.index.theme.Theme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code itaminer compare}: agencies side by side by the ITA themes their measures cover. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Set agencies side by side: a row per agency and fiscal year (with province and type), a column "
                + "per ITA theme (complaint channels, No Gift Policy, corruption risk, disclosure, ethics, "
                + "participation, service standards, budget and procurement, public assets, personnel, conflict of "
                + "interest), each cell the number of the agency's measures on that theme. When an agency has a plan "
                + "and a report for the year, a cell counts the larger document, not both. Takes the filters of "
                + "`search`.",
        footer = {"", "Examples:", "  itaminer compare -w W --year 2568",
            "  itaminer compare -w W --province นครนายก --agency-type อบต.",
            "  itaminer compare -w W --format csv --out W/compare.csv",
            "  itaminer compare -w W --kind plan --format json", ExitCodes.HELP})
public final class CompareCommand implements Callable<Integer> {

    /** Output formats. */
    public enum Format { table, csv, json }

    @Spec
    CommandSpec spec;

    @Mixin
    WorkdirOptions workdirOptions;

    @Mixin
    FilterOptions filters;

    @Option(names = "--format", defaultValue = "table",
            description = "table (aligned for a terminal), csv (UTF-8 with a BOM) or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Optional<SearchRequest> parsed = filters.request("", 1, err);
        if (parsed.isEmpty()) {
            return ExitCodes.USAGE;
        }
        SearchRequest request = parsed.get();
        Optional<MeasureIndex> opened = ReadOnlyIndex.open(workdirOptions, err);
        if (opened.isEmpty()) {
            return ExitCodes.USAGE;
        }
        ThemeMatrix matrix;
        try (MeasureIndex index = opened.get()) {
            matrix = index.compare(request);
        }
        byte[] bytes = render(matrix, request);
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            // documents may hold terminal escapes
            stdout.print(TerminalText.forStdout(new String(bytes, StandardCharsets.UTF_8)));
            stdout.flush();
        } else {
            Optional<OutputStream> file = OutFile.open(out, err);
            if (file.isEmpty()) {
                return ExitCodes.USAGE;
            }
            try (OutputStream stream = file.get()) {
                stream.write(bytes);
            }
            spec.commandLine().getOut().printf(Locale.ROOT, "%d agency-years × %d themes written to %s%n",
                    matrix.rows().size(), matrix.themes().size(), out);
            spec.commandLine().getOut().flush();
        }
        return ExitCodes.OK;
    }

    private byte[] render(ThemeMatrix matrix, SearchRequest request) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        switch (format) {
            case csv -> ThemeMatrixCsv.write(matrix, bytes);
            case json -> bytes.write((ReportJson.mapper().writeValueAsString(asJson(matrix, request)) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            case table -> {
                StringBuilder text = new StringBuilder();
                if (matrix.rows().isEmpty()) {
                    text.append("no measures match the filters\n");
                } else {
                    ThemeMatrixTable.lines(matrix).forEach(l -> text.append(l).append('\n'));
                }
                bytes.write(text.toString().getBytes(StandardCharsets.UTF_8));
            }
            default -> throw new IllegalStateException("unhandled format " + format);
        }
        return bytes.toByteArray();
    }

    static Map<String, Object> asJson(ThemeMatrix matrix, SearchRequest request) {
        Map<String, Object> o = new LinkedHashMap<>();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("province", request.province());
        f.put("district", request.district());
        f.put("agencyType", request.agencyType() == null ? null : request.agencyType().value());
        f.put("fiscalYear", request.fiscalYear());
        f.put("kind", request.kind() == null ? null : request.kind().value());
        f.put("indicator", request.indicator());
        o.put("filters", f);
        List<Map<String, String>> themes = new ArrayList<>();
        for (Theme t : matrix.themes()) {
            themes.add(Map.of("id", t.id(), "label", t.label()));
        }
        o.put("themes", themes);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ThemeMatrix.Row r : matrix.rows()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("agency", r.agency());
            m.put("agencyType", r.agencyType().value());
            m.put("district", r.district());
            m.put("province", r.province());
            m.put("fiscalYear", r.fiscalYear());
            m.put("kinds", r.kinds());
            m.put("documents", r.documents());
            m.put("measures", r.measures());
            Map<String, Integer> counts = new LinkedHashMap<>();
            matrix.themes().forEach(t -> counts.put(t.id(), r.count(t)));
            m.put("themes", counts);
            rows.add(m);
        }
        o.put("rows", rows);
        Map<String, Integer> covering = new LinkedHashMap<>();
        matrix.rowsCovering().forEach((t, n) -> covering.put(t.id(), n));
        o.put("rowsCovering", covering);
        return o;
    }
}
