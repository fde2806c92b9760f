package org.itaminer.cli;

import picocli.CommandLine;

/** Entry point of the itaminer jar. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(ItaminerCommand.commandLine().execute(args));
    }
}
