package org.itaminer.index.query;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The id a user copies from search output to name one measure: the first {@value #SHORT} hex digits of its
 * report's id (the SHA-256 of the source file), {@code #}, and the measure's position in the report
 * ({@code 3f9a0c12be47#4}). Any prefix of at least {@value #MIN_PREFIX} digits, or the whole digest, is accepted
 * when it names one report.
 *
 * @param reportPrefix lower-case hex, {@value #MIN_PREFIX}–64 digits
 * @param seq the measure's 1-based position in its report
 */
public record MeasureId(String reportPrefix, int seq) {

    /** Hex digits printed: 48 bits, enough to tell apart the reports of any realistic collection. */
    public static final int SHORT = 12;
    public static final int MIN_PREFIX = 6;
    private static final Pattern FORMAT = Pattern.compile("([0-9a-fA-F]{" + MIN_PREFIX + ",64})#([0-9]{1,9})");

    public MeasureId {
        Objects.requireNonNull(reportPrefix, "reportPrefix");
        reportPrefix = reportPrefix.toLowerCase(Locale.ROOT);
        if (!FORMAT.matcher(reportPrefix + "#" + seq).matches() || seq < 1) {
            throw new IllegalArgumentException("not a measure id: '" + reportPrefix + "#" + seq + "'");
        }
    }

    /** The printed id of measure {@code seq} of the report with id {@code reportId}. */
    public static MeasureId of(String reportId, int seq) {
        Objects.requireNonNull(reportId, "reportId");
        return new MeasureId(reportId.substring(0, Math.min(SHORT, reportId.length())), seq);
    }

    /**
     * Reads an id as printed.
     *
     * @throws IllegalArgumentException naming the text when it is not {@code HEX#N}
     */
    public static MeasureId parse(String text) {
        Objects.requireNonNull(text, "text");
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a measure id: '" + text + "' (expected the id search prints, "
                    + "like 3f9a0c12be47#4)");
        }
        return new MeasureId(m.group(1), Integer.parseInt(m.group(2)));
    }

    @Override
    public String toString() {
        return reportPrefix + "#" + seq;
    }
}
