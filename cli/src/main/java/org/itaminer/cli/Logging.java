package org.itaminer.cli;

/**
 * Diagnostics go through SLF4J (slf4j-simple, to standard error; defaults in {@code simplelogger.properties}). Its
 * level comes from {@code -v} and {@code --quiet}, set as system properties, which slf4j-simple reads when it makes
 * its first logger: so this runs before any class with a logger is touched.
 */
final class Logging {

    private static final String PREFIX = "org.slf4j.simpleLogger.";

    private Logging() {
    }

    static void configure(boolean verbose, boolean quiet) {
        if (quiet) {
            System.setProperty(PREFIX + "defaultLogLevel", "error");
        } else if (verbose) {
            System.setProperty(PREFIX + "defaultLogLevel", "info");
            System.setProperty(PREFIX + "log.org.itaminer", "debug");
        }
    }
}
