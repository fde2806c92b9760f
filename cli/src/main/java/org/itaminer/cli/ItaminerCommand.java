package org.itaminer.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command: lists the subcommands. */
@Command(name = "itaminer", mixinStandardHelpOptions = true, versionProvider = ItaminerCommand.Version.class,
        description = "Turns Thai ITA integrity-and-transparency documents into a searchable, comparable dataset.",
        subcommands = {RunCommand.class, CrawlCommand.class, RegistryCommand.class, SearchCommand.class, CompareCommand.class, SimilarCommand.class, ReconcileCommand.class, HistoryCommand.class, EvalCommand.class,
            ReindexCommand.class, ExportCommand.class, ShowCommand.class, ErrorsCommand.class, ServeCommand.class, TextCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "Examples:", "  itaminer run                       # the bundled samples/ into ./itaminer-data",
            "  itaminer run docs/ --workdir W", "  itaminer search \"No Gift Policy\" --workdir W",
            "  itaminer compare --workdir W --province นครนายก --year 2568",
            "  itaminer similar 3f9a0c12be47#2 --workdir W",
            "  itaminer export --workdir W --format xlsx --out W/reports.xlsx",
            "", "Environment (the ./itaminer launcher):",
            "  ITAMINER_JAVA_OPTS  options for the JVM, replacing the default -Xmx2g",
            "                      (e.g. ITAMINER_JAVA_OPTS=-Xmx8g ./itaminer run big-folder/)",
            "  JAVA_TOOL_OPTIONS   read by every JVM; a -Xmx there is kept too (no default -Xmx2g then)",
            ExitCodes.HELP})
public final class ItaminerCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A command line with UTF-8 output whatever the platform default. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new ItaminerCommand());
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler(ItaminerCommand::unexpected);
        return cl;
    }

    /** A failure no command handled: one line, the trace only in the log at debug level ({@code -v}). */
    private static int unexpected(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        org.slf4j.LoggerFactory.getLogger(ItaminerCommand.class).debug("unexpected failure", e);
        cl.getErr().println("itaminer " + cl.getCommandName() + " failed: " + e
                + " (run with -v for the trace, where the command has it)");
        cl.getErr().flush();
        return ExitCodes.FAILURE;
    }

    /** The version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = ItaminerCommand.class.getPackage().getImplementationVersion();
            return new String[] {"itaminer " + (v == null ? "(development build)" : v)};
        }
    }
}
