package org.itaminer.pipeline.errors;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What {@code errors.jsonl} holds.
 *
 * @param failures the lines that parse, in file order
 * @param brokenLines the 1-based numbers of the lines that do not (a crash mid-write before lines were written whole,
 *     a hand edit): passed over, and said so
 */
public record ErrorLines(List<LoggedFailure> failures, List<Integer> brokenLines) {

    public ErrorLines {
        failures = List.copyOf(failures);
        brokenLines = List.copyOf(brokenLines);
    }

    /** The failures of one run. */
    public List<LoggedFailure> ofRun(RunId run) {
        return failures.stream().filter(f -> f.run().equals(Optional.of(run))).toList();
    }

    /** The latest run with a failure in the log. */
    public Optional<RunId> latestRun() {
        return failures.stream().flatMap(f -> f.run().stream()).max(Comparator.naturalOrder());
    }

    /** The failures of the document with these bytes, or given under this name, oldest first. */
    public List<LoggedFailure> about(Optional<String> sha256, List<String> inputs) {
        return failures.stream().filter(f -> (sha256.isPresent() && f.failure().sha256().equals(sha256))
                || inputs.stream().anyMatch(i -> sameInput(i, f.failure().input()))).toList();
    }

    private static boolean sameInput(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        try {
            return Path.of(a).toAbsolutePath().normalize().equals(Path.of(b).toAbsolutePath().normalize());
        } catch (RuntimeException e) {
            return false;
        }
    }
}
