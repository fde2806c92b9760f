package org.itaminer.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The shared {@code --workdir} option. */
public final class WorkdirOptions {

    @Option(names = {"-w", "--workdir"}, paramLabel = "DIR", defaultValue = "itaminer-data",
            description = "Working directory for originals, stage outputs and the index (default: ${DEFAULT-VALUE}).")
    Path workdir;

    public Path workdir() {
        return workdir;
    }
}
