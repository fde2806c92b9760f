package org.itaminer.cli;

import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/**
 * Document text as a terminal may show it. A document is not to be trusted: a title holding {@code ESC [2J} clears
 * the screen, {@code ESC ]0;…} retitles the window, {@code ESC ]8;;URL} turns words into a hidden link, and a carriage
 * return lets text overwrite the line before it. Every command that prints document text (search, similar, compare)
 * sends what goes to standard output through {@link #forStdout}, which, when standard output is a terminal, removes
 * escape sequences (CSI, OSC, DCS, SOS, PM, APC, in their 7-bit and 8-bit forms, with what they carry) and every other
 * C0 and C1 control but tab and line feed. Thai, Latin, digits and punctuation are untouched. Written to a pipe or a
 * file the text stays as it is (JSON escapes controls anyway).
 */
final class TerminalText {

    /** Ends a string-carrying sequence: BEL, ESC \ or the 8-bit ST; an unterminated one runs to the end. */
    private static final String STRING_END = "(?:\u0007|\u001B\\\\|\u009C|$)";
    private static final Pattern CONTROLS = Pattern.compile(
            "\u001B\\[[0-?]*[ -/]*[@-~]"                          // CSI: ESC [2J, ESC [31m, ESC [H
            + "|\u009B[0-?]*[ -/]*[@-~]"                          // CSI, 8-bit
            + "|\u001B[\\]PX^_][\\s\\S]*?" + STRING_END           // OSC (ESC ]0; title, ESC ]8; link), DCS, SOS, PM, APC
            + "|[\u009D\u0090\u0098\u009E\u009F][\\s\\S]*?" + STRING_END // the same, 8-bit
            + "|\u001B[ -/]*[0-~]"                                // any other escape: ESC c (reset), ESC ( 0, ESC 7
            + "|[\u0000-\u0008\u000B-\u001F\u007F-\u009F]");       // other C0 and C1 controls, DEL; not tab, line feed

    /**
     * Whether standard output is a terminal: {@code System.console() != null}, which on Java 17 means standard input
     * and output both are. Tests set their own.
     */
    static volatile BooleanSupplier stdoutIsTerminal = () -> System.console() != null;

    private TerminalText() {
    }

    static boolean stdoutIsTerminal() {
        return stdoutIsTerminal.getAsBoolean();
    }

    /** The text without terminal control sequences and control characters (tab and line feed kept). */
    static String clean(String text) {
        return text == null ? null : CONTROLS.matcher(text).replaceAll("");
    }

    /** The text as it may be printed to standard output: {@linkplain #clean cleaned} when that is a terminal. */
    static String forStdout(String text) {
        return stdoutIsTerminal() ? clean(text) : text;
    }
}
