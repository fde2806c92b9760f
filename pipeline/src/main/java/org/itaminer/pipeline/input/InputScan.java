package org.itaminer.pipeline.input;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a walk of the inputs found: the files to read, in order, and everything it passed over with the reason.
 *
 * @param files the documents to read: files given by name as given, then each folder's files sorted
 * @param skipped what was not read, and why
 */
public record InputScan(List<Path> files, List<Skipped> skipped) {

    public InputScan {
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
    }

    /**
     * One thing passed over.
     *
     * @param path the file or folder
     * @param reason why
     * @param detail the cause in words: the pattern that excluded it, where a link leads, the read error
     */
    public record Skipped(Path path, SkipReason reason, String detail) {

        public Skipped {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** How many were skipped for each reason, in the enum's order; reasons with none left out. */
    public Map<SkipReason, Long> counts() {
        return skipped.stream().collect(Collectors.groupingBy(Skipped::reason, () -> new EnumMap<>(SkipReason.class),
                Collectors.counting()));
    }

    /** {@code "7 skipped: hidden 3, excluded 2, links 1, unreadable 1"}; empty when nothing was skipped. */
    public String summary() {
        if (skipped.isEmpty()) {
            return "";
        }
        return skipped.size() + " skipped: " + counts().entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %d", e.getKey().word(), e.getValue()))
                .collect(Collectors.joining(", "));
    }

    /** The folders and files that could not be read: failures a person must look at, not choices. */
    public List<Skipped> unreadable() {
        return skipped.stream().filter(s -> s.reason() == SkipReason.UNREADABLE).toList();
    }
}
