package org.itaminer.cli;

/** The process exit codes, listed in every command's help. */
public final class ExitCodes {

    public static final int OK = 0;
    /** Something went wrong: a workdir that cannot be written, an unexpected error. */
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    /** The command finished, but some input documents failed. */
    public static final int SOME_FAILED = 3;
    /** What the command was asked about (a measure id) is not in the index. */
    public static final int NOT_FOUND = 4;
    /** Another itaminer run or reindex is writing to the workdir. */
    public static final int BUSY = 5;

    public static final String HELP = "%nExit codes:%n  0  all done%n"
            + "  1  failure (a workdir that cannot be written, an unexpected error)%n  2  bad usage%n"
            + "  3  finished, but some documents failed (see the summary and errors.jsonl)%n"
            + "  4  not found (similar: no measure has that id)%n"
            + "  5  the workdir is busy: another run or reindex is writing to it%n";

    private ExitCodes() {
    }
}
