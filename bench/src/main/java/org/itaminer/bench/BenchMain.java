package org.itaminer.bench;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.itaminer.cli.ExitCodes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The benchmarks' own command line, kept out of the product jar: {@code itaminer bench ...} and
 * {@code itaminer bench-index ...} reach it through the launcher.
 */
@Command(name = "itaminer", mixinStandardHelpOptions = true,
        description = "itaminer's benchmarks: each prints its rate next to a baseline measured in the same run.",
        subcommands = {BenchCommand.class, BenchIndexCommand.class, BenchSearchCommand.class, BenchRunCommand.class, BenchOcrDigitsCommand.class, BenchOcrCommand.class, BenchOcrTranscriptsCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "Examples:", "  itaminer bench samples --documents 2000",
            "  itaminer bench --pdf DIR --rounds 5", "  itaminer bench-index --measures 1000000", "  itaminer bench-search --measures 1000000", "  itaminer bench-run --small 200 --large 2000", ExitCodes.HELP})
public final class BenchMain implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A command line with UTF-8 output whatever the platform default. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new BenchMain());
        cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
