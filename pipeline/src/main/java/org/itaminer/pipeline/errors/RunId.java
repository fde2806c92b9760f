package org.itaminer.pipeline.errors;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The id of one run: its UTC start time and four random hex digits, {@code 20261204T010203Z-abcd}. Ids sort as their
 * runs started (two runs in the same second are told apart, in no particular order), so "the latest run" is the
 * largest id.
 *
 * @param value the id as printed
 */
public record RunId(String value) implements Comparable<RunId> {

    private static final Pattern FORMAT = Pattern.compile("\\d{8}T\\d{6}Z-[0-9a-f]{4}");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    public RunId {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a run id: '" + value + "' (expected like 20261204T010203Z-abcd)");
        }
    }

    /** A new id for a run starting now. */
    public static RunId next(Clock clock) {
        byte[] random = new byte[2];
        RANDOM.nextBytes(random);
        return new RunId(STAMP.format(clock.instant()) + "-" + HexFormat.of().formatHex(random));
    }

    public static RunId next() {
        return next(Clock.systemUTC());
    }

    @Override
    public int compareTo(RunId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
