package org.itaminer.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.lucene.index.IndexNotFoundException;
import org.itaminer.index.write.OutdatedIndexException;
import org.itaminer.web.ServeOptions;
import org.itaminer.web.WorkspaceExtensions;
import org.itaminer.web.WorkspaceServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code itaminer serve}: the analysts' workspace in a browser, over the workdir's index. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Open the workspace in a browser: search with facets, a measure beside the page it came from, "
                + "the agencies × themes matrix, export of what is on screen, plan ↔ report reconciliation (/reconcile) and "
                + "an agency year over year (/history). Read-only. Listens on 127.0.0.1 unless "
                + "--bind says otherwise, and any other address needs an access token (--token or --token-file); "
                + "open the address it prints."},
        footer = {"", "Examples:", "  itaminer serve                        # http://127.0.0.1:7070",
            "  itaminer serve -w W --port 8080",
            "  itaminer serve -w W --bind 0.0.0.0 --token-file ~/.itaminer-token", ExitCodes.HELP})
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkdirOptions workdirOptions;

    @Option(names = "--port", paramLabel = "N", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = ServeOptions.LOOPBACK,
            description = "Address to listen on (default: ${DEFAULT-VALUE}); any other needs a token.")
    String bind;

    @Option(names = "--token", paramLabel = "T", description = "Access token (at least 16 characters).")
    String token;

    @Option(names = "--token-file", paramLabel = "FILE", description = "A file whose first line is the access token.")
    Path tokenFile;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!workdirOptions.existsOrSay(err)) {
            return ExitCodes.USAGE;
        }
        Optional<String> secret = Optional.ofNullable(token);
        if (tokenFile != null) {
            if (!Files.isRegularFile(tokenFile)) {
                err.println("no token file at " + tokenFile);
                return ExitCodes.USAGE;
            }
            secret = Files.readAllLines(tokenFile, StandardCharsets.UTF_8).stream().findFirst();
        }
        ServeOptions options;
        try {
            options = new ServeOptions(workdirOptions.workdir(), bind, port, secret);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return ExitCodes.USAGE;
        }
        WorkspaceServer server;
        try {
            server = WorkspaceServer.start(options, WorkspaceExtensions.standard());
        } catch (IndexNotFoundException e) {
            err.println("no index in " + workdirOptions.workdir().resolve("index")
                    + "; run `itaminer reindex` (or `itaminer run`) first");
            return ExitCodes.USAGE;
        } catch (OutdatedIndexException e) {
            err.println(e.getMessage());
            return ExitCodes.USAGE;
        }
        String host = bind.contains(":") ? "[" + bind + "]" : bind;
        out.printf("itaminer workspace on http://%s:%d/%s  (Ctrl-C stops it)%n", host, server.port(),
                options.token().isPresent() ? "?token=…(yours)" : "");
        out.flush();
        server.awaitShutdown();
        return ExitCodes.OK;
    }
}
