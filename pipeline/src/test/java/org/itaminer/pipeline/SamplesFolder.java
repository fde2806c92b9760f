package org.itaminer.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.itaminer.index.SampleReports;
import java.util.List;
import java.util.stream.Stream;

/** The repository's {@code samples/}: documents written for this project, each beside its expected report. */
public final class SamplesFolder {

    private SamplesFolder() {
    }

    /**
     * Found by walking up from the working directory (Maven runs a module's tests in the module's folder, an IDE
     * may run them at the root).
     *
     * @throws IllegalStateException when no folder on the way up holds {@code samples/}
     */
    public static Path find() {
        return SampleReports.folder();
    }

    /** The sample documents (every file but the {@code *.expected.json}), by name. */
    public static List<Path> documents() {
        try (Stream<Path> files = Files.list(find())) {
            return files.filter(p -> !p.getFileName().toString().endsWith(".expected.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
