package org.itaminer.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.itaminer.acquire.registry.FetchLogFormat;
import org.itaminer.acquire.registry.LoggedFetch;
import org.itaminer.acquire.registry.Registry;
import org.itaminer.acquire.registry.RegistrySummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code itaminer registry}: what the crawls asked for and got, from {@code W/acquire.db}. */
@Command(name = "registry", mixinStandardHelpOptions = true,
        description = "Show the acquisition registry (<workdir>/acquire.db): sources by state, fetch attempts by HTTP "
                + "status, kind (robots, sitemap, page, document) and host, and the failed attempts with their error. "
                + "With --format, write every fetch attempt instead (URL, final URL, status, bytes, SHA-256, time, "
                + "error, the page the link was found on and its anchor text).",
        footer = {"", "Examples:", "  itaminer registry -w W", "  itaminer registry -w W --format csv --out fetches.csv",
            "  itaminer registry -w W --format jsonl", ExitCodes.HELP})
public final class RegistryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkdirOptions workdirOptions;

    @Option(names = "--format", paramLabel = "csv|jsonl", description = "Write the fetch attempts in this format.")
    Optional<String> format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of the terminal.")
    Optional<Path> outFile;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Path db = workdirOptions.workdir().resolve(Registry.FILE);
        if (!Files.isRegularFile(db)) {
            err.println("no acquisition registry at " + db + "; run `itaminer crawl` first");
            return ExitCodes.USAGE;
        }
        Optional<FetchLogFormat> as;
        try {
            as = format.map(FetchLogFormat::of);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return ExitCodes.USAGE;
        }
        try (Registry registry = Registry.open(workdirOptions.workdir())) {
            if (outFile.isPresent()) {
                try (Writer w = Files.newBufferedWriter(outFile.get(), StandardCharsets.UTF_8)) {
                    write(registry, as, new PrintWriter(w));
                }
                err.println("wrote " + outFile.get());
            } else {
                write(registry, as, spec.commandLine().getOut());
            }
        }
        return ExitCodes.OK;
    }

    private static void write(Registry registry, Optional<FetchLogFormat> as, PrintWriter out) throws Exception {
        if (as.isPresent()) {
            as.get().write(registry.fetchLog(), out);
        } else {
            print(registry.summary(), out);
        }
        out.flush();
    }

    private static void print(RegistrySummary s, PrintWriter out) {
        counts("sources by state", s.sourcesByState(), out);
        out.printf(Locale.ROOT, "fetch attempts: %d%n", s.fetches());
        counts("by status", s.fetchesByStatus(), out);
        counts("by kind", s.fetchesByKind(), out);
        counts("by host", s.fetchesByHost(), out);
        out.printf(Locale.ROOT, "failed attempts: %d%n", s.failed().size());
        for (LoggedFetch f : s.failed()) {
            out.printf(Locale.ROOT, "  %s %-8s %s %s: %s%n", f.started(), f.kind().value(),
                    f.status() == 0 ? "---" : Integer.toString(f.status()), f.url(),
                    f.error().map(e -> e + (f.message().isEmpty() ? "" : " " + f.message()))
                            .orElse(f.message().isEmpty() ? "HTTP " + f.status() : f.message()));
        }
    }

    private static void counts(String title, Map<?, Integer> counts, PrintWriter out) {
        out.println(title + ":");
        new java.util.TreeMap<>(counts.entrySet().stream().collect(java.util.stream.Collectors.toMap(
                e -> e.getKey() instanceof org.itaminer.acquire.registry.SourceKind k ? k.value()
                        : e.getKey().toString(), Map.Entry::getValue)))
                .forEach((k, v) -> out.printf(Locale.ROOT, "  %-24s %d%n", k, v));
    }
}
