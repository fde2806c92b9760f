package org.itaminer.cli;

import org.itaminer.pipeline.store.Folders;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.itaminer.model.report.ReportJson;
import org.itaminer.pipeline.eval.Evaluation;
import org.itaminer.pipeline.eval.ScoreTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code itaminer eval}: field F1 per variation class over a folder of documents with expected reports. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Run every document of DIR that has an expected report beside it (NAME.expected.json, or a "
                + "gold NAME.json as score.py reads it) through ingest and extract, and print field F1 per class "
                + "and field (classes from the expected file's \"classes\" list or NAME.classes.json; the row "
                + "\"all\" holds every document) with the measures' P/R/F1, scored as score.py scores.",
        footer = {"", "Examples:", "  itaminer eval samples                 # the bundled samples",
            "  itaminer eval genre/ --json           # one JSON object: classes and documents",
            "  itaminer eval docs/ -w W              # stage outputs kept in W, reused",
            "  itaminer eval genre/ --form html      # the web pages alone (also: txt, pdf, docx ...)", ExitCodes.HELP})
public final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Folder of documents with expected reports beside them.")
    Path dir;

    @Option(names = "--json", description = "Print one JSON object instead of the table.")
    boolean json;

    @Option(names = "--form", paramLabel = "EXT", split = ",",
            description = "Score only documents of this form, by file extension (html, pdf, txt ...; repeatable or "
                    + "comma-separated). A folder of generated documents holds each in several forms beside one "
                    + "expected report, and each form is scored on its own.")
    List<String> forms = new java.util.ArrayList<>();

    @Option(names = {"-w", "--workdir"}, paramLabel = "DIR",
            description = "Workdir for the stage outputs (default: a temporary one, deleted afterwards).")
    Path workdir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            err.println("no folder at " + dir);
            return ExitCodes.USAGE;
        }
        Path w = workdir != null ? workdir : Files.createTempDirectory("itaminer-eval");
        List<Evaluation.Scored> scored;
        try {
            scored = Evaluation.run(dir, w, forms.stream().map(f -> f.replaceFirst("^\\.", "")
                    .toLowerCase(Locale.ROOT)).toList());
        } finally {
            if (workdir == null) {
                Folders.deleteTree(w);
            }
        }
        if (scored.isEmpty()) {
            err.println("no document in " + dir + " has an expected report (NAME.expected.json or NAME.json) beside it");
            return ExitCodes.USAGE;
        }
        ScoreTable table = Evaluation.table(scored);
        if (json) {
            ObjectNode root = table.toJson();
            ArrayNode docs = root.putArray("documents");
            for (Evaluation.Scored s : scored) {
                ObjectNode d = docs.addObject();
                d.put("document", dir.relativize(s.document()).toString());
                d.putPOJO("classes", s.classes());
                d.put("fieldF1", s.score().fields().total().f1());
                d.put("measuresF1", s.score().measures().f1());
                s.failure().ifPresent(f -> d.put("failure", f));
            }
            out.println(ReportJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } else {
            out.printf(Locale.ROOT, "%d documents with expected reports in %s%n", scored.size(), dir);
            for (Evaluation.Scored s : scored) {
                out.printf(Locale.ROOT, "  %-48s field F1 %.4f  measures F1 %.4f%s%n", dir.relativize(s.document()),
                        s.score().fields().total().f1(), s.score().measures().f1(),
                        s.failure().map(f -> "  FAILED " + TerminalText.clean(f)).orElse(""));
            }
            out.println();
            out.print(table.toText());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
