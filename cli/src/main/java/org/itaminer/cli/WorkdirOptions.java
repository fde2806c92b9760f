package org.itaminer.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.itaminer.pipeline.WorkdirLock;
import picocli.CommandLine.Option;

/** The shared {@code --workdir} option. */
public final class WorkdirOptions {

    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    @Option(names = {"-w", "--workdir"}, paramLabel = "DIR", defaultValue = "itaminer-data",
            description = "Working directory for originals, stage outputs and the index (default: ${DEFAULT-VALUE}).")
    Path workdir;

    public Path workdir() {
        return workdir;
    }

    /**
     * True when the workdir exists; otherwise says so on {@code err} (for the commands that read what {@code run}
     * made).
     */
    boolean existsOrSay(java.io.PrintWriter err) {
        if (java.nio.file.Files.isDirectory(workdir)) {
            return true;
        }
        err.println("no workdir at " + workdir + "; run `itaminer run` first");
        return false;
    }

    /** The one line that says why the workdir cannot be taken for writing. */
    static String whyNot(Path workdir, IOException e) {
        if (e instanceof WorkdirLock.BusyException busy) {
            WorkdirLock.Holder h = busy.holder();
            String who = h.pid().isPresent() ? "pid " + h.pid().getAsLong() : "pid unknown";
            String since = h.since().map(t -> ", since " + SINCE.format(t)).orElse("");
            return "another itaminer run (" + who + since + ") is using " + workdir
                    + "; wait for it or use another --workdir";
        }
        String cause = e instanceof FileSystemException fs
                ? (fs.getReason() != null ? fs.getReason() : e.getClass().getSimpleName().replace("Exception", ""))
                        + (fs.getFile() != null && !Path.of(fs.getFile()).equals(workdir) ? " (" + fs.getFile() + ")"
                        : "")
                : e.toString();
        return "cannot write to the workdir " + workdir + ": " + cause;
    }

    /** The exit code for {@link #whyNot}. */
    static int exitCode(IOException e) {
        return e instanceof WorkdirLock.BusyException ? ExitCodes.BUSY : ExitCodes.FAILURE;
    }
}
