package org.itaminer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.itaminer.ingest.Ingest;
import org.itaminer.ingest.IngestException;
import org.itaminer.model.layout.LayoutDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code itaminer text FILE}: what the reader (text layer or OCR) made of one file, without a workdir. */
@Command(name = "text", mixinStandardHelpOptions = true,
        description = "Print what itaminer reads from one file, page by page: paragraphs as lines and tables as "
                + "TAB-separated rows. Scanned pages and images are read by OCR. Nothing is stored.",
        footer = {"", "Examples:", "  itaminer text scan.pdf --pages 2-3", "  itaminer text memo.png --json > layout.json",
            ExitCodes.HELP})
public final class TextCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A document: text, PDF, office file, web page or image.")
    Path file;

    @Option(names = "--pages", paramLabel = "N-M", converter = PageRange.Converter.class,
            description = "Only these pages (N, N-M or N-; 1-based). Default: all.")
    PageRange pages = PageRange.ALL;

    @Option(names = "--json", description = "Print the layout model as JSON, with OCR confidences.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println(file + ": no such file");
            return ExitCodes.NOT_FOUND;
        }
        LayoutDocument layout;
        try {
            layout = Ingest.standard().read(file);
        } catch (IngestException e) {
            err.println(file + ": " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        LayoutDocument wanted = new LayoutDocument(layout.mediaType(), layout.textSource(),
                layout.pages().stream().filter(p -> pages.contains(p.number())).toList(),
                layout.warnings().stream().filter(w -> w.page().isEmpty() || pages.contains(w.page().getAsInt()))
                        .toList());
        if (wanted.pages().isEmpty() && !layout.pages().isEmpty()) {
            err.println(file + ": has " + layout.pages().size() + " pages, none in " + pages);
            return ExitCodes.USAGE;
        }
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(wanted));
        } else {
            LayoutText.print(out, wanted);
            wanted.warnings().forEach(w -> err.println("warning: " + w.text()));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
