package org.itaminer.pipeline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.itaminer.model.Stage;
import org.itaminer.model.report.Report;
import org.itaminer.model.report.ReportJson;
import org.itaminer.pipeline.DocumentOutcome;
import org.itaminer.pipeline.Pipeline;
import org.itaminer.pipeline.Workdir;
import org.itaminer.pipeline.WorkdirOcr;
import org.itaminer.pipeline.stage.StageFunction;

/**
 * Scores every document of a folder that has an expected report beside it: {@code NAME.expected.json} (as in
 * {@code samples/}) or a gold file {@code NAME.json} in score.py's format (anyOf alternatives allowed). Each runs
 * through ingest and extract in a workdir; its classes are the expected file's {@code "classes"} list or a
 * sidecar {@code NAME.classes.json} (a JSON array of strings), plus the classes the expected file lists for the
 * document's form under {@code "formClasses": {"html": [...]}} (the form is the file's extension: one expected
 * report serves {@code NAME.txt}, {@code NAME.pdf} and {@code NAME.html}), and it always counts in {@code all}.
 */
public final class Evaluation {

    /**
     * One scored document.
     *
     * @param failure why the pipeline gave no report (then it is scored as all missed)
     */
    public record Scored(Path document, List<String> classes, ReportScore score, Optional<String> failure) {
    }

    /** A document and the file of its expected report. */
    record Pair(Path document, Path expected) {
    }

    private Evaluation() {
    }

    /** The form of a document: its file extension in lower case ({@code txt}, {@code pdf}, {@code html} ...). */
    public static String form(Path document) {
        String name = document.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /** The documents of {@code dir} (recursively) that have an expected report, by path. */
    static List<Pair> pairs(Path dir) throws IOException {
        List<Pair> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".json") || name.startsWith(".") || name.lastIndexOf('.') <= 0) {
                    continue;
                }
                String stem = name.substring(0, name.lastIndexOf('.'));
                Path expected = f.resolveSibling(stem + ".expected.json");
                Path gold = f.resolveSibling(stem + ".json");
                if (Files.isRegularFile(expected)) {
                    out.add(new Pair(f, expected));
                } else if (Files.isRegularFile(gold)) {
                    out.add(new Pair(f, gold));
                }
            }
        }
        return out;
    }

    /** Runs and scores the documents of {@code dir}, their stage outputs kept in {@code workdir}. */
    public static List<Scored> run(Path dir, Path workdir) throws IOException {
        return run(dir, workdir, List.of());
    }

    /**
     * The same for the documents of the given forms only ({@link #form}: {@code html} scores the web pages alone;
     * none: every document).
     */
    public static List<Scored> run(Path dir, Path workdir, List<String> forms) throws IOException {
        ObjectMapper json = ReportJson.mapper();
        Report[] last = new Report[1];
        Workdir work = new Workdir(workdir);
        Pipeline pipeline = new Pipeline(work, WorkdirOcr.standardIngest(WorkdirOcr.of(work)), new StageFunction<Report, Report>() {
            @Override
            public Stage stage() {
                return Stage.STORE;
            }

            @Override
            public Report apply(Report report) {
                last[0] = report;
                return report;
            }
        });
        List<Scored> out = new ArrayList<>();
        for (Pair p : pairs(dir)) {
            if (!forms.isEmpty() && !forms.contains(form(p.document()))) {
                continue;
            }
            JsonNode gold = json.readTree(p.expected().toFile());
            last[0] = null;
            DocumentOutcome outcome = pipeline.process(p.document());
            JsonNode pred = last[0] == null ? null : json.readTree(ReportJson.toBytes(last[0]));
            Optional<String> failure = outcome.failure().map(f -> f.stage().name().toLowerCase(java.util.Locale.ROOT)
                    + ": " + f.kind().name().toLowerCase(java.util.Locale.ROOT) + " (" + f.message() + ")");
            out.add(new Scored(p.document(), classes(gold, p.document(), json), ReportScore.of(gold, pred), failure));
        }
        return out;
    }

    private static List<String> classes(JsonNode gold, Path document, ObjectMapper json) throws IOException {
        JsonNode list = gold.get("classes");
        String name = document.getFileName().toString();
        Path sidecar = document.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".classes.json");
        if ((list == null || !list.isArray()) && Files.isRegularFile(sidecar)) {
            list = json.readTree(sidecar.toFile());
        }
        List<String> out = new ArrayList<>();
        if (list != null && list.isArray()) {
            list.forEach(c -> out.add(c.asText()));
        }
        JsonNode own = gold.path("formClasses").path(form(document));
        if (own.isArray()) {
            own.forEach(c -> out.add(c.asText()));
        }
        return out;
    }

    /** The class × field table of scored documents. */
    public static ScoreTable table(List<Scored> scored) {
        ScoreTable t = new ScoreTable();
        scored.forEach(s -> t.add(s.classes(), s.score()));
        return t;
    }
}
