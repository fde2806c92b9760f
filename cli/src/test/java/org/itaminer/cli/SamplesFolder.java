package org.itaminer.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The repository's {@code samples/}: documents written for this project, each beside its expected report. */
final class SamplesFolder {

    private SamplesFolder() {
    }

    /**
     * Found by walking up from the working directory (Maven runs a module's tests in the module's folder, an IDE
     * may run them at the root).
     *
     * @throws IllegalStateException when no folder on the way up holds {@code samples/}
     */
    static Path find() {
        Path start = Path.of("").toAbsolutePath();
        for (Path p = start; p != null; p = p.getParent()) {
            Path candidate = p.resolve("samples");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no samples/ folder in " + start + " or any folder above it; the tests "
                + "run the repository's samples/*.txt, so run them inside a clone of the repository");
    }

    /** The sample documents (every file but the {@code *.expected.json}), by name. */
    static List<Path> documents() {
        try (Stream<Path> files = Files.list(find())) {
            return files.filter(p -> !p.getFileName().toString().endsWith(".expected.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
